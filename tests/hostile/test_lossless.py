"""The lossless promise: any string the models accept survives every format and back.

Each example is one dataset of `RECORDS` records that between them hold about 80
strings: drawn from the whole of Unicode (but the lone surrogates no UTF-8 document can
hold), from its controls, format characters and separators, and from pieces that look
like the syntax of one format or another; IRIs drawn from RFC 3987's grammar. Every
format writes the dataset and reads it back equal. Independent parsers read the same
text too: `json` and PyYAML's plain safe loader must find the same plain data, and
Oxigraph must find exactly the mapping's triples in the Turtle, N-Triples and JSON-LD,
so that no value has left its literal or its IRI. The test counts what it checked, and
the README's figures are these counts.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import TypeAdapter, ValidationError

from engagement_schema import Dataset, dumps, loads, to_data
from engagement_schema.models import (
    AidProgram,
    Derivation,
    Engagement,
    Evidence,
    Organization,
    Person,
    Post,
    SourceDocument,
    Statement,
)
from engagement_schema.models.iris import is_iri
from engagement_schema.models.types import IRI_PATTERN, Text
from engagement_schema.rdf.graphs import to_graph
from engagement_schema.rdf.mapping import dataset_triples
from tests.conftest import REPO_ROOT
from tests.formats.test_rdf_parsers import oxigraph_graph
from tests.formats.test_rdf_roundtrip import HOSTILE
from tests.strategies import identifiers

#: rdflib's own JSON-LD parser uses a class it deprecates; not ours to fix.
pytestmark = pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")

EXAMPLES = 100
PEOPLE, ORGANIZATIONS, ENGAGEMENTS = 8, 4, 3
#: Records in each example: 2 sources, the people, organizations, a post for each
#: organization, engagements, a statement for each engagement, and one aid program.
RECORDS = 2 + PEOPLE + 2 * ORGANIZATIONS + 2 * ENGAGEMENTS + 1
#: Strings in each example: 4 of the sources, 7 of each person, 1 of each organization,
#: post and statement, 2 of each engagement, 1 of the aid program.
STRINGS = 4 + 7 * PEOPLE + 2 * ORGANIZATIONS + 3 * ENGAGEMENTS + 1
FORMATS = ("json", "yaml", "turtle", "ntriples", "jsonld")

_TEXT = TypeAdapter(Text)
#: Pieces of YAML syntax, besides those that break RDF serialisers.
_SYNTAX = [*HOSTILE, "- ", ": ", "? ", "&a", "*a", "!!str", "#", "@context", "\\N", "\\x85"]
strings = st.one_of(
    st.text(max_size=16),
    st.text(st.characters(categories=["Cc", "Cf", "Zs", "Zl", "Zp", "Co", "Cn", "Mn"]), max_size=8),
    st.lists(st.sampled_from(_SYNTAX), max_size=5).map("".join),
)
iris = st.from_regex(IRI_PATTERN, fullmatch=True).filter(is_iri)


def text(value: str) -> str:
    """`value` as a valid Text: itself if it has a visible character, else with one put first."""
    try:
        return _TEXT.validate_python(value)
    except ValidationError:
        return "x" + value


@st.composite
def datasets(draw: st.DrawFn) -> tuple[Dataset, int]:
    """A dataset of `RECORDS` records full of adversarial strings, and how many it holds."""
    drawn: list[str] = []

    def s(*, visible: bool = True, empty: bool = False) -> str:
        value = draw(strings)
        value = text(value) if visible else (value or ("" if empty else "x"))
        drawn.append(value)
        return value

    def iri() -> str:
        value = draw(iris)
        drawn.append(value)
        return value

    ids = draw(st.lists(identifiers(), min_size=RECORDS, max_size=RECORDS, unique=True))
    sources = [
        SourceDocument(id=ids[0], title=s(), text=s(visible=False, empty=True), url=iri()),
        SourceDocument(id=ids[1], title=s()),
    ]
    people = []
    for i in range(PEOPLE):
        quote = s(visible=False)
        evidence = Evidence(source=ids[1], start=i, end=i + len(quote), quote=quote)
        people.append(
            Person(
                id=ids[2 + i],
                name=s(),
                given_name=s(),
                family_name=s(),
                honorific=s(),
                same_as=[iri()],
                evidence=[evidence],
                derivations=[Derivation(field="name", method=s())],
            )
        )
    at = 2 + PEOPLE
    organizations = [Organization(id=ids[at + i], name=s(), kind="ministry") for i in range(ORGANIZATIONS)]
    at += ORGANIZATIONS
    posts = [Post(id=ids[at + i], label=s(), organization=o.id) for i, o in enumerate(organizations)]
    at += ORGANIZATIONS
    engagements = [Engagement(id=ids[at + i], kind="meeting", name=s(), description=s()) for i in range(ENGAGEMENTS)]
    at += ENGAGEMENTS
    statements = [
        Statement(id=ids[at + i], act="discussed", actors=[people[i].id], engagement=e.id, content=s())
        for i, e in enumerate(engagements)
    ]
    at += ENGAGEMENTS
    aid = AidProgram(id=ids[at], donor=organizations[0].id, recipient=organizations[1].id, description=s())
    dataset = Dataset(
        sources=sources,
        people=people,
        organizations=organizations,
        posts=posts,
        engagements=engagements,
        statements=statements,
        aid_programs=[aid],
    )
    return dataset, len(drawn)


def plain(text: str, format: str) -> Any:
    """The plain data of a JSON or YAML text, read by a parser that is not ours."""
    return json.loads(text) if format == "json" else yaml.safe_load(text)


def test_every_string_the_models_accept_survives_every_format_unchanged() -> None:
    checked = {"records": 0, "strings": 0}

    @settings(max_examples=EXAMPLES)
    @given(drawn=datasets())
    def check(drawn: tuple[Dataset, int]) -> None:
        dataset, count = drawn
        meant = set(to_graph(dataset_triples(dataset)))
        for format in FORMATS:
            written = dumps(dataset, format)
            assert loads(written, format) == dataset, format
            if format in ("json", "yaml"):
                assert plain(written, format) == to_data(dataset), format
            else:
                assert set(oxigraph_graph(written, format)) == meant, format
        assert (sum(1 for _ in dataset.records()), count) == (RECORDS, STRINGS)
        checked["records"] += RECORDS
        checked["strings"] += STRINGS

    check()
    assert checked["records"] >= EXAMPLES * RECORDS  # the README's figures
    assert checked["strings"] >= EXAMPLES * STRINGS


def test_the_readme_states_the_figures_of_the_round_trip() -> None:
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    assert f"**Lossless, {EXAMPLES * RECORDS:,} records and {EXAMPLES * STRINGS:,} strings a run**" in readme
