"""The typed engagement model."""

from engagement_schema.models.aid import AidProgram, MonetaryAmount
from engagement_schema.models.dataset import COLLECTIONS, SCHEMA_VERSION, Dataset
from engagement_schema.models.engagements import Engagement, Participation
from engagement_schema.models.evidence import Derivation, Evidence
from engagement_schema.models.organizations import Occupancy, Organization, Post
from engagement_schema.models.people import Person
from engagement_schema.models.places import Place
from engagement_schema.models.record import Record
from engagement_schema.models.sources import Attribution, SourceDocument
from engagement_schema.models.statements import Statement
from engagement_schema.vocabularies.concepts import EventKind, Rank, Scheme, Sector, SpeechAct, Topic

__all__ = [
    "COLLECTIONS",
    "SCHEMA_VERSION",
    "AidProgram",
    "Attribution",
    "Dataset",
    "Derivation",
    "Engagement",
    "EventKind",
    "Evidence",
    "MonetaryAmount",
    "Occupancy",
    "Organization",
    "Participation",
    "Person",
    "Place",
    "Post",
    "Rank",
    "Record",
    "Scheme",
    "Sector",
    "SourceDocument",
    "SpeechAct",
    "Statement",
    "Topic",
]
