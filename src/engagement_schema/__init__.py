"""engagement-schema: typed, validated records of diplomatic and military engagements.

>>> from engagement_schema import seed_dataset, dumps
>>> dataset = seed_dataset()
>>> text = dumps(dataset, "json")
"""

from engagement_schema.errors import EngagementSchemaError, InvalidRecord, Problem
from engagement_schema.io import dump, dumps, load, loads
from engagement_schema.models import (
    SCHEMA_VERSION,
    AidProgram,
    Attribution,
    Dataset,
    Derivation,
    Engagement,
    Evidence,
    MonetaryAmount,
    Occupancy,
    Organization,
    Participation,
    Person,
    Place,
    Post,
    SourceDocument,
    Statement,
)
from engagement_schema.seed import attach_texts, seed_dataset, seed_text
from engagement_schema.validation import to_data, validate_data

__all__ = [
    "SCHEMA_VERSION",
    "AidProgram",
    "Attribution",
    "Dataset",
    "Derivation",
    "Engagement",
    "EngagementSchemaError",
    "Evidence",
    "InvalidRecord",
    "MonetaryAmount",
    "Occupancy",
    "Organization",
    "Participation",
    "Person",
    "Place",
    "Post",
    "Problem",
    "SourceDocument",
    "Statement",
    "attach_texts",
    "dump",
    "dumps",
    "load",
    "loads",
    "seed_dataset",
    "seed_text",
    "to_data",
    "validate_data",
]
