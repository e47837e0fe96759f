"""The RDF round trip (io with formats/turtle, ntriples, jsonld and rdf/reading), for every format.

model → RDF → model is the identity; RDF → model → RDF gives the same graph and the same
bytes; output is deterministic; a non-default base round-trips; RDF written by another
writer (rdflib's serialisers, triples in any order) reads back to the same model; and no
string, however hostile, leaves its literal: the parsed graph holds exactly the triples
the mapping meant.
"""

from __future__ import annotations

import random

import pytest
import rdflib
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib.compare import isomorphic

from engagement_schema import Dataset, dumps, loads
from engagement_schema.models import Evidence, Organization, Person, SourceDocument, Statement
from engagement_schema.rdf.graphs import to_graph
from engagement_schema.rdf.mapping import dataset_triples
from engagement_schema.rdf.namespaces import DEFAULT_BASE
from tests.formats.test_rdf_parsers import RDF_FORMATS, oxigraph_graph, rdflib_graph
from tests.strategies import datasets

#: rdflib's own JSON-LD parser uses a class it deprecates; not ours to fix.
pytestmark = pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")

#: Examples per format for each property; the round trip costs ~30 ms an example.
EXAMPLES = 60

BASES = st.sampled_from(
    [
        "http://example.org/",
        "https://example.org/data/engagements/",
        "https://example.org/data#",
        "https://例え.jp/записи/",
    ]
)

#: Pieces that break naive serialisers: delimiters, escapes, controls, bidi marks, astral
#: characters, and text that looks like syntax of one of the three formats.
HOSTILE = (
    '"',
    '"""',
    "'''",
    "\\",
    "\\u0000",
    "\\U0001F600",
    "\\n",
    "\n",
    "\r\n",
    "\r",
    "\t",
    "\x00",
    "\x07",
    "\x1b[31m",
    "\x7f",
    "\x85",
    "\u2028",
    "\u200f",
    "\u202e",
    "\ufeff",
    "😀",
    "🇹🇯",
    "\U0010fffd",
    ">",
    "<",
    "^^",
    "@en",
    " .",
    " ;",
    "#",
    "_:b0",
    '"@id": "x"',
    "{}",
    "} ] )",
)
hostile_texts = st.lists(st.one_of(st.sampled_from(HOSTILE), st.text(max_size=3)), min_size=1, max_size=6).map(
    lambda parts: "x" + "".join(parts)  # a visible first character keeps the Text type happy
)
#: IRIs the IRI type accepts, some whose scheme is also a prefix of ours (schema:, id:, es:).
hostile_iris = st.sampled_from(
    [
        "https://example.org/a?b=c&d=e#frag",
        "https://例え.jp/душанбе",
        "urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66",
        "schema:Person",
        "id:not-a-record",
        "es:term",
        "topic:border-security",
        "http://schema.org/Person",
        "https://w3id.org/engagement-schema/id/p",
    ]
)


@st.composite
def hostile_datasets(draw: st.DrawFn) -> Dataset:
    """A small dataset whose every free text and IRI is hostile to serialisers."""
    text = draw(hostile_texts)
    start = draw(st.integers(0, len(text) - 1))
    end = draw(st.integers(start + 1, len(text)))
    quote = draw(hostile_texts)
    evidence = [
        Evidence(source="s", start=start, end=end, quote=text[start:end]),
        Evidence(source="t", start=7, end=7 + len(quote), quote=quote),
    ]
    return Dataset(
        sources=[
            SourceDocument(id="s", title=draw(hostile_texts), text=text, url=draw(hostile_iris)),
            SourceDocument(id="t", title=draw(hostile_texts)),
        ],
        organizations=[Organization(id="o", name=draw(hostile_texts), kind="ministry")],
        people=[
            Person(
                id="p",
                name=draw(hostile_texts),
                given_name=draw(hostile_texts),
                same_as=draw(st.lists(hostile_iris, max_size=3, unique=True)),
                evidence=evidence,
            )
        ],
        statements=[Statement(id="st", act="discussed", actors=["p", "o"], content=draw(hostile_texts))],
    )


@pytest.mark.parametrize("format", RDF_FORMATS)
@settings(max_examples=EXAMPLES)
@given(dataset=datasets())
def test_model_to_rdf_to_model_is_the_identity_and_the_bytes_are_stable(format: str, dataset: Dataset) -> None:
    text = dumps(dataset, format)
    assert dumps(dataset, format) == text, "dumping twice gave different bytes"
    again = loads(text, format)
    assert again == dataset
    assert dumps(again, format) == text
    assert isomorphic(rdflib_graph(text, format), rdflib_graph(dumps(again, format), format))


@pytest.mark.parametrize("format", RDF_FORMATS)
@settings(max_examples=EXAMPLES // 2)
@given(dataset=datasets(), base=BASES)
def test_a_non_default_base_round_trips(format: str, dataset: Dataset, base: str) -> None:
    text = dumps(dataset, format, base=base)
    assert loads(text, format, base=base) == dataset
    subjects = {str(s) for s in rdflib_graph(text, format).subjects()}
    assert all(s.startswith(base) for s in subjects)
    assert not any(s.startswith(DEFAULT_BASE) for s in subjects)


@pytest.mark.parametrize("format", RDF_FORMATS)
@settings(max_examples=EXAMPLES)
@given(dataset=hostile_datasets())
def test_no_value_escapes_its_literal(format: str, dataset: Dataset) -> None:
    text = dumps(dataset, format)
    meant = to_graph(dataset_triples(dataset))
    for parsed in (rdflib_graph(text, format), oxigraph_graph(text, format)):
        assert len(parsed) == len(meant)
        assert set(parsed) == set(meant)
    assert loads(text, format) == dataset


@settings(max_examples=EXAMPLES // 2)
@given(dataset=datasets(), seed=st.integers(0, 2**32 - 1))
def test_triples_in_any_order_read_back_to_the_same_dataset(dataset: Dataset, seed: int) -> None:
    lines = dumps(dataset, "ntriples").splitlines(keepends=True)
    random.Random(seed).shuffle(lines)
    assert loads("".join(lines), "ntriples") == dataset


@pytest.mark.parametrize(("format", "rdflib_format"), [("turtle", "turtle"), ("jsonld", "json-ld")])
@settings(max_examples=EXAMPLES // 2)
@given(dataset=datasets())
def test_rdf_from_another_writer_reads_back_to_the_same_dataset(
    format: str, rdflib_format: str, dataset: Dataset
) -> None:
    # rdflib writes long strings, numeric shorthands, nested blocks and expanded JSON-LD
    # its own way; the reader must only care about the triples.
    graph = rdflib_graph(dumps(dataset, "ntriples"), "ntriples")
    text = graph.serialize(format=rdflib_format)
    again = loads(text, format)
    assert again == dataset
    assert isomorphic(rdflib_graph(dumps(again, format), format), graph)


def test_the_seed_round_trips_through_every_format(seed: Dataset) -> None:
    for format in RDF_FORMATS:
        assert loads(dumps(seed, format), format) == seed


def test_jsonld_keeps_an_iri_whose_scheme_is_one_of_our_prefixes() -> None:
    dataset = Dataset(people=[Person(id="p", name="P", same_as=["schema:Person", "id:q", "es:x"])])
    text = dumps(dataset, "jsonld")
    objects = {
        str(o) for o in rdflib_graph(text, "jsonld").objects(predicate=rdflib.URIRef("http://schema.org/sameAs"))
    }
    assert objects == {"schema:Person", "id:q", "es:x"}
    assert loads(text, "jsonld") == dataset
