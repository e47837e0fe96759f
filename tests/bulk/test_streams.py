"""Driving a stream (bulk/streams.py, bulk/records.py, bulk/progress.py): lines in, text out.

Records are validated and written one at a time; a stream of one record is written as
`io.dumps` writes the dataset, a longer one in each format's per-record unit; errors
name the line of the whole input; progress shows records, rate and time left.
"""

from __future__ import annotations

import json
import socket
import time
from collections.abc import Iterator
from io import BytesIO, StringIO
from typing import Any

import pyoxigraph
import pytest
import rdflib
from hypothesis import given, settings
from hypothesis import strategies as st

from engagement_schema import Dataset, InvalidRecord, io
from engagement_schema.bulk import Outcome, RecordJob, Report, process
from engagement_schema.bulk.progress import Progress
from engagement_schema.rdf.namespaces import DEFAULT_BASE
from engagement_schema.validation import to_data
from tests.strategies import datasets

SOURCE = "records.jsonl"


def stream(
    data: bytes | str, to: str | None = "ntriples", in_format: str = "jsonl", **options: Any
) -> tuple[str, Report]:
    """What `process` writes for `data`, and its report."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    sink = StringIO()
    report = process(BytesIO(raw), RecordJob(SOURCE, in_format, to, DEFAULT_BASE), sink=sink, **options)
    return sink.getvalue(), report


def jsonl(lines: list[str]) -> str:
    return "".join(f"{line}\n" for line in lines)


def error(data: bytes | str, in_format: str = "jsonl") -> str:
    """The message of the error that stops a run over `data`."""
    with pytest.raises(InvalidRecord) as caught:
        stream(data, in_format=in_format)
    return str(caught.value)


def compact(dataset: Dataset) -> str:
    return json.dumps(to_data(dataset), ensure_ascii=False, separators=(",", ":"))


def bad_field(line: str) -> str:
    """The record with its first person's country made invalid."""
    data = json.loads(line)
    data["people"][0]["country"] = "XX"
    return json.dumps(data, separators=(",", ":"))


# One record: written as io.dumps writes it


@pytest.mark.parametrize("to", ["json", "yaml", "turtle", "ntriples", "jsonld"])
def test_a_one_record_stream_is_written_exactly_as_io_dumps_writes_the_dataset(meetings: list[str], to: str) -> None:
    dataset = io.loads(meetings[0], "json")
    written, report = stream(f"\n{meetings[0]}\n\n", to)
    assert written == io.dumps(dataset, to)
    assert (report.records, report.written, report.rejected) == (1, 1, [])


def test_one_record_keeps_the_familiar_shape_of_each_format(meetings: list[str]) -> None:
    assert stream(meetings[0], "json")[0].startswith('{\n  "schema_version": "1.0",\n')
    assert not stream(meetings[0], "yaml")[0].startswith("---")
    assert stream(meetings[0], "turtle")[0].startswith("@prefix ")
    assert stream(meetings[0], "jsonl")[0] == compact(io.loads(meetings[0], "json")) + "\n"


def test_a_whole_json_file_is_one_record(meetings: list[str]) -> None:
    dataset = io.loads(meetings[0], "json")
    written, report = stream(io.dumps(dataset, "json"), "turtle", in_format="json")
    assert written == io.dumps(dataset, "turtle")
    assert report.records == 1


# Many records: each format's per-record unit, one valid document


def test_a_turtle_stream_is_one_document_with_the_prefixes_once(meetings: list[str]) -> None:
    turtle, _ = stream(jsonl(meetings[:40]), "turtle")
    ntriples, _ = stream(jsonl(meetings[:40]), "ntriples")
    header = io.dumps(io.loads(meetings[0], "json"), "turtle").split("\n\n")[0]
    assert turtle.startswith(header)
    assert turtle.count("@prefix ") == header.count("@prefix ")

    expected = set(pyoxigraph.parse(ntriples, format=pyoxigraph.RdfFormat.N_TRIPLES))
    assert len(expected) == ntriples.count("\n") > 0
    assert set(pyoxigraph.parse(turtle, format=pyoxigraph.RdfFormat.TURTLE)) == expected
    graph = rdflib.Graph().parse(data=turtle, format="turtle")
    assert len(graph) == len(expected)
    assert set(graph) == set(rdflib.Graph().parse(data=ntriples, format="nt"))


def test_an_ntriples_stream_is_the_records_ntriples_one_after_another(meetings: list[str]) -> None:
    written, _ = stream(jsonl(meetings[:5]), "ntriples")
    assert written == "".join(io.dumps(io.loads(line, "json"), "ntriples") for line in meetings[:5])


@pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")  # inside rdflib's reader
def test_a_jsonld_stream_is_one_document_a_line_each_read_by_rdflib_without_network(
    meetings: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: object) -> None:
        raise AssertionError("the JSON-LD reader tried to reach the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    jsonld, _ = stream(jsonl(meetings[:6]), "jsonld")
    ntriples, _ = stream(jsonl(meetings[:6]), "ntriples")
    documents = jsonld.split("\n")
    assert documents.pop() == ""
    assert len(documents) == 6
    union = rdflib.Graph()
    for document, line in zip(documents, meetings[:6], strict=True):
        assert isinstance(json.loads(document)["@context"], dict)  # inline: nothing to fetch
        graph = rdflib.Graph().parse(data=document, format="json-ld")
        assert len(graph) == io.dumps(io.loads(line, "json"), "ntriples").count("\n")
        union += graph
    assert set(union) == set(rdflib.Graph().parse(data=ntriples, format="nt"))


def test_a_yaml_stream_opens_each_document_with_a_marker_and_reads_back_the_same(meetings: list[str]) -> None:
    records = jsonl(meetings[:4])
    yaml_stream, _ = stream(records, "yaml")
    assert yaml_stream.startswith("---\n")
    assert yaml_stream.count("\n---\n") == 3
    assert stream(yaml_stream, "jsonl", in_format="yaml")[0] == stream(records, "jsonl")[0]


def test_json_lines_out_are_one_compact_line_per_record_in_input_order(meetings: list[str]) -> None:
    written, _ = stream(jsonl(meetings[:8]), "jsonl")
    assert written.splitlines() == [compact(io.loads(line, "json")) for line in meetings[:8]]
    assert stream(written, "jsonl")[0] == written


@settings(max_examples=30)
@given(st.lists(datasets(max_records=2), min_size=2, max_size=4))
def test_generated_datasets_stream_through_json_lines_and_yaml_unchanged(records: list[Dataset]) -> None:
    # Hostile strings (U+2028, quotes, "---" in text, right-to-left marks) must neither split
    # a JSON line nor a YAML document.
    lines = jsonl([compact(d) for d in records])
    assert stream(lines, "jsonl")[0] == lines
    yaml_stream = stream(lines, "yaml")[0]
    assert yaml_stream == "".join("---\n" + io.dumps(d, "yaml") for d in records)
    assert stream(yaml_stream, "jsonl", in_format="yaml")[0] == lines
    assert stream(lines, "ntriples")[0] == "".join(io.dumps(d, "ntriples") for d in records)


def test_crlf_json_lines_give_the_same_output_as_lf(meetings: list[str]) -> None:
    lf = jsonl(meetings[:3])
    assert stream(lf.replace("\n", "\r\n"), "turtle")[0] == stream(lf, "turtle")[0]


def test_a_byte_order_mark_before_the_first_record_is_ignored(meetings: list[str]) -> None:
    records = jsonl(meetings[:2])
    assert stream("\ufeff" + records, "jsonl")[0] == stream(records, "jsonl")[0]


def test_validating_writes_nothing_and_counts_the_records(meetings: list[str]) -> None:
    written, report = stream(jsonl(meetings[:3]), None)
    assert written == ""
    assert (report.records, report.written) == (3, 3)


def test_an_empty_stream_has_no_records(meetings: list[str]) -> None:
    assert stream("\n\n", "jsonl") == ("", Report())


def test_output_is_written_while_the_input_is_still_being_read(meetings: list[str]) -> None:
    read = 0

    def lines() -> Iterator[bytes]:
        nonlocal read
        for line in meetings[:200]:
            read += 1
            yield f"{line}\n".encode()

    class Sink(StringIO):
        read_at_first_write: int | None = None

        def write(self, text: str) -> int:
            if self.read_at_first_write is None:
                self.read_at_first_write = read
            return super().write(text)

    sink = Sink()
    process(lines(), RecordJob(SOURCE, "jsonl", "ntriples", DEFAULT_BASE), sink=sink)
    assert sink.read_at_first_write is not None
    assert sink.read_at_first_write < 100


# Errors name the line of the whole input


def test_a_json_syntax_error_in_line_3_is_reported_at_line_3(meetings: list[str]) -> None:
    data = jsonl([meetings[0], meetings[1], '{"schema_version": "1.0", oops}', meetings[2]])
    assert error(data) == f"{SOURCE}:3:27: (document): invalid JSON: Expecting property name enclosed in double quotes"


def test_a_byte_that_is_not_utf8_in_line_7_is_reported_at_its_line_and_column(meetings: list[str]) -> None:
    data = jsonl(meetings[:3]).encode() + b"\n\n\n" + b'{"schema_version":"1.\xff"}\n' + jsonl(meetings[3:5]).encode()
    assert error(data) == f"{SOURCE}:7:22: (document): not UTF-8: byte 0xff"


def test_the_column_of_a_bad_byte_counts_bytes_after_multibyte_characters() -> None:
    data = b'{"a":"\xc3\xa9\xe2\x80\x94","b":"\xc0"}\n'  # \xc0 is the 19th byte, the 15th character
    assert error(data) == f"{SOURCE}:1:19: (document): not UTF-8: byte 0xc0"


def test_a_bad_field_is_reported_at_its_line_and_column_in_the_stream(meetings: list[str]) -> None:
    bad = bad_field(meetings[1])
    data = jsonl([meetings[0], "", bad])
    column = bad.index('"XX"') + 1
    assert error(data) == f"{SOURCE}:3:{column}: people.0.country: 'XX' is not an ISO 3166-1 alpha-2 country code"


def test_a_bad_field_in_a_yaml_stream_is_reported_at_its_line_in_the_whole_stream(meetings: list[str]) -> None:
    good = io.dumps(io.loads(meetings[0], "json"), "yaml")
    bad = io.dumps(io.loads(meetings[1], "json"), "yaml").replace("country: TJ", "country: XX", 1)
    bad = bad.replace("country: UZ", "country: XX", 1).replace("country: KG", "country: XX", 1)
    data = f"# two meetings\n---\n{good}---\n{bad}"
    line = data.splitlines().index(next(x for x in bad.splitlines() if "country: XX" in x)) + 1
    message = error(data, "yaml")
    assert message.startswith(f"{SOURCE}:{line}:")
    assert ".country: 'XX' is not an ISO 3166-1 alpha-2 country code" in message


def test_a_yaml_syntax_error_is_reported_at_its_line_in_the_whole_stream(meetings: list[str]) -> None:
    good = io.dumps(io.loads(meetings[0], "json"), "yaml")
    data = f"---\n{good}---\nschema_version: '1.0'\nc: d: e\n"
    line = good.count("\n") + 4
    message = f"{SOURCE}:{line}:5: (document): invalid YAML: mapping values are not allowed in this context"
    assert error(data, "yaml") == message


def test_a_yaml_document_that_is_not_a_mapping_is_placed_where_it_starts(meetings: list[str]) -> None:
    good = io.dumps(io.loads(meetings[0], "json"), "yaml")
    message = error(f"{good}---\n\n- just\n- a list\n", "yaml")
    line = good.count("\n") + 3  # after the first document, the marker and a blank line
    assert message == f"{SOURCE}:{line}:1: (document): Input should be a mapping of field names to values"


# Without keep_going the first bad record stops the run; with it the good ones are written


def test_the_first_bad_record_stops_the_run(meetings: list[str]) -> None:
    sink = StringIO()
    data = jsonl([meetings[0], "{oops", "[1]", meetings[1]]).encode()
    with pytest.raises(InvalidRecord) as caught:
        process(BytesIO(data), RecordJob(SOURCE, "jsonl", "ntriples", DEFAULT_BASE), sink=sink)
    assert all(p.line == 2 for p in caught.value.problems)
    # What `process` wrote so far goes to a sink the caller throws away (see the CLI tests).
    assert "meeting-1" not in sink.getvalue()


@pytest.mark.parametrize("jobs", [1, 2])
def test_keep_going_writes_the_good_records_and_reports_each_bad_one(meetings: list[str], jobs: int) -> None:
    rejected: list[Outcome] = []
    data = jsonl([meetings[0], "{oops", meetings[1], "", bad_field(meetings[2]), meetings[3]])
    written, report = stream(data, "jsonl", keep_going=True, jobs=jobs, on_reject=rejected.append)
    assert written.splitlines() == [compact(io.loads(line, "json")) for line in (meetings[0], meetings[1], meetings[3])]
    assert (report.records, report.written) == (5, 3)
    assert report.rejected == rejected
    assert [(o.index, o.line) for o in rejected] == [(1, 2), (3, 5)]
    assert [p.line for o in rejected for p in o.problems] == [2, 5]


def test_keep_going_skips_just_the_record_with_a_byte_that_is_not_utf8(meetings: list[str]) -> None:
    # Regression: a bad byte stopped the whole run even with keep_going, writing nothing.
    data = jsonl(meetings[:2]).encode() + b'{"id":"\xff"}\n' + jsonl(meetings[2:4]).encode()
    written, report = stream(data, "jsonl", keep_going=True)
    assert written.splitlines() == [compact(io.loads(line, "json")) for line in meetings[:4]]
    assert [(o.line, o.problems[0].render(SOURCE)) for o in report.rejected] == [
        (3, f"{SOURCE}:3:8: (document): not UTF-8: byte 0xff")
    ]


def test_keep_going_skips_just_the_yaml_document_with_a_bad_byte(meetings: list[str]) -> None:
    good = io.dumps(io.loads(meetings[0], "json"), "yaml").encode()
    data = b"---\n" + good + b"---\nschema_version: '1.0'\n# caf\xe9\n---\n" + good
    written, report = stream(data, "jsonl", in_format="yaml", keep_going=True)
    assert len(written.splitlines()) == 2
    first = good.count(b"\n") + 2
    assert [str(InvalidRecord(SOURCE, o.problems)) for o in report.rejected] == [
        f"{SOURCE}:{first + 2}:6: (document): not UTF-8: byte 0xe9"
    ]


# Progress: records, rate and time left, at most five redraws a second


class Clock:
    """A monotonic clock that moves only when told."""

    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    fake = Clock(1000.0)
    monkeypatch.setattr(time, "monotonic", fake)
    return fake


def test_progress_shows_records_rate_share_done_and_eta(clock: Clock) -> None:
    out = StringIO()
    progress = Progress(out, enabled=True, total_bytes=1000)
    clock.now += 10
    progress.update(50, 250)
    assert out.getvalue() == "\r" + "50 records  5/s  25%  ETA 0:00:30".ljust(60)


def test_progress_counts_with_separators_and_eta_in_hours(clock: Clock) -> None:
    out = StringIO()
    progress = Progress(out, enabled=True, total_bytes=4_000_000)
    clock.now += 1800
    progress.update(1_234_567, 1_000_000)
    assert out.getvalue().split() == ["1,234,567", "records", "686/s", "25%", "ETA", "1:30:00"]


def test_progress_redraws_at_most_five_times_a_second_and_ends_its_line(clock: Clock) -> None:
    out = StringIO()
    progress = Progress(out, enabled=True, total_bytes=None)
    clock.now += 1
    progress.update(10, 100)
    clock.now += 0.1
    progress.update(11, 110)
    assert out.getvalue().count("\r") == 1
    clock.now += 0.2
    progress.update(12, 120)
    assert out.getvalue().count("\r") == 2
    assert "ETA" not in out.getvalue()  # stdin: the size, and so the time left, is unknown
    progress.finish()
    assert out.getvalue().endswith("\n")
    assert out.getvalue().rstrip().endswith("12 records  9/s")  # 12 in 1.3 s


def test_clearing_progress_blanks_the_line_and_the_next_update_draws_it_again(clock: Clock) -> None:
    out = StringIO()
    progress = Progress(out, enabled=True, total_bytes=None)
    clock.now += 1
    progress.update(1, 10)
    progress.clear()
    assert out.getvalue().endswith("\r" + " " * 60 + "\r")
    progress.update(2, 20)  # at once, though not 0.2 s later
    assert out.getvalue().endswith("2 records  2/s".ljust(60))


def test_disabled_progress_writes_nothing(clock: Clock) -> None:
    out = StringIO()
    progress = Progress(out, enabled=False, total_bytes=1000)
    clock.now += 10
    progress.update(50, 250)
    progress.finish()
    assert out.getvalue() == ""


def test_a_stream_reports_its_progress_up_to_the_whole_input(meetings: list[str], clock: Clock) -> None:
    data = jsonl(meetings[:5]).encode()
    out = StringIO()

    class Ticking(Progress):
        def update(self, records: int, done_bytes: int) -> None:
            clock.now += 1
            super().update(records, done_bytes)

    progress = Ticking(out, enabled=True, total_bytes=len(data))
    stream(data, "ntriples", progress=progress)
    frames = out.getvalue().split("\r")[1:]
    assert [f.split()[0] for f in frames] == ["1", "2", "3", "4", "5"]
    assert frames[-1].split()[:4] == ["5", "records", "1/s", "100%"]
    assert out.getvalue().endswith("\n")
