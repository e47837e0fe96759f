"""Every loader fuzzed from raw bytes: random bytes, and valid documents mutated (bytes
flipped, cut, repeated, or spliced with tokens that mean something to some format).

Whatever comes in, a loader gives a valid `Dataset` (which then round-trips through its
own format) or raises `InvalidRecord`: never any other exception. The streams (JSON
Lines, YAML) give a report in which every record is written or rejected; extraction
gives a dataset or `ExtractionError`. No loader may open a connection.
"""

from __future__ import annotations

import io
import socket
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from engagement_schema import Dataset, InvalidRecord, dumps, loads
from engagement_schema.bulk import RecordJob, process
from engagement_schema.extraction import ExtractionError, extract
from engagement_schema.models import (
    AidProgram,
    Attribution,
    Engagement,
    Evidence,
    MonetaryAmount,
    Occupancy,
    Organization,
    Participation,
    Person,
    Place,
    Post,
    SourceDocument,
    Statement,
)
from engagement_schema.rdf.namespaces import DEFAULT_BASE
from tests.conftest import REPO_ROOT

#: rdflib's own JSON-LD parser uses a class it deprecates; not ours to fix.
pytestmark = pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")

#: Examples per loader: random bytes and mutated documents, half and half.
EXAMPLES = 300

TEXT = "General Joseph Votel visited Dushanbe on May 11, 2018, and met Sherali Mirzo."


def sample() -> Dataset:
    """A small dataset with a record of every kind, evidence on its text, and an amount."""
    votel = Evidence(source="report", start=8, end=20, quote="Joseph Votel")
    return Dataset(
        sources=[SourceDocument(id="report", text=TEXT, published="2018-05-14", url="https://example.org/r")],
        places=[
            Place(id="tj", name="Tajikistan", kind="country", country="TJ"),
            Place(id="dushanbe", name="Dushanbe", kind="city", country="TJ", contained_in="tj"),
        ],
        organizations=[Organization(id="centcom", name="U.S. Central Command", kind="military-command", country="US")],
        people=[
            Person(id="votel", name="Joseph Votel", rank="general", evidence=[votel]),
            Person(id="mirzo", name="Sherali Mirzo", same_as=["http://www.wikidata.org/entity/Q1"]),
        ],
        posts=[Post(id="commander", label="Commander", organization="centcom")],
        occupancies=[Occupancy(id="held", person="votel", post="commander", start="2016-03", end="2019-03")],
        engagements=[
            Engagement(
                id="visit",
                kind="visit",
                start="2018-05-11",
                place="dushanbe",
                participants=[Participation(agent="votel", role="visitor", posts=["commander"])],
                topics=["border-security"],
            )
        ],
        statements=[Statement(id="said", act="discussed", actors=["votel"], engagement="visit", content='"x"\n')],
        aid_programs=[
            AidProgram(id="aid", donor="centcom", recipient="tj", amount=MonetaryAmount(value="1.8", currency="USD"))
        ],
        attributions=[Attribution(id="credit", document="report", agent="centcom", claims=["visit"])],
    )


FORMATS = ("json", "yaml", "turtle", "ntriples", "jsonld")
DOCUMENTS = {format: dumps(sample(), format).encode("utf-8") for format in FORMATS}
DOCUMENTS["jsonl"] = b"".join(dumps(sample(), "json").replace("\n", " ").encode("utf-8") + b"\n" for _ in range(3))
DOCUMENTS["yaml-stream"] = b"".join(b"---\n" + DOCUMENTS["yaml"] for _ in range(3))

#: Tokens that mean something to one format or another, or to a careless reader.
TOKENS = [
    b'"', b"'", b"\\", b"{", b"}", b"[", b"]", b",", b":", b"\n", b"\r", b"\t", b"\x00", b"\xff", b"\xef\xbb\xbf",
    b"NaN", b"-Infinity", b"1e999", b"9" * 5000, b"true", b"null", b"~", b"&a ", b"*a", b"<<: ",
    b"!!python/object/apply:os.system ", b"!!binary ", b"--- ", b"...", b"%YAML 1.1\n", b"@prefix x: <y> .",
    b"^^", b"@en", b'"""', b"_:b", b"<", b">", b" a ", b";", b".", b'"@context": "http://127.0.0.1:9/c", ',
    b'"@id"', b'"@type"', b"2018-02-30", b"0000", b"-1", b"\xd8\x00", b"\xed\xa0\x80",
]  # fmt: skip


@st.composite
def mutated(draw: st.DrawFn, document: bytes) -> bytes:
    """`document` after a few byte-level mutations."""
    data = bytearray(document)
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(data)))
        match draw(st.sampled_from(["flip", "insert", "delete", "repeat", "cut"])):
            case "flip" if at < len(data):
                data[at] ^= 1 << draw(st.integers(0, 7))
            case "insert":
                data[at:at] = draw(st.sampled_from(TOKENS))
            case "delete":
                del data[at : at + draw(st.integers(1, 40))]
            case "repeat":
                data[at:at] = data[at : at + draw(st.integers(1, 200))]
            case "cut":
                del data[at:]
    return bytes(data)


def inputs(format: str) -> st.SearchStrategy[bytes]:
    return st.one_of(st.binary(max_size=600), mutated(DOCUMENTS[format]))


def load_document(format: str) -> Callable[[bytes], object]:
    def load(raw: bytes) -> object:
        dataset = loads(raw, format)
        assert loads(dumps(dataset, format), format) == dataset  # what is accepted survives
        return dataset

    return load


def load_stream(format: str) -> Callable[[bytes], object]:
    def load(raw: bytes) -> object:
        sink = io.StringIO()
        job = RecordJob("<fuzz>", format, "ntriples", DEFAULT_BASE)
        report = process(io.BytesIO(raw), job, sink=sink, keep_going=True)
        assert report.written + len(report.rejected) == report.records
        return report

    return load


LOADERS: dict[str, Callable[[bytes], object]] = {
    **{format: load_document(format) for format in FORMATS},
    "jsonl": load_stream("jsonl"),
    "yaml-stream": load_stream("yaml"),
}


def refusal(loader: Callable[[bytes], object], raw: bytes) -> InvalidRecord | None:
    """The InvalidRecord `loader` raises for `raw`, or None if it took it; any other error
    fails the test."""
    try:
        loader(raw)
    except InvalidRecord as err:
        return err
    return None


@pytest.fixture(scope="module", autouse=True)
def no_network() -> Iterator[None]:
    """Any attempt to resolve a name or open a connection fails the test."""

    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError(f"tried to use the network: {args!r}")

    with pytest.MonkeyPatch.context() as patch:
        for name in ("create_connection", "getaddrinfo", "gethostbyname"):
            patch.setattr(socket, name, refuse)
        patch.setattr(socket.socket, "connect", refuse)
        yield


@pytest.mark.parametrize("format", LOADERS)
def test_a_loader_given_any_bytes_gives_a_dataset_or_invalid_record(format: str) -> None:
    loader, tried = LOADERS[format], []

    @settings(max_examples=EXAMPLES)
    @given(raw=inputs(format))
    def check(raw: bytes) -> None:
        refused = refusal(loader, raw)
        assert refused is None or refused.problems, "an InvalidRecord names at least one problem"
        tried.append(refused is None)

    check()
    assert len(tried) >= EXAMPLES


#: Words of reports, for text that looks like one.
WORDS = [*TEXT.split(), "Tajikistan", "received", "President", "Ambassador", "$1.8 billion", "today", "\n\n", "“", "—"]


def extracted(text: str) -> Dataset | None:
    """What extraction makes of `text`: a dataset, or None for input it refuses."""
    try:
        return extract(text, published="2018-05-14")
    except ExtractionError:
        return None


@settings(max_examples=EXAMPLES)
@given(text=st.one_of(st.text(max_size=300), st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join)))
def test_extraction_given_any_text_gives_a_dataset_or_extraction_error(text: str) -> None:
    result = extracted(text)
    assert result is None or isinstance(result, Dataset)


@pytest.mark.parametrize("text", ["Colonel", "Dushanbe: meeting with the U.S. Ambassador", "GENERAL ", "LT."])
def test_extraction_of_text_ending_in_a_rank_or_title_gives_a_dataset(text: str) -> None:
    assert isinstance(extracted(text), Dataset)


def test_the_readme_states_how_many_inputs_a_run_fuzzes() -> None:
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    assert f"**Fuzzing, {EXAMPLES * (len(LOADERS) + 1):,} inputs a run**" in readme
    assert f"takes {EXAMPLES} random or mutated byte strings" in readme
