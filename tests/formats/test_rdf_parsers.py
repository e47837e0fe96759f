"""Our Turtle, N-Triples and JSON-LD are read the same by two independent parsers.

rdflib (Python) and Oxigraph (Rust, via pyoxigraph) must both accept `seed --to X` and the
committed RDF files, find the same number of triples, and agree on every one; the data
uses the datatypes the issue promises (xsd:decimal amounts, xsd:date/gYear dates), no
blank nodes, and schema.org in its one `http://schema.org/` form.
"""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from hypothesis import given, settings
from pydantic import ValidationError
from rdflib.compare import isomorphic

from engagement_schema import Dataset, Person, dumps
from engagement_schema.cli import main
from engagement_schema.rdf.terms import XSD
from tests.strategies import datasets

#: rdflib's own JSON-LD parser uses a class it deprecates; not ours to fix.
pytestmark = pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")

RDF_FORMATS = ("turtle", "ntriples", "jsonld")
_RDFLIB = {"turtle": "turtle", "ntriples": "nt", "jsonld": "json-ld"}
_OXIGRAPH = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD}
_XSD = rdflib.Namespace(XSD)  # not rdflib.XSD, whose attribute look-ups warn under pytest
SCHEMA = rdflib.Namespace("http://schema.org/")


def rdflib_graph(text: str, format: str) -> rdflib.Graph:
    """`text` parsed by rdflib."""
    return rdflib.Graph().parse(data=text, format=_RDFLIB[format])


def oxigraph_graph(text: str, format: str) -> rdflib.Graph:
    """`text` parsed by Oxigraph (strict: it rejects invalid IRIs), as an rdflib graph to compare."""
    graph = rdflib.Graph()
    for quad in ox.parse(text.encode("utf-8"), _OXIGRAPH[format]):
        assert isinstance(quad.graph_name, ox.DefaultGraph)
        graph.add((_term(quad.subject), _term(quad.predicate), _term(quad.object)))
    return graph


def _term(term: object) -> rdflib.term.Identifier:
    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return rdflib.BNode(term.value)
    assert isinstance(term, ox.Literal)
    if term.language:
        return rdflib.Literal(term.value, lang=term.language)
    datatype = None if term.datatype.value == XSD + "string" else rdflib.URIRef(term.datatype.value)
    return rdflib.Literal(term.value, datatype=datatype)


@pytest.fixture(scope="module", params=RDF_FORMATS)
def exported(request: pytest.FixtureRequest) -> tuple[str, str]:
    """(format, text) of `engagement-schema seed --to FORMAT`."""
    out = io.StringIO()  # capsys is function-scoped; the export is shared by the module
    with contextlib.redirect_stdout(out):
        assert main(["seed", "--to", request.param]) == 0
    return request.param, out.getvalue()


def test_seed_export_is_read_alike_by_rdflib_and_oxigraph(exported: tuple[str, str]) -> None:
    format, text = exported
    ours, theirs = rdflib_graph(text, format), oxigraph_graph(text, format)
    assert len(ours) == len(theirs) > 1000
    assert isomorphic(ours, theirs)


def test_every_format_exports_the_same_graph(seed: Dataset) -> None:
    graphs = [rdflib_graph(dumps(seed, format), format) for format in RDF_FORMATS]
    assert all(isomorphic(graphs[0], other) for other in graphs[1:])


def test_amounts_are_decimals_and_dates_are_xsd_dates_or_years(exported: tuple[str, str]) -> None:
    format, text = exported
    graph = oxigraph_graph(text, format)
    values = list(graph.objects(predicate=SCHEMA.value))
    assert values == [rdflib.Literal("1800000000", datatype=_XSD.decimal)]
    dates = {o.datatype for p in (SCHEMA.startDate, rdflib.DCTERMS.issued) for o in graph.objects(predicate=p)}
    assert dates == {_XSD.date, _XSD.gYear}
    assert not any(isinstance(o, rdflib.Literal) and o.datatype in (_XSD.double, _XSD.float) for o in graph.objects())


def test_data_has_no_blank_nodes(exported: tuple[str, str]) -> None:
    format, text = exported
    graph = oxigraph_graph(text, format)
    assert not [t for triple in graph for t in triple if isinstance(t, rdflib.BNode)]


def test_schema_org_is_always_http(exported: tuple[str, str]) -> None:
    format, text = exported
    assert "https://schema.org" not in text
    terms = {str(t) for triple in rdflib_graph(text, format) for t in triple}
    assert any(t.startswith("http://schema.org/") for t in terms)
    assert not any(t.startswith("https://schema.org") for t in terms)


@pytest.mark.parametrize(
    "path",
    [
        "schemas/shapes.ttl",
        "schemas/ontology.ttl",
        "schemas/vocabularies.ttl",
        "examples/votel-tajikistan-2018.ttl",
    ],
)
def test_committed_turtle_is_read_alike_by_both_parsers(repo_root: Path, path: str) -> None:
    text = (repo_root / path).read_text(encoding="utf-8")
    ours, theirs = rdflib_graph(text, "turtle"), oxigraph_graph(text, "turtle")
    assert len(ours) == len(theirs) > 0
    # The shapes' RDF lists are blank nodes, which make a full isomorphism check slow;
    # the triples without them must agree exactly, and there are as many with them.
    assert _ground(ours) == _ground(theirs)
    assert "https://schema.org" not in text


def _ground(graph: rdflib.Graph) -> set[tuple[rdflib.term.Node, ...]]:
    return {triple for triple in graph if not any(isinstance(t, rdflib.BNode) for t in triple)}


def test_committed_context_has_only_prefixes_and_schema_org_over_http(repo_root: Path) -> None:
    context = json.loads((repo_root / "schemas/context.jsonld").read_text(encoding="utf-8"))["@context"]
    assert context["schema"] == "http://schema.org/"
    assert all(isinstance(v, str) and v.endswith(("/", "#")) for v in context.values())


@pytest.mark.parametrize("format", RDF_FORMATS)
@settings(max_examples=20)
@given(dataset=datasets())
def test_oxigraph_accepts_every_generated_dataset(format: str, dataset: Dataset) -> None:
    text = dumps(dataset, format)
    ours, theirs = rdflib_graph(text, format), oxigraph_graph(text, format)
    assert len(ours) == len(theirs)
    assert isomorphic(ours, theirs)


@pytest.mark.parametrize("char", ["\x00", "\x01", "\x1f", "\x7f", "\x9f"])
def test_an_iri_with_a_control_character_is_refused_before_it_reaches_rdf(char: str) -> None:
    # N-Triples and Turtle forbid controls inside <...>; Oxigraph rejected our output.
    with pytest.raises(ValidationError, match="same_as"):
        Person(id="p", name="P", same_as=[f"https://example.org/a{char}b"])
