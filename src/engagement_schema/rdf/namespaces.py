"""Prefixes, our own namespaces, and how ids and concepts become IRIs.

schema.org is bound as `http://schema.org/`, the form of its official JSON-LD context
and of Popolo, consistently everywhere (rdflib's `SDO` uses https; we never mix them).
Terms of our own live under `es:` only where no established vocabulary has one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from engagement_schema import vocabularies
from engagement_schema.vocabularies.concepts import Scheme

__all__ = ["DEFAULT_BASE", "ES", "PREFIXES", "SCHEMES", "VOCAB", "concept_iri", "expand", "scheme_iri"]

ES = "https://w3id.org/engagement-schema/ns#"
VOCAB = "https://w3id.org/engagement-schema/vocab/"
DEFAULT_BASE = "https://w3id.org/engagement-schema/id/"

PREFIXES: dict[str, str] = {
    "dcterms": "http://purl.org/dc/terms/",
    "es": ES,
    "foaf": "http://xmlns.com/foaf/0.1/",
    "oa": "http://www.w3.org/ns/oa#",
    "org": "http://www.w3.org/ns/org#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "prov": "http://www.w3.org/ns/prov#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "schema": "http://schema.org/",
    "sh": "http://www.w3.org/ns/shacl#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "topic": f"{VOCAB}topics/",
    "eventkind": f"{VOCAB}event-kinds/",
    "speechact": f"{VOCAB}speech-acts/",
    "rank": f"{VOCAB}ranks/",
    "dac": f"{VOCAB}dac-sectors/",
}

#: The shipped concept schemes, by the path segment of their IRIs.
SCHEMES: dict[str, Callable[[], Scheme[Any]]] = {
    "topics": vocabularies.topics,
    "event-kinds": vocabularies.event_kinds,
    "speech-acts": vocabularies.speech_acts,
    "ranks": vocabularies.ranks,
    "dac-sectors": vocabularies.sectors,
}


def expand(curie: str) -> str:
    """The full IRI of a CURIE such as `schema:name`."""
    prefix, _, local = curie.partition(":")
    return PREFIXES[prefix] + local


def scheme_iri(scheme: str) -> str:
    """The IRI of a concept scheme, e.g. `…/vocab/topics`."""
    return f"{VOCAB}{scheme}"


def concept_iri(scheme: str, concept_id: str) -> str:
    """The IRI of a concept, e.g. `…/vocab/topics/border-security`."""
    return f"{VOCAB}{scheme}/{concept_id}"
