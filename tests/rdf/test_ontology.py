"""The ontology of our own terms (rdf/ontology.py, `schemas/ontology.ttl`).

Every `es:` term the mapping writes is published with a label, a comment, its domains and
its ranges; the file defines nothing the mapping does not use; every other term the data
uses comes from the established vocabularies the issue names.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import rdflib

from engagement_schema import Dataset
from engagement_schema.models.fields import field_specs
from engagement_schema.rdf.mapping import dataset_triples, mapped_models
from engagement_schema.rdf.namespaces import ES, PREFIXES, expand
from engagement_schema.rdf.ontology import ONTOLOGY
from engagement_schema.rdf.terms import RDF_TYPE, XSD

OWL = rdflib.OWL
RDFS = rdflib.RDFS
SCHEMA = rdflib.Namespace(PREFIXES["schema"])
#: Namespaces the data may use besides ours: the established vocabularies of the mapping.
ESTABLISHED = tuple(PREFIXES[p] for p in ("schema", "org", "foaf", "prov", "dcterms", "oa", "skos", "rdf"))


def _used_predicates() -> set[str]:
    used = set()
    for model in mapped_models():
        for spec in field_specs(model):
            if spec.predicate is not None:
                used.add(expand(spec.predicate))
            if spec.via is not None:
                used.add(expand(spec.via[0]))
    return used


def _used_classes() -> set[str]:
    return {expand(c) for model in mapped_models() for c in model.known_rdf_types()}


OUR_PREDICATES = sorted(p for p in _used_predicates() if p.startswith(ES))
OUR_CLASSES = sorted(c for c in _used_classes() if c.startswith(ES))


@pytest.fixture(scope="module")
def ontology(repo_root: Path) -> rdflib.Graph:
    """`schemas/ontology.ttl`, as published."""
    return rdflib.Graph().parse(repo_root / "schemas" / "ontology.ttl", format="turtle")


def test_the_ontology_has_a_header_with_a_version(ontology: rdflib.Graph) -> None:
    header = rdflib.URIRef(ONTOLOGY)
    assert (header, rdflib.RDF.type, OWL.Ontology) in ontology
    assert ontology.value(header, OWL.versionInfo) is not None


@pytest.mark.parametrize("term", OUR_PREDICATES, ids=lambda t: t.removeprefix(ES))
def test_every_property_we_mint_is_published_with_label_comment_domain_and_range(
    ontology: rdflib.Graph, term: str
) -> None:
    prop = rdflib.URIRef(term)
    kinds = set(ontology.objects(prop, rdflib.RDF.type))
    assert kinds in ({OWL.ObjectProperty}, {OWL.DatatypeProperty})
    for predicate in (RDFS.label, RDFS.comment):
        [value] = ontology.objects(prop, predicate)
        assert str(value).strip(), f"empty {predicate}"
    assert (prop, RDFS.isDefinedBy, rdflib.URIRef(ONTOLOGY)) in ontology
    assert list(ontology.objects(prop, SCHEMA.domainIncludes))
    ranges = {str(r) for r in ontology.objects(prop, SCHEMA.rangeIncludes)}
    assert ranges
    literal_ranges = {r for r in ranges if r.startswith(XSD)}
    # A datatype property ranges over xsd types only; an object property over none.
    assert literal_ranges == (ranges if kinds == {OWL.DatatypeProperty} else set())


@pytest.mark.parametrize("term", OUR_CLASSES, ids=lambda t: t.removeprefix(ES))
def test_every_class_we_mint_is_published_with_label_and_comment(ontology: rdflib.Graph, term: str) -> None:
    cls = rdflib.URIRef(term)
    assert (cls, rdflib.RDF.type, OWL.Class) in ontology
    assert str(ontology.value(cls, RDFS.label) or "").strip()
    assert str(ontology.value(cls, RDFS.comment) or "").strip()


def test_the_ontology_defines_only_terms_the_mapping_uses(ontology: rdflib.Graph) -> None:
    defined = {str(s) for s in ontology.subjects(rdflib.RDF.type, None) if str(s).startswith(ES)}
    assert defined == set(OUR_PREDICATES) | set(OUR_CLASSES)


def test_every_term_the_seed_uses_is_ours_and_published_or_established(seed: Dataset, ontology: rdflib.Graph) -> None:
    published = {str(s) for s in ontology.subjects()}
    terms = set()
    for _, predicate, obj in dataset_triples(seed):
        terms.add(predicate)
        if predicate == RDF_TYPE:
            terms.add(str(obj))
    ours = {t for t in terms if t.startswith(ES)}
    assert ours <= published
    assert all(t.startswith(ESTABLISHED) for t in terms - ours), sorted(terms - ours)
