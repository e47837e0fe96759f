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
from collections.abc import Callable, Iterator
from dataclasses import dataclass
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
        yield subject, RDF_TYPE, _expanded(rdf_class)
    linked: set[str] = set()
    for slot in _plan(type(node)):
        value = getattr(node, slot.name)
        values = value if slot.many else () if value is None else (value,)
        if not values:
            continue
        if slot.node:
            for item in values:
                child = nested_iri(subject, slot.name, item)
                yield subject, slot.predicate, child
                yield from _node_triples(item, child, base)
            continue
        holder = subject
        if slot.via is not None:
            holder = via_iri(subject, slot.via[1])
            if holder not in linked:
                linked.add(holder)
                yield subject, expand(slot.via[0]), holder
                yield holder, RDF_TYPE, expand(slot.via[1])
        convert = slot.convert
        for item in values:
            yield holder, slot.predicate, convert(item, base)


@dataclass(frozen=True)
class _Slot:
    """A mapped field, compiled once: its expanded predicate and how to make its objects."""

    name: str
    predicate: str
    many: bool
    node: bool
    via: tuple[str, str] | None
    convert: Callable[[Any, str], Term]


@cache
def _plan(model: type[Node]) -> tuple[_Slot, ...]:
    return tuple(
        _Slot(spec.name, expand(spec.predicate), spec.many, spec.node is not None, spec.via, _converter(spec))
        for spec in field_specs(model)
        if spec.predicate is not None
    )


def _converter(spec: FieldSpec) -> Callable[[Any, str], Term]:
    """The function from a field's value (and the id base) to its RDF object."""
    if spec.refs:
        return lambda value, base: base + value
    if spec.scheme is not None:
        namespace = concept_iri(spec.scheme.scheme().scheme, "")
        return lambda value, _: namespace + value
    if spec.iri:
        return lambda value, _: value
    if spec.date:
        return lambda value, _: Literal(value, _DATE_TYPES[len(value)])
    datatype = scalar_datatype(spec)
    if spec.scalar is bool:
        return lambda value, _: Literal("true" if value else "false", datatype)
    if spec.scalar is Decimal:
        return lambda value, _: Literal(format(value, "f"), datatype)
    if spec.scalar is int:
        return lambda value, _: Literal(str(value), datatype)
    return lambda value, _: Literal(value, datatype)


@cache
def _expanded(curie: str) -> str:
    return expand(curie)
