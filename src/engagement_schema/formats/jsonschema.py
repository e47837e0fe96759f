"""JSON Schema (Draft 2020-12) generated from the models, for validation in any language.

The models are the single source of truth; this module only frames Pydantic's output
with `$schema`, `$id` and the rules a JSON Schema cannot state (listed in the dataset
schema's description, from the `Dataset` docstring).
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel
from pydantic.json_schema import GenerateJsonSchema, JsonSchemaValue
from pydantic_core import core_schema

from engagement_schema.models import COLLECTIONS, SCHEMA_VERSION, Dataset

__all__ = ["DIALECT", "SCHEMA_BASE", "dataset_schema", "entity_names", "entity_schema"]

DIALECT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_BASE = f"https://w3id.org/engagement-schema/schemas/{SCHEMA_VERSION}/"


def dataset_schema() -> dict[str, Any]:
    """The schema of a whole dataset document; every entity is in its `$defs`."""
    return _framed(Dataset, "dataset")


def entity_names() -> list[str]:
    """Names accepted by `entity_schema`: `dataset` and each record class."""
    return ["dataset", *(model.__name__ for model in COLLECTIONS.values())]


def entity_schema(name: str) -> dict[str, Any]:
    """The schema of one entity by class name (case-insensitive), e.g. `Person`."""
    lookup = {model.__name__.lower(): model for model in COLLECTIONS.values()}
    if name.lower() == "dataset":
        return dataset_schema()
    if name.lower() not in lookup:
        raise KeyError(f"no entity named {name!r}; expected one of {', '.join(entity_names())}")
    model = lookup[name.lower()]
    return _framed(model, model.__name__.lower())


class _SetsAsUniqueArrays(GenerateJsonSchema):
    """Every list in the models is a set (`Node` rejects an item listed twice): say so."""

    def tuple_schema(self, schema: core_schema.TupleSchema) -> JsonSchemaValue:
        return {**super().tuple_schema(schema), "uniqueItems": True}


def _framed(model: type[BaseModel], name: str) -> dict[str, Any]:
    schema = model.model_json_schema(mode="validation", schema_generator=_SetsAsUniqueArrays)
    return {"$schema": DIALECT, "$id": f"{SCHEMA_BASE}{name}.schema.json", **schema}
