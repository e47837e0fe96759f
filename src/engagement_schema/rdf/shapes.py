"""SHACL shapes generated from the models, so any SHACL engine can check our graphs.

One node shape per model, one property shape per mapped field, derived from the same
field specs the mapping uses: cardinality from required/list, datatypes from the value
types, `sh:in` from enumerations and vocabularies, `sh:class` for references. Every
shape has an IRI under `SHAPES`; the cells of RDF lists (paths, `sh:in`, `sh:or`) are
blank nodes, as SHACL engines expect, with labels named after their shape, so the file
is byte-for-byte stable.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from decimal import Decimal

from engagement_schema.models import COLLECTIONS
from engagement_schema.models.base import Node
from engagement_schema.models.fields import FieldSpec, field_specs
from engagement_schema.rdf.mapping import mapped_models, scalar_datatype
from engagement_schema.rdf.namespaces import concept_iri, expand
from engagement_schema.rdf.terms import RDF_TYPE, XSD, Literal, Term, Triple

__all__ = ["SHAPES", "shape_triples"]

SHAPES = "https://w3id.org/engagement-schema/shapes#"
_SH = "http://www.w3.org/ns/shacl#"
_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_DATES = (XSD + "gYear", XSD + "gYearMonth", XSD + "date")


def shape_triples() -> Iterator[Triple]:
    """The triples of every node shape and its property shapes."""
    for model in mapped_models():
        yield from _node_shape(model)


def _node_shape(model: type[Node]) -> Iterator[Triple]:
    shape = SHAPES + model.__name__
    yield shape, RDF_TYPE, _SH + "NodeShape"
    if model in COLLECTIONS.values():
        yield shape, _SH + "targetClass", expand(model.rdf_type[0])
    yield shape, _SH + "class", expand(model.rdf_type[0])
    if model.__doc__:
        yield shape, _SH + "description", Literal(" ".join(model.__doc__.split()))
    for spec in field_specs(model):
        if spec.predicate is not None:
            prop = f"{shape}-{spec.name}"
            yield shape, _SH + "property", prop
            yield from _property_shape(prop, spec)


def _property_shape(prop: str, spec: FieldSpec) -> Iterator[Triple]:
    yield prop, RDF_TYPE, _SH + "PropertyShape"
    yield prop, _SH + "name", Literal(spec.name)
    if spec.description:
        yield prop, _SH + "description", Literal(" ".join(spec.description.split()))
    if spec.via is None:
        yield prop, _SH + "path", expand(spec.predicate)  # type: ignore[arg-type]
    else:
        yield prop, _SH + "path", _cell(prop, "path")
        yield from _list(_cell(prop, "path"), [expand(spec.via[0]), expand(spec.predicate)])  # type: ignore[arg-type]
    if spec.required or (spec.min_length and spec.many):
        yield prop, _SH + "minCount", Literal("1", XSD + "integer")
    if not spec.many:
        yield prop, _SH + "maxCount", Literal("1", XSD + "integer")
    yield from _value_constraints(prop, spec)


def _value_constraints(prop: str, spec: FieldSpec) -> Iterator[Triple]:
    if spec.node is not None:
        yield prop, _SH + "node", SHAPES + spec.node.__name__
    elif spec.refs:
        yield prop, _SH + "nodeKind", _SH + "IRI"
        classes = [expand(COLLECTIONS[c].rdf_type[0]) for c in spec.refs]
        yield from _alternatives(prop, "class", classes)
    elif spec.scheme is not None:
        scheme = spec.scheme.scheme()
        yield prop, _SH + "in", _cell(prop, "in")
        yield from _list(_cell(prop, "in"), [concept_iri(scheme.scheme, i) for i in scheme.ids])
    elif spec.iri:
        yield prop, _SH + "nodeKind", _SH + "IRI"
    elif spec.choices:
        yield prop, _SH + "in", _cell(prop, "in")
        yield from _list(_cell(prop, "in"), [Literal(c) for c in spec.choices])
    elif spec.date:
        yield from _alternatives(prop, "datatype", list(_DATES))
    else:
        yield prop, _SH + "datatype", scalar_datatype(spec)
        if spec.pattern:
            yield prop, _SH + "pattern", Literal(spec.pattern)
        if spec.min_length and not spec.many:
            yield prop, _SH + "minLength", Literal(str(spec.min_length), XSD + "integer")
        if spec.scalar is Decimal:
            yield prop, _SH + "minInclusive", Literal("0", XSD + "decimal")


def _alternatives(prop: str, constraint: str, values: Sequence[str]) -> Iterator[Triple]:
    """`sh:<constraint>` for one value, else `sh:or` over one small shape per value."""
    if len(values) == 1:
        yield prop, _SH + constraint, values[0]
        return
    options = [f"{prop}-or-{i}" for i in range(len(values))]
    yield prop, _SH + "or", _cell(prop, "or")
    yield from _list(_cell(prop, "or"), options)
    for option, value in zip(options, values, strict=True):
        yield option, _SH + constraint, value


def _cell(prop: str, role: str) -> str:
    """A blank node label for the head of `prop`'s list in `role`, e.g. `_:Evidence-start-path`."""
    return f"_:{prop.removeprefix(SHAPES)}-{role}"


def _list(head: str, items: Sequence[Term]) -> Iterator[Triple]:
    """An RDF list whose cells are `head`, `head-1`, `head-2`, ..."""
    cells = [head] + [f"{head}-{i}" for i in range(1, len(items))]
    for i, (cell, item) in enumerate(zip(cells, items, strict=True)):
        yield cell, _RDF + "first", item
        yield cell, _RDF + "rest", cells[i + 1] if i + 1 < len(cells) else _RDF + "nil"
