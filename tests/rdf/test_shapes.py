"""SHACL shapes (rdf/shapes.py, rdf/shacl.py): the seed conforms, broken graphs do not.

The committed `schemas/shapes.ttl` is checked with pySHACL directly, as a user of another
language would; graphs broken on purpose fail with a report that names the node, the
property and what is wrong; and `engagement-schema validate` prints those problems.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pyshacl
import pytest
import rdflib
from hypothesis import given, settings

from engagement_schema import Dataset
from engagement_schema.cli import main
from engagement_schema.formats.turtle import Compactor, document
from engagement_schema.rdf.graphs import to_graph
from engagement_schema.rdf.mapping import dataset_triples
from engagement_schema.rdf.namespaces import DEFAULT_BASE, ES, PREFIXES, VOCAB
from engagement_schema.rdf.shacl import shacl_problems
from engagement_schema.rdf.shapes import SHAPES
from engagement_schema.rdf.terms import RDF_TYPE, Literal, Triple
from tests.strategies import datasets

SCHEMA = PREFIXES["schema"]
ORG = PREFIXES["org"]

Breakage = Callable[[list[Triple]], list[Triple]]


@pytest.fixture(scope="module")
def committed_shapes(repo_root: Path) -> rdflib.Graph:
    """`schemas/shapes.ttl`, as published."""
    return rdflib.Graph().parse(repo_root / "schemas" / "shapes.ttl", format="turtle")


@pytest.fixture(scope="module")
def seed_triples(seed: Dataset) -> list[Triple]:
    """The seed's triples, as every writer writes them."""
    return list(dataset_triples(seed))


def first_subject(triples: list[Triple], rdf_class: str) -> str:
    return next(s for s, p, o in triples if p == RDF_TYPE and o == rdf_class)


def without_name_of_a_person(triples: list[Triple]) -> list[Triple]:
    person = first_subject(triples, SCHEMA + "Person")
    return [t for t in triples if not (t[0] == person and t[1] == SCHEMA + "name")]


def amount_as_a_string(triples: list[Triple]) -> list[Triple]:
    return [(s, p, Literal(o.lexical) if p == SCHEMA + "value" else o) for s, p, o in triples]  # type: ignore[union-attr]


def post_without_organization(triples: list[Triple]) -> list[Triple]:
    post = first_subject(triples, ORG + "Post")
    return [t for t in triples if not (t[0] == post and t[1] == ORG + "postIn")]


def unknown_speech_act(triples: list[Triple]) -> list[Triple]:
    statement = first_subject(triples, SCHEMA + "Action")
    shouted = f"{VOCAB}speech-acts/shouted"
    return [(s, p, shouted if (s, p) == (statement, ES + "speechAct") else o) for s, p, o in triples]


#: Each breakage, with what the report must say: the property's prefixed name and the gist.
BREAKAGES: dict[str, tuple[Breakage, str, str]] = {
    "person-without-name": (without_name_of_a_person, "schema:name", "Less than 1 values"),
    "amount-as-string": (amount_as_a_string, "schema:value", "datatype xsd:decimal"),
    "post-without-organization": (post_without_organization, "org:postIn", "Less than 1 values"),
    "unknown-speech-act": (unknown_speech_act, "es:speechAct", "speech-acts/shouted> not in list"),
}


def test_the_committed_shapes_parse_and_give_every_model_a_shape(committed_shapes: rdflib.Graph) -> None:
    node_shapes = set(committed_shapes.subjects(rdflib.RDF.type, rdflib.SH.NodeShape))
    names = {str(shape).removeprefix(SHAPES) for shape in node_shapes}
    assert {"Person", "Post", "Engagement", "Statement", "AidProgram", "MonetaryAmount", "Evidence"} <= names


def test_the_seed_conforms_to_the_committed_shapes_under_pyshacl(
    committed_shapes: rdflib.Graph, seed_triples: list[Triple]
) -> None:
    conforms, _, text = pyshacl.validate(to_graph(seed_triples), shacl_graph=committed_shapes)
    assert conforms, text


def test_the_seed_has_no_shacl_problems(seed_triples: list[Triple]) -> None:
    assert shacl_problems(seed_triples) == []


@pytest.mark.parametrize("name", BREAKAGES)
def test_a_graph_broken_on_purpose_fails_the_committed_shapes(
    name: str, committed_shapes: rdflib.Graph, seed_triples: list[Triple]
) -> None:
    breakage, _, _ = BREAKAGES[name]
    conforms, _, _ = pyshacl.validate(to_graph(breakage(seed_triples)), shacl_graph=committed_shapes)
    assert not conforms


@pytest.mark.parametrize("name", BREAKAGES)
def test_a_broken_graph_gets_a_readable_report(name: str, seed_triples: list[Triple]) -> None:
    breakage, prop, gist = BREAKAGES[name]
    messages = [p.message for p in shacl_problems(breakage(seed_triples))]
    assert messages
    assert any(m.startswith("SHACL: ") and f" {prop}: " in m and gist in m for m in messages), messages


def test_validate_on_a_broken_turtle_file_exits_1_and_prints_the_shacl_problems(
    tmp_path: Path, seed_triples: list[Triple], capsys: pytest.CaptureFixture[str]
) -> None:
    broken = post_without_organization(without_name_of_a_person(seed_triples))
    path = tmp_path / "broken.ttl"
    path.write_text(document(broken, Compactor(DEFAULT_BASE)), encoding="utf-8")
    assert main(["validate", str(path)]) == 1
    err = capsys.readouterr().err
    assert f"{path}: (document): SHACL: id:emomali-rahmon schema:name: Less than 1 values" in err
    assert "org:postIn: Less than 1 values" in err
    assert "Traceback" not in err


@settings(max_examples=10)
@given(dataset=datasets())
def test_every_valid_dataset_conforms_to_the_shapes(dataset: Dataset) -> None:
    # The shapes must not be stricter than the models: what the models accept, SHACL accepts.
    assert shacl_problems(dataset_triples(dataset)) == []
