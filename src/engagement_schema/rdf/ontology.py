"""The terms we mint under `es:`, published as a small OWL ontology.

Only properties no established vocabulary offers live here (rank, speech act, event
kind, amount qualifier, evidence, ...). Their labels, comments, domains and ranges are
read off the fields that use them, with schema.org's `domainIncludes` /
`rangeIncludes` so a term shared by several classes claims no inference it cannot back.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from engagement_schema.models import COLLECTIONS, SCHEMA_VERSION
from engagement_schema.models.fields import FieldSpec, field_specs
from engagement_schema.rdf.mapping import mapped_models, scalar_datatype
from engagement_schema.rdf.namespaces import ES, PREFIXES, expand
from engagement_schema.rdf.terms import RDF_TYPE, Literal, Triple

__all__ = ["ONTOLOGY", "ontology_triples"]

ONTOLOGY = ES.rstrip("#")
_OWL = PREFIXES["owl"]
_RDFS = PREFIXES["rdfs"]
_SCHEMA = PREFIXES["schema"]


def ontology_triples() -> Iterator[Triple]:
    """The ontology header, our classes, and each of our properties."""
    yield ONTOLOGY, RDF_TYPE, _OWL + "Ontology"
    yield ONTOLOGY, PREFIXES["dcterms"] + "title", Literal("engagement-schema terms")
    yield ONTOLOGY, _OWL + "versionInfo", Literal(SCHEMA_VERSION)
    uses: dict[str, list[tuple[str, FieldSpec]]] = {}
    for model in mapped_models():
        for rdf_class in model.rdf_type:
            if expand(rdf_class).startswith(ES):
                yield from _class(expand(rdf_class), model.__doc__ or "")
        for spec in field_specs(model):
            if spec.predicate and expand(spec.predicate).startswith(ES):
                uses.setdefault(expand(spec.predicate), []).append((expand(model.rdf_type[0]), spec))
    for prop, specs in uses.items():
        yield from _property(prop, specs)


def _class(iri: str, doc: str) -> Iterator[Triple]:
    yield iri, RDF_TYPE, _OWL + "Class"
    yield iri, _RDFS + "label", Literal(_label(iri))
    yield iri, _RDFS + "comment", Literal(" ".join(doc.split()))


def _property(prop: str, uses: list[tuple[str, FieldSpec]]) -> Iterator[Triple]:
    first = uses[0][1]
    is_object = bool(first.refs or first.scheme or first.node or first.iri)
    yield prop, RDF_TYPE, _OWL + ("ObjectProperty" if is_object else "DatatypeProperty")
    yield prop, _RDFS + "label", Literal(_label(prop))
    comment = next((spec.description for _, spec in uses if spec.description), None)
    if comment:
        yield prop, _RDFS + "comment", Literal(" ".join(comment.split()))
    yield prop, _RDFS + "isDefinedBy", ONTOLOGY
    for domain in dict.fromkeys(domain for domain, _ in uses):
        yield prop, _SCHEMA + "domainIncludes", domain
    for target in dict.fromkeys(r for _, spec in uses for r in _ranges(spec)):
        yield prop, _SCHEMA + "rangeIncludes", target


def _ranges(spec: FieldSpec) -> list[str]:
    if spec.refs:
        return [expand(COLLECTIONS[c].rdf_type[0]) for c in spec.refs]
    if spec.scheme is not None:
        return [PREFIXES["skos"] + "Concept"]
    if spec.node is not None:
        return [expand(spec.node.rdf_type[0])]
    if spec.iri:
        return [_RDFS + "Resource"]
    return [scalar_datatype(spec)]


def _label(iri: str) -> str:
    local = iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
    return re.sub(r"(?<!^)(?=[A-Z])", " ", local).lower()
