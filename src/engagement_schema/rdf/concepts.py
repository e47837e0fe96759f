"""The shipped vocabularies as SKOS concept schemes, with their mappings to CAMEO,
PLOVER and OECD DAC, so a triple store can label and group what records point at.

CAMEO and PLOVER publish no IRIs, so their codes become concepts of schemes of ours
(`…/vocab/cameo/042`, notation "042") that our concepts `skos:closeMatch`.
"""

from __future__ import annotations

from collections.abc import Iterator

from engagement_schema.rdf.namespaces import PREFIXES, SCHEMES, concept_iri, scheme_iri
from engagement_schema.rdf.terms import RDF_TYPE, Literal, Triple
from engagement_schema.vocabularies.concepts import Concept, EventKind, SpeechAct, Topic

__all__ = ["concept_triples"]

_SKOS = PREFIXES["skos"]
_DCT = PREFIXES["dcterms"]
_EXTERNAL = {
    "cameo": "CAMEO event codes (as published with GDELT)",
    "plover-events": "PLOVER event types (Draft 2.0)",
    "plover-contexts": "PLOVER contexts (Draft 2.0)",
}


def concept_triples() -> Iterator[Triple]:
    """Every shipped scheme and concept, and the external code schemes they map to."""
    external: dict[tuple[str, str], str] = {}
    for name, load in SCHEMES.items():
        scheme = load()
        iri = scheme_iri(name)
        yield iri, RDF_TYPE, _SKOS + "ConceptScheme"
        yield iri, _DCT + "title", Literal(scheme.title)
        yield iri, _DCT + "description", Literal(" ".join(scheme.description.split()))
        for concept in scheme.concepts:
            yield from _concept(name, concept, external)
    for code_scheme in sorted({code_scheme for code_scheme, _ in external}):
        yield scheme_iri(code_scheme), RDF_TYPE, _SKOS + "ConceptScheme"
        yield scheme_iri(code_scheme), _DCT + "title", Literal(_EXTERNAL[code_scheme])
    for (code_scheme, code), label in sorted(external.items()):
        yield from _code(code_scheme, code, label)


def _concept(scheme: str, concept: Concept, external: dict[tuple[str, str], str]) -> Iterator[Triple]:
    iri = concept_iri(scheme, concept.id)
    yield iri, RDF_TYPE, _SKOS + "Concept"
    yield iri, _SKOS + "inScheme", scheme_iri(scheme)
    yield iri, _SKOS + "notation", Literal(concept.id)
    yield iri, _SKOS + "prefLabel", Literal(concept.label)
    for alt in concept.alt_labels:
        yield iri, _SKOS + "altLabel", Literal(alt)
    if concept.definition:
        yield iri, _SKOS + "definition", Literal(concept.definition)
    if concept.broader:
        yield iri, _SKOS + "broader", concept_iri(scheme, concept.broader)
    else:
        yield iri, _SKOS + "topConceptOf", scheme_iri(scheme)
    for code_scheme, code, label in _codes(concept):
        external.setdefault((code_scheme, code), label)
        yield iri, _SKOS + "closeMatch", concept_iri(code_scheme, code)
    if isinstance(concept, Topic):
        for code in concept.dac:
            yield iri, _SKOS + "relatedMatch", concept_iri("dac-sectors", code)


def _codes(concept: Concept) -> list[tuple[str, str, str]]:
    """(scheme, code, label) of each external code the concept maps to."""
    codes: list[tuple[str, str, str]] = []
    if isinstance(concept, EventKind | SpeechAct):
        codes.append(("cameo", concept.cameo, concept.cameo_label))
        if concept.plover:
            codes.append(("plover-events", concept.plover, concept.plover))
    if isinstance(concept, Topic):
        codes.extend(("plover-contexts", context, context) for context in concept.plover)
    return codes


def _code(scheme: str, code: str, label: str) -> Iterator[Triple]:
    iri = concept_iri(scheme, code)
    yield iri, RDF_TYPE, _SKOS + "Concept"
    yield iri, _SKOS + "inScheme", scheme_iri(scheme)
    yield iri, _SKOS + "notation", Literal(code)
    yield iri, _SKOS + "prefLabel", Literal(label)
