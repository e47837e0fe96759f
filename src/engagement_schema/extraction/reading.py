"""What the readers found in one report, gathered for the record builder."""

from __future__ import annotations

from dataclasses import dataclass

from engagement_schema.extraction.aid import AidMention
from engagement_schema.extraction.attributions import AttributionMention
from engagement_schema.extraction.dates import Reference
from engagement_schema.extraction.engagements import EngagementMention
from engagement_schema.extraction.organizations import Organizations
from engagement_schema.extraction.people import Person
from engagement_schema.extraction.places import PlaceMention
from engagement_schema.extraction.statements import StatementMention
from engagement_schema.extraction.text import Document
from engagement_schema.extraction.topics import TopicReader

__all__ = ["Reading"]


@dataclass
class Reading:
    """Everything read from one report, ready to become records."""

    doc: Document
    published: str | None
    url: str | None
    title: str | None
    places: list[PlaceMention]
    people: list[Person]
    organizations: Organizations
    publisher: str | None
    """The key of the organization given as the report's publisher, if one was."""
    engagements: list[EngagementMention]
    statements: list[StatementMention]
    aid: list[AidMention]
    attributions: list[AttributionMention]
    reference: Reference | None
    topics: TopicReader
    dateline: PlaceMention | None
