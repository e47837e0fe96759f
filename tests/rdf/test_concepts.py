"""The shipped vocabularies as SKOS (rdf/concepts.py, `schemas/vocabularies.ttl`).

Every concept has a preferred label, a notation and its scheme; every scheme a title;
hierarchies stay within their scheme; and every concept IRI the data or the shapes use
resolves to a concept of the published file.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import rdflib

from engagement_schema import Dataset
from engagement_schema.rdf.mapping import dataset_triples
from engagement_schema.rdf.namespaces import SCHEMES, VOCAB, concept_iri
from engagement_schema.rdf.terms import Literal

SKOS = rdflib.SKOS
DCTERMS = rdflib.DCTERMS
RDF = rdflib.RDF


@pytest.fixture(scope="module")
def vocabularies(repo_root: Path) -> rdflib.Graph:
    """`schemas/vocabularies.ttl`, as published."""
    return rdflib.Graph().parse(repo_root / "schemas" / "vocabularies.ttl", format="turtle")


@pytest.fixture(scope="module")
def concepts(vocabularies: rdflib.Graph) -> set[rdflib.URIRef]:
    return {c for c in vocabularies.subjects(RDF.type, SKOS.Concept) if isinstance(c, rdflib.URIRef)}


def test_every_concept_has_one_preferred_label_a_notation_and_a_scheme(
    vocabularies: rdflib.Graph, concepts: set[rdflib.URIRef]
) -> None:
    assert len(concepts) > 100
    for concept in concepts:
        assert len(list(vocabularies.objects(concept, SKOS.prefLabel))) == 1, concept
        assert len(list(vocabularies.objects(concept, SKOS.notation))) == 1, concept
        [scheme] = vocabularies.objects(concept, SKOS.inScheme)
        assert (scheme, RDF.type, SKOS.ConceptScheme) in vocabularies, concept
        assert str(concept).startswith(f"{scheme}/")


def test_every_scheme_has_a_title(vocabularies: rdflib.Graph) -> None:
    schemes = set(vocabularies.subjects(RDF.type, SKOS.ConceptScheme))
    assert {rdflib.URIRef(f"{VOCAB}{name}") for name in SCHEMES} <= schemes
    for scheme in schemes:
        assert str(vocabularies.value(scheme, DCTERMS.title) or "").strip(), scheme


def test_hierarchies_stay_within_their_scheme_and_every_root_is_a_top_concept(
    vocabularies: rdflib.Graph, concepts: set[rdflib.URIRef]
) -> None:
    for concept in concepts:
        scheme = vocabularies.value(concept, SKOS.inScheme)
        broader = list(vocabularies.objects(concept, SKOS.broader))
        for parent in broader:
            assert vocabularies.value(parent, SKOS.inScheme) == scheme, (concept, parent)
        if not broader and str(scheme).removeprefix(VOCAB) in SCHEMES:
            assert (concept, SKOS.topConceptOf, scheme) in vocabularies, concept


def test_every_mapping_to_an_external_code_resolves(vocabularies: rdflib.Graph, concepts: set[rdflib.URIRef]) -> None:
    for predicate in (SKOS.closeMatch, SKOS.relatedMatch):
        for _, target in vocabularies.subject_objects(predicate):
            assert target in concepts, target


def test_every_concept_the_seed_uses_resolves_to_a_published_concept(
    seed: Dataset, concepts: set[rdflib.URIRef]
) -> None:
    used = {obj for _, _, obj in dataset_triples(seed) if not isinstance(obj, Literal) and obj.startswith(VOCAB)}
    assert len(used) > 10
    assert {rdflib.URIRef(iri) for iri in used} <= concepts


def test_every_concept_the_shapes_allow_is_published(repo_root: Path, concepts: set[rdflib.URIRef]) -> None:
    shapes = rdflib.Graph().parse(repo_root / "schemas" / "shapes.ttl", format="turtle")
    allowed = {o for o in shapes.objects(None, RDF.first) if str(o).startswith(VOCAB)}
    assert allowed
    assert allowed <= concepts


@pytest.mark.parametrize("name", SCHEMES)
def test_every_shipped_concept_is_published_under_its_scheme(
    name: str, vocabularies: rdflib.Graph, concepts: set[rdflib.URIRef]
) -> None:
    for concept_id in SCHEMES[name]().ids:
        iri = rdflib.URIRef(concept_iri(name, concept_id))
        assert iri in concepts
        assert str(vocabularies.value(iri, SKOS.notation)) == concept_id
