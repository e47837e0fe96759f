"""What each model's fields are, read once from their annotations.

Integrity checks, RDF export and import, and SHACL generation all walk the models by
these specs, so the mapping is declared once (on the fields) and read in one place.
"""

from __future__ import annotations

import types
import typing
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from pydantic.fields import FieldInfo

from engagement_schema.models.base import Node
from engagement_schema.models.terms import InScheme
from engagement_schema.models.types import AsDate, AsIri, Rdf, Ref


@dataclass(frozen=True)
class FieldSpec:
    """One field of a model: its name, RDF predicate and the kind of value it holds."""

    name: str
    predicate: str | None
    via: tuple[str, str] | None
    datatype: str | None
    iri: bool
    date: bool
    many: bool
    required: bool
    refs: tuple[str, ...] = ()
    scheme: InScheme | None = None
    node: type[Node] | None = None
    choices: tuple[str, ...] = ()
    scalar: type | None = None
    description: str | None = None
    pattern: str | None = None
    min_length: int | None = None


#: Fields written last everywhere, so a record's facts read before their provenance.
TRAILING = ("evidence", "derivations")


@cache
def field_specs(model: type[Node]) -> tuple[FieldSpec, ...]:
    """The specs of `model`'s fields: declaration order, provenance fields last."""
    specs = [_spec(name, info) for name, info in model.model_fields.items()]
    return tuple(sorted(specs, key=lambda spec: spec.name in TRAILING))


def _spec(name: str, info: FieldInfo) -> FieldSpec:
    metadata = list(info.metadata)
    annotation = info.annotation
    many = False
    inner = _strip_optional(annotation)
    if typing.get_origin(inner) is tuple:
        many = True
        inner = typing.get_args(inner)[0]
    # Annotated metadata on the item type of a tuple (a term(...) inside tuple[...]).
    while typing.get_origin(inner) is typing.Annotated:
        inner, *extra = typing.get_args(inner)
        metadata.extend(extra)
    inner = _strip_optional(inner)
    rdf = next((m for m in metadata if isinstance(m, Rdf)), None)
    refs = next((m.collections for m in metadata if isinstance(m, Ref)), ())
    scheme = next((m for m in metadata if isinstance(m, InScheme)), None)
    node = inner if isinstance(inner, type) and issubclass(inner, Node) else None
    choices = typing.get_args(inner) if typing.get_origin(inner) is Literal else ()
    scalar = inner if isinstance(inner, type) and node is None else None
    return FieldSpec(
        name=name,
        predicate=rdf.predicate if rdf else None,
        via=rdf.via if rdf else None,
        datatype=rdf.datatype if rdf else None,
        iri=any(isinstance(m, AsIri) for m in metadata),
        date=any(isinstance(m, AsDate) for m in metadata),
        many=many,
        required=info.is_required(),
        refs=refs,
        scheme=scheme,
        node=node,
        choices=choices,
        scalar=scalar,
        description=info.description,
        pattern=next((m.pattern for m in metadata if isinstance(getattr(m, "pattern", None), str)), None),
        min_length=next((m.min_length for m in metadata if isinstance(getattr(m, "min_length", None), int)), None),
    )


def _strip_optional(annotation: Any) -> Any:
    origin = typing.get_origin(annotation)
    if origin is typing.Union or origin is types.UnionType:
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(args) == 1:
            return args[0]
    return annotation
