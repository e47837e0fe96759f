"""The one mapping from models to triples, read off the `Rdf` metadata on their fields.

Every RDF writer (N-Triples, Turtle, JSON-LD) formats the triples this module yields,
and the reader (`rdf.reading`) inverts the same field specs, so the formats cannot
drift apart (LinkML's users hit exactly that with two dumpers: linkml/linkml#805).

Subjects are IRIs: a record's is the base plus its id; a nested value (evidence,
participation, amount) gets its parent's IRI plus the field and a hash of its content,
so the same value always gets the same IRI and no blank node is needed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from decimal import Decimal
from functools import cache
from typing import Any

from engagement_schema.models import COLLECTIONS, Dataset, Record
from engagement_schema.models.base import Node
from engagement_schema.models.fields import FieldSpec, field_specs
from engagement_schema.rdf.namespaces import DEFAULT_BASE, concept_iri, expand
from engagement_schema.rdf.terms import RDF_TYPE, XSD, Literal, Term, Triple

__all__ = ["dataset_triples", "date_datatype", "nested_iri", "record_triples", "via_iri"]

_DATE_TYPES = {4: XSD + "gYear", 7: XSD + "gYearMonth", 10: XSD + "date"}
_SCALAR_TYPES = {bool: XSD + "boolean", int: XSD + "integer", Decimal: XSD + "decimal"}


def dataset_triples(dataset: Dataset, base: str = DEFAULT_BASE) -> Iterator[Triple]:
    """Every triple of the dataset, record by record in collection and id order."""
    for _, record in dataset.records():
        yield from record_triples(record, base)


def record_triples(record: Record, base: str = DEFAULT_BASE) -> Iterator[Triple]:
    """The triples of one record and of the values nested in it."""
    return _node_triples(record, base + record.id, base)


def nested_iri(parent: str, field: str, node: Node) -> str:
    """The IRI of a value nested in `parent`'s `field`, from a hash of its content."""
    digest = hashlib.sha1(repr(node.sort_key()).encode("utf-8")).hexdigest()[:12]
    return f"{parent}{'-' if '#' in parent else '#'}{field}-{digest}"


def via_iri(subject: str, node_class: str) -> str:
    """The IRI of the intermediate node of class `node_class` (a CURIE) under `subject`."""
    return f"{subject}{'-' if '#' in subject else '#'}{node_class.partition(':')[2].lower()}"


def date_datatype(value: str) -> str:
    """xsd:gYear, xsd:gYearMonth or xsd:date, by the precision of a W3CDTF date."""
    return _DATE_TYPES[len(value)]


def scalar_datatype(spec: FieldSpec) -> str:
    """The datatype IRI of a non-date literal field: its override, else by its Python type."""
    if spec.datatype is not None:
        return expand(spec.datatype)
    return _SCALAR_TYPES.get(spec.scalar, XSD + "string")  # type: ignore[arg-type]


def mapped_models() -> list[type[Node]]:
    """Record models, then the nested value models they use, each once."""
    seen: list[type[Node]] = []
    pending: list[type[Node]] = list(COLLECTIONS.values())
    while pending:
        model = pending.pop(0)
        if model not in seen:
            seen.append(model)
            pending.extend(spec.node for spec in field_specs(model) if spec.node is not None)
    return seen


def _node_triples(node: Node, subject: str, base: str) -> Iterator[Triple]:
    for rdf_class in node.rdf_types():
        yield subject, RDF_TYPE, expand(rdf_class)
    linked: set[str] = set()
    for spec in _mapped(type(node)):
        value = getattr(node, spec.name)
        values = value if spec.many else () if value is None else (value,)
        predicate = expand(spec.predicate)  # type: ignore[arg-type]  # _mapped keeps mapped fields
        if spec.node is not None:
            for item in values:
                child = nested_iri(subject, spec.name, item)
                yield subject, predicate, child
                yield from _node_triples(item, child, base)
            continue
        holder = subject
        if spec.via is not None and values:
            holder = via_iri(subject, spec.via[1])
            if holder not in linked:
                linked.add(holder)
                yield subject, expand(spec.via[0]), holder
                yield holder, RDF_TYPE, expand(spec.via[1])
        for item in values:
            yield holder, predicate, _object(spec, item, base)


def _object(spec: FieldSpec, value: Any, base: str) -> Term:
    if spec.refs:
        return base + value  # type: ignore[no-any-return]
    if spec.scheme is not None:
        return concept_iri(spec.scheme.scheme().scheme, value)
    if spec.iri:
        return value  # type: ignore[no-any-return]
    if isinstance(value, bool):
        return Literal("true" if value else "false", XSD + "boolean")
    if isinstance(value, int):
        return Literal(str(value), scalar_datatype(spec))
    if isinstance(value, Decimal):
        return Literal(format(value, "f"), XSD + "decimal")
    if spec.date:
        return Literal(value, date_datatype(value))
    return Literal(value)


@cache
def _mapped(model: type[Node]) -> tuple[FieldSpec, ...]:
    return tuple(spec for spec in field_specs(model) if spec.predicate is not None)
