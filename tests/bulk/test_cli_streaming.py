"""`validate` and `convert` over streams (cli.py): errors at their lines, no half-written
output, --keep-going with its report, --jobs byte-identical to one job, quiet off a terminal."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from engagement_schema import io
from engagement_schema.cli import main
from engagement_schema.validation import to_data

WriteJsonl = Callable[..., Path]
Capsys = pytest.CaptureFixture[str]
FORMATS = ["ntriples", "turtle", "jsonld", "jsonl", "yaml", "json"]
BAD_SYNTAX = '{"schema_version": "1.0", oops}'
BAD_SYNTAX_ERROR = "(document): invalid JSON: Expecting property name enclosed in double quotes"


def compact(line: str) -> str:
    """The JSON line `convert --to jsonl` writes for the record on `line`."""
    return json.dumps(to_data(io.loads(line, "json")), ensure_ascii=False, separators=(",", ":"))


def bad_country(line: str) -> str:
    data = json.loads(line)
    data["people"][0]["country"] = "XX"
    return json.dumps(data, separators=(",", ":"))


def leftovers(folder: Path) -> list[str]:
    """Temporary files an atomic write left behind."""
    return [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]


# validate: every record checked, errors at their lines


def test_validate_counts_the_records_of_a_json_lines_file(
    meetings: list[str], write_jsonl: WriteJsonl, capsys: Capsys
) -> None:
    path = write_jsonl(meetings[:5])
    assert main(["validate", str(path)]) == 0
    assert capsys.readouterr().out == f"{path}: valid (5 records)\n"


def test_validate_names_the_line_of_a_json_syntax_error_in_line_3(
    meetings: list[str], write_jsonl: WriteJsonl, capsys: Capsys
) -> None:
    path = write_jsonl([meetings[0], meetings[1], BAD_SYNTAX, meetings[2]])
    assert main(["validate", str(path)]) == 1
    captured = capsys.readouterr()
    assert captured.err == f"{path}:3:27: {BAD_SYNTAX_ERROR}\n"
    assert captured.out == ""


def test_validate_names_the_line_and_column_of_a_bad_byte_in_line_7(
    meetings: list[str], tmp_path: Path, capsys: Capsys
) -> None:
    path = tmp_path / "records.jsonl"
    lines = [m.encode() for m in meetings[:6]]
    lines.insert(6, lines[5].replace(b'"report-5"', b'"report-\xe9"'))
    path.write_bytes(b"\n".join(lines) + b"\n")
    column = lines[6].index(b"\xe9") + 1
    assert main(["validate", str(path)]) == 1
    assert capsys.readouterr().err == f"{path}:7:{column}: (document): not UTF-8: byte 0xe9\n"


def test_validate_names_the_line_of_a_bad_field_in_a_yaml_stream(
    meetings: list[str], write_jsonl: WriteJsonl, tmp_path: Path, capsys: Capsys
) -> None:
    stream = tmp_path / "records.yaml"
    assert main(["convert", str(write_jsonl(meetings[:3])), "--to", "yaml", "-o", str(stream)]) == 0
    lines = stream.read_text(encoding="utf-8").splitlines(keepends=True)
    third = [n for n, line in enumerate(lines) if line == "---\n"][2]
    bad = next(n for n in range(third, len(lines)) if lines[n].startswith("  country: "))
    lines[bad] = "  country: XX\n"
    stream.write_text("".join(lines), encoding="utf-8")
    assert main(["validate", str(stream)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"{stream}:{bad + 1}:12: ")
    assert err.endswith(".country: 'XX' is not an ISO 3166-1 alpha-2 country code\n")


@pytest.mark.parametrize("from_stdin", [False, True])
def test_validate_names_the_line_of_a_bad_byte_in_an_rdf_file(
    meetings: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Capsys, from_stdin: bool
) -> None:
    # Regression: RDF input (checked whole, with SHACL) was decoded apart from the other
    # formats, and a byte that is not UTF-8 ended `validate` with a traceback.
    text = io.dumps(io.loads(meetings[0], "json"), "turtle").encode()
    path = tmp_path / "meeting.ttl"
    path.write_bytes(text + b"# caf\xe9\n")
    line = text.count(b"\n") + 1
    if from_stdin:
        monkeypatch.setattr(sys, "stdin", _stdin(path.read_bytes()))
    argv = ["validate", "-", "--format", "turtle"] if from_stdin else ["validate", str(path)]
    assert main(argv) == 1
    source = "<stdin>" if from_stdin else str(path)
    assert capsys.readouterr().err.startswith(f"{source}:{line}:6: (document): not UTF-8: byte 0xe9")


def test_validate_reads_json_lines_from_stdin(
    meetings: list[str], write_jsonl: WriteJsonl, monkeypatch: pytest.MonkeyPatch, capsys: Capsys
) -> None:
    data = write_jsonl([meetings[0], BAD_SYNTAX]).read_bytes()
    monkeypatch.setattr(sys, "stdin", _stdin(data))
    assert main(["validate", "-", "--format", "jsonl"]) == 1
    assert capsys.readouterr().err == f"<stdin>:2:27: {BAD_SYNTAX_ERROR}\n"


# Without --keep-going: the first bad record stops the run and nothing is written


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_bad_record_leaves_the_old_output_file_as_it_was(
    meetings: list[str], write_jsonl: WriteJsonl, tmp_path: Path, capsys: Capsys, jobs: str
) -> None:
    # The bad record comes after several batches of good ones, which were converted already.
    path = write_jsonl([*meetings[:250], BAD_SYNTAX, *meetings[250:]])
    out = tmp_path / "out.nt"
    out.write_text("the old content\n", encoding="utf-8")
    assert main(["convert", str(path), "--to", "ntriples", "-o", str(out), "--jobs", jobs]) == 1
    assert out.read_text(encoding="utf-8") == "the old content\n"
    assert leftovers(tmp_path) == []
    assert capsys.readouterr().err == f"{path}:251:27: {BAD_SYNTAX_ERROR}\n"


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_bad_record_creates_no_output_file(
    meetings: list[str], write_jsonl: WriteJsonl, tmp_path: Path, jobs: str
) -> None:
    path = write_jsonl([*meetings[:100], BAD_SYNTAX])
    out = tmp_path / "out.ttl"
    assert main(["convert", str(path), "--to", "turtle", "-o", str(out), "--jobs", jobs]) == 1
    assert not out.exists()
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_bad_record_prints_nothing_on_stdout(
    meetings: list[str], write_jsonl: WriteJsonl, capsys: Capsys, jobs: str
) -> None:
    path = write_jsonl([*meetings[:200], bad_country(meetings[200])])
    assert main(["convert", str(path), "--to", "jsonl", "--jobs", jobs]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith(f"{path}:201:")


# With --keep-going: the good records are written, every bad one reported, exit 1


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_keep_going_writes_the_good_records_and_reports_every_bad_one(
    meetings: list[str], write_jsonl: WriteJsonl, tmp_path: Path, capsys: Capsys, jobs: str
) -> None:
    lines = [*meetings[:70], BAD_SYNTAX, *meetings[70:140], bad_country(meetings[140]), meetings[141]]
    path = write_jsonl(lines)
    out = tmp_path / "out.jsonl"
    out.write_text("the old content\n", encoding="utf-8")
    argv = ["convert", str(path), "--to", "jsonl", "-o", str(out), "--keep-going", "--jobs", jobs]
    assert main(argv) == 1
    assert out.read_text(encoding="utf-8").splitlines() == [compact(m) for m in (*meetings[:140], meetings[141])]
    err = capsys.readouterr().err.splitlines()
    assert err[0] == f"{path}:71:27: {BAD_SYNTAX_ERROR}"
    assert err[1].startswith(f"{path}:142:")
    assert len(err) == 2


def test_keep_going_prints_the_good_records_on_stdout(
    meetings: list[str], write_jsonl: WriteJsonl, capsys: Capsys
) -> None:
    path = write_jsonl([meetings[0], BAD_SYNTAX, meetings[1]])
    assert main(["convert", str(path), "--to", "ntriples", "--keep-going"]) == 1
    captured = capsys.readouterr()
    assert captured.out == "".join(io.dumps(io.loads(m, "json"), "ntriples") for m in meetings[:2])
    assert captured.err == f"{path}:2:27: {BAD_SYNTAX_ERROR}\n"


def test_keep_going_writes_the_report_to_a_file_instead_of_stderr(
    meetings: list[str], write_jsonl: WriteJsonl, tmp_path: Path, capsys: Capsys
) -> None:
    path = write_jsonl([meetings[0], BAD_SYNTAX, meetings[1], BAD_SYNTAX])
    report = tmp_path / "bad.txt"
    argv = [
        "convert",
        str(path),
        "--to",
        "turtle",
        "-o",
        str(tmp_path / "out.ttl"),
        "--keep-going",
        "--report",
        str(report),
    ]
    assert main(argv) == 1
    assert report.read_text(encoding="utf-8") == f"{path}:2:27: {BAD_SYNTAX_ERROR}\n{path}:4:27: {BAD_SYNTAX_ERROR}\n"
    assert capsys.readouterr().err == ""
    written = (tmp_path / "out.ttl").read_text(encoding="utf-8")
    assert [line for line in written.splitlines() if line.startswith("id:meeting-")] == ["id:meeting-0", "id:meeting-1"]


def test_keep_going_with_only_good_records_exits_0_with_an_empty_report(
    meetings: list[str], write_jsonl: WriteJsonl, tmp_path: Path
) -> None:
    report = tmp_path / "bad.txt"
    argv = ["convert", str(write_jsonl(meetings[:3])), "--to", "json", "--keep-going", "--report", str(report)]
    assert main(argv) == 0
    assert report.read_text(encoding="utf-8") == ""


def test_validate_keep_going_does_not_call_a_file_with_bad_records_valid(
    meetings: list[str], write_jsonl: WriteJsonl, capsys: Capsys
) -> None:
    # Regression: it printed "records.jsonl: valid" for a file whose record 2 was bad.
    path = write_jsonl([meetings[0], BAD_SYNTAX, meetings[1]])
    assert main(["validate", str(path), "--keep-going"]) == 1
    captured = capsys.readouterr()
    assert "valid" not in captured.out
    assert captured.err == f"{path}:2:27: {BAD_SYNTAX_ERROR}\n{path}: 1 of 3 records invalid\n"


def test_validate_keep_going_reports_the_bad_records_of_every_path(
    meetings: list[str], write_jsonl: WriteJsonl, tmp_path: Path, capsys: Capsys
) -> None:
    # Regression: each path replaced the report, so only the last path's problems were kept.
    first = write_jsonl([BAD_SYNTAX, meetings[0]], "first.jsonl")
    good = write_jsonl(meetings[1:3], "good.jsonl")
    second = write_jsonl([meetings[2], bad_country(meetings[3])], "second.jsonl")
    report = tmp_path / "bad.txt"
    argv = ["validate", str(first), str(good), str(second), "--keep-going", "--report", str(report)]
    assert main(argv) == 1
    problems = report.read_text(encoding="utf-8").splitlines()
    assert problems[0] == f"{first}:1:27: {BAD_SYNTAX_ERROR}"
    assert problems[1].startswith(f"{second}:2:")
    assert len(problems) == 2
    assert capsys.readouterr().out == f"{good}: valid (2 records)\n"


# --jobs: the same bytes as one job, records in input order


@pytest.mark.parametrize("to", FORMATS)
def test_two_jobs_write_the_same_bytes_as_one(
    meetings: list[str], write_jsonl: WriteJsonl, tmp_path: Path, to: str
) -> None:
    path = write_jsonl(meetings)
    outputs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out-{jobs}.{to}"
        assert main(["convert", str(path), "--to", to, "-o", str(out), "--jobs", jobs]) == 0
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    assert len(outputs[0]) > 300 * 500


def test_two_jobs_keep_the_records_in_input_order(meetings: list[str], write_jsonl: WriteJsonl, capsys: Capsys) -> None:
    shuffled = meetings[::-1][:150] + meetings[:150]
    assert main(["convert", str(write_jsonl(shuffled)), "--to", "jsonl", "--jobs", "2"]) == 0
    written = [json.loads(line)["engagements"][0]["id"] for line in capsys.readouterr().out.splitlines()]
    assert written == [json.loads(line)["engagements"][0]["id"] for line in shuffled]


def test_convert_reads_json_lines_from_stdin_with_jobs(
    meetings: list[str], write_jsonl: WriteJsonl, monkeypatch: pytest.MonkeyPatch, capsys: Capsys
) -> None:
    monkeypatch.setattr(sys, "stdin", _stdin(write_jsonl(meetings[:80]).read_bytes()))
    assert main(["convert", "-", "--format", "jsonl", "--to", "jsonl", "--jobs", "2"]) == 0
    assert capsys.readouterr().out.splitlines() == [compact(m) for m in meetings[:80]]


# Progress: only on a terminal, never with --quiet


def test_no_progress_when_stderr_is_not_a_terminal(
    meetings: list[str], write_jsonl: WriteJsonl, tmp_path: Path, capsys: Capsys
) -> None:
    assert main(["convert", str(write_jsonl(meetings)), "--to", "ntriples", "-o", str(tmp_path / "out.nt")]) == 0
    assert capsys.readouterr().err == ""


class _Ticking:
    """A clock that moves one second each time it is read."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        self.now += 1
        return self.now


@pytest.mark.parametrize("quiet", [False, True])
def test_progress_on_a_terminal_shows_records_rate_and_eta_unless_quiet(
    meetings: list[str],
    write_jsonl: WriteJsonl,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: Capsys,
    quiet: bool,
) -> None:
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    monkeypatch.setattr(time, "monotonic", _Ticking())
    argv = ["convert", str(write_jsonl(meetings[:5])), "--to", "ntriples", "-o", str(tmp_path / "out.nt")]
    assert main([*argv, "--quiet"] if quiet else argv) == 0
    err = capsys.readouterr().err
    if quiet:
        assert err == ""
    else:
        frames = [frame.strip() for frame in err.split("\r")[1:]]
        assert frames[-1] == "5 records  1/s  100%  ETA 0:00:00"
        assert frames[0].startswith("1 records  ")
        assert "ETA " in frames[0]
        assert err.endswith("\n")


def test_on_a_terminal_each_bad_record_is_reported_on_a_line_of_its_own(
    meetings: list[str], write_jsonl: WriteJsonl, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Capsys
) -> None:
    # Regression: the report was written after the progress line, on the same line.
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    monkeypatch.setattr(time, "monotonic", _Ticking())
    path = write_jsonl([meetings[0], BAD_SYNTAX, meetings[1]])
    assert main(["convert", str(path), "--to", "jsonl", "-o", str(tmp_path / "out.jsonl"), "--keep-going"]) == 1
    err = capsys.readouterr().err
    shown = [line.split("\r")[-1] for line in err.split("\n")]  # what the terminal shows on each line
    assert shown[0] == f"{path}:2:27: {BAD_SYNTAX_ERROR}"
    assert shown[1].startswith("3 records  ")


# The installed script


def test_the_installed_script_streams_stdin_in_parallel_and_reports_bad_lines(
    meetings: list[str], write_jsonl: WriteJsonl
) -> None:
    script = Path(sys.executable).parent / "engagement-schema"
    data = write_jsonl([*meetings[:30], BAD_SYNTAX, *meetings[30:40]]).read_bytes()
    argv = [str(script), "convert", "-", "--format", "jsonl", "--to", "ntriples", "--jobs", "2", "--keep-going"]
    done = subprocess.run(argv, input=data, capture_output=True, timeout=60, check=False)
    assert done.returncode == 1
    assert done.stderr.decode() == f"<stdin>:31:27: {BAD_SYNTAX_ERROR}\n"
    assert done.stdout.decode() == "".join(io.dumps(io.loads(m, "json"), "ntriples") for m in meetings[:40])


def _stdin(data: bytes) -> object:
    """A stand-in for `sys.stdin` whose `buffer` holds `data`."""
    import io as stdlib_io

    return stdlib_io.TextIOWrapper(stdlib_io.BytesIO(data), encoding="utf-8")
