"""The command line (cli.py): exit codes, `PATH:LINE:COL: field.path: message`, atomic output.

Most tests run `main` in-process; a few run the installed `engagement-schema` script.
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from engagement_schema import Dataset, dumps, to_data
from engagement_schema.cli import main
from engagement_schema.formats import json as json_format
from engagement_schema.formats import yaml as yaml_format
from engagement_schema.formats.jsonschema import entity_schema
from tests.formats.test_jsonschema import COMMITTED, EcmaValidator

PROBLEM_LINE = re.compile(r"^(?P<path>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<field>[\w.()]+): (?P<message>.+)$")


def run(argv: list[str], capsys: pytest.CaptureFixture[str], stdin: bytes | None = None) -> tuple[int, str, str]:
    """(exit status, stdout, stderr) of `engagement-schema ARGV` run in-process."""
    if stdin is not None:
        sys.stdin = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")
    try:
        code = main(argv)
    except SystemExit as exit:  # argparse, and usage errors
        code = exit.code if isinstance(exit.code, int) else 1
    finally:
        sys.stdin = sys.__stdin__
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


def script() -> list[str]:
    """The installed console script (or the module, when run from a bare checkout)."""
    found = shutil.which("engagement-schema", path=str(Path(sys.executable).parent))
    return [found] if found else [sys.executable, "-m", "engagement_schema"]


@pytest.fixture
def seed_files(seed: Dataset, tmp_path: Path) -> dict[str, Path]:
    files = {}
    for format in ("json", "yaml"):
        files[format] = tmp_path / f"seed.{format}"
        files[format].write_text(dumps(seed, format), encoding="utf-8")
    return files


def broken(seed: Dataset) -> dict[str, Any]:
    """The seed with three problems: a bad rank, a missing label and a calendar-less date."""
    data = to_data(seed)
    data["people"][1]["rank"] = "admiral-of-the-fleet"
    del data["posts"][0]["label"]
    data["engagements"][1]["start"] = "2018-02-30"
    return data


def position(text: str, needle: str) -> str:
    """`LINE:COL` (1-based) of the first occurrence of `needle` in `text`."""
    offset = text.index(needle)
    return f"{text.count(chr(10), 0, offset) + 1}:{offset - text.rfind(chr(10), 0, offset)}"


# --- validate ---------------------------------------------------------------------------


@pytest.mark.parametrize("format", ["json", "yaml"])
def test_validate_exits_0_for_the_seed(
    seed_files: dict[str, Path], capsys: pytest.CaptureFixture[str], format: str
) -> None:
    path = seed_files[format]
    assert run(["validate", str(path)], capsys) == (0, f"{path}: valid\n", "")


@pytest.mark.parametrize("format", ["json", "yaml"])
def test_validate_prints_every_problem_at_its_line_and_column(
    seed: Dataset, tmp_path: Path, capsys: pytest.CaptureFixture[str], format: str
) -> None:
    path = tmp_path / f"broken.{format}"
    data = broken(seed)
    text = json_format.dumps(data) if format == "json" else yaml_format.dumps(data)
    path.write_text(text, encoding="utf-8")
    code, out, err = run(["validate", str(path)], capsys)
    assert (code, out) == (1, "")
    found = [PROBLEM_LINE.match(line) for line in err.splitlines()]
    assert all(found), err
    by_field = {m["field"]: m for m in found if m}
    assert set(by_field) == {"people.1.rank", "posts.0.label", "engagements.1.start"}
    assert {m["path"] for m in by_field.values()} == {str(path)}
    rank, date = ('"admiral-of-the-fleet"', '"2018-02-30"') if format == "json" else ("admiral-of", "'2018-02-30'")
    assert "{line}:{col}".format(**by_field["people.1.rank"].groupdict()) == position(text, rank)
    assert "{line}:{col}".format(**by_field["engagements.1.start"].groupdict()) == position(text, date)
    assert by_field["posts.0.label"]["message"] == "Field required"
    assert "not a calendar date" in by_field["engagements.1.start"]["message"]


def test_validate_reports_integrity_problems_with_their_lines(
    seed: Dataset, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = to_data(seed)
    data["occupancies"][2]["person"] = "nobody"
    data["attributions"][0]["claims"].append("no-such-claim")
    path = tmp_path / "dangling.json"
    text = json.dumps(data, indent=2, ensure_ascii=False)
    path.write_text(text, encoding="utf-8")
    code, _, err = run(["validate", str(path)], capsys)
    nobody, no_claim = '"nobody"', '"no-such-claim"'
    assert code == 1
    assert err.splitlines() == [
        f"{path}:{position(text, nobody)}: occupancies.2.person: "
        "'nobody' should be the id of a person, but names nothing",
        f"{path}:{position(text, no_claim)}: attributions.0.claims.6: 'no-such-claim' should be the id of "
        "an engagement or a statement or an aid program or an occupancy or a person, but names nothing",
    ]


def test_validate_checks_every_path_and_fails_if_any_is_invalid(
    seed_files: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("people:\n- id: a\n", encoding="utf-8")
    code, out, err = run(["validate", str(seed_files["json"]), str(bad), str(seed_files["yaml"])], capsys)
    assert code == 1
    assert out == f"{seed_files['json']}: valid\n{seed_files['yaml']}: valid\n"
    assert err == f"{bad}:2:3: people.0.name: Field required\n"


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("syntax.json", '{"people": [\n  {"id": "a",}\n]}', "syntax.json:2:14: (document): invalid JSON: "),
        ("nan.json", '{"people": [\n  {"id": NaN}\n]}', "nan.json:2:10: people.0.id: invalid JSON: NaN"),
        ("dup.yaml", "people: []\npeople: []\n", "dup.yaml:2:1: (document): invalid YAML: duplicate key"),
        ("bomb.yaml", "a: &a [x]\nb: [*a, *a]\n", "bomb.yaml:"),
        ("latin1.json", b'{"people": [{"id": "a", "name": "Jos\xe9"}]}', "latin1.json:1:37: (document): not UTF-8"),
    ],
)
def test_malformed_files_exit_1_with_position(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, text: str | bytes, expected: str
) -> None:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    code, out, err = run(["validate", str(path)], capsys)
    assert (code, out) == (1, "")
    assert err.startswith(f"{tmp_path}/{expected}")
    assert PROBLEM_LINE.match(err.splitlines()[0])


def test_a_missing_file_exits_1_and_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "missing.json"
    code, _, err = run(["validate", str(missing)], capsys)
    assert code == 1
    assert str(missing) in err
    assert "No such file or directory" in err


@pytest.mark.parametrize("format", ["json", "yaml"])
def test_dash_reads_stdin_in_the_named_format(seed: Dataset, capsys: pytest.CaptureFixture[str], format: str) -> None:
    text = dumps(seed, format).encode("utf-8")
    assert run(["validate", "-", "--format", format], capsys, stdin=text) == (0, "-: valid\n", "")


def test_invalid_stdin_is_reported_as_stdin_with_lines(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["validate", "-", "--format", "yaml"], capsys, stdin=b"people:\n- id: a\n  name: ' '\n")
    assert code == 1
    assert err.startswith("<stdin>:3:9: people.0.name: ")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        ([], "the following arguments are required"),
        (["frobnicate"], "invalid choice"),
        (["validate"], "the following arguments are required: PATH"),
        (["validate", "-"], "reading stdin needs --format"),
        (["validate", "records.txt"], "cannot tell the format of 'records.txt'"),
        (["validate", "x.json", "--format", "xml"], "invalid choice: 'xml'"),
        (["convert", "x.json"], "the following arguments are required: --to"),
        (["convert", "x.json", "--to", "pdf"], "invalid choice: 'pdf'"),
        (["schema", "Persons"], "no entity named 'Persons'"),
        (["seed", "--to", "xml"], "invalid choice: 'xml'"),
    ],
)
def test_usage_errors_exit_2_with_a_message(argv: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(argv, capsys)
    assert (code, out) == (2, "")
    assert message in err


@pytest.mark.parametrize("command", ["validate", "convert", "schema", "seed"])
def test_every_command_has_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run([command, "--help"], capsys)
    assert code == 0
    assert out.startswith(f"usage: engagement-schema {command}")


# --- convert ----------------------------------------------------------------------------


@pytest.mark.parametrize(("source", "target"), [("json", "yaml"), ("yaml", "json"), ("json", "json")])
def test_convert_prints_the_dataset_in_the_target_format(
    seed: Dataset, seed_files: dict[str, Path], capsys: pytest.CaptureFixture[str], source: str, target: str
) -> None:
    code, out, err = run(["convert", str(seed_files[source]), "--to", target, "--quiet"], capsys)
    assert (code, err) == (0, "")
    assert out == dumps(seed, target)


def test_convert_reads_stdin_and_writes_the_output_file(
    seed: Dataset, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "seed.yaml"
    argv = ["convert", "-", "--format", "json", "--to", "yaml", "-o", str(out), "--quiet"]
    assert run(argv, capsys, stdin=dumps(seed, "json").encode("utf-8")) == (0, "", "")
    assert out.read_text(encoding="utf-8") == dumps(seed, "yaml")
    assert [p.name for p in tmp_path.iterdir()] == ["seed.yaml"]


def test_convert_of_invalid_input_exits_1_and_leaves_the_old_output(
    seed: Dataset, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(broken(seed)), encoding="utf-8")
    out = tmp_path / "out.yaml"
    out.write_text("old\n", encoding="utf-8")
    code, stdout, err = run(["convert", str(bad), "--to", "yaml", "-o", str(out), "--quiet"], capsys)
    assert (code, stdout) == (1, "")
    assert "people.1.rank" in err
    assert out.read_text(encoding="utf-8") == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.json", "out.yaml"]


def test_convert_that_fails_to_write_exits_1_and_leaves_the_old_file(
    seed_files: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out.json"
    out.write_text("old\n", encoding="utf-8")

    def full(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    code, _, err = run(["convert", str(seed_files["yaml"]), "--to", "json", "-o", str(out), "--quiet"], capsys)
    assert (code, err) == (1, f"{out}: No space left on device\n")
    assert out.read_text(encoding="utf-8") == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.json", "seed.json", "seed.yaml"]


def test_convert_into_a_missing_directory_names_the_output(
    seed_files: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Regression: the message named the hidden temporary file, not the output asked for.
    out = tmp_path / "no-such-dir" / "out.json"
    code, _, err = run(["convert", str(seed_files["yaml"]), "--to", "json", "-o", str(out), "--quiet"], capsys)
    assert (code, err) == (1, f"{out}: No such file or directory\n")


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write into a read-only directory")
def test_convert_into_a_read_only_directory_exits_1_and_leaves_the_old_file(
    seed_files: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "read-only"
    folder.mkdir()
    out = folder / "out.json"
    out.write_text("old\n", encoding="utf-8")
    folder.chmod(0o555)
    try:
        code, _, err = run(["convert", str(seed_files["yaml"]), "--to", "json", "-o", str(out), "--quiet"], capsys)
    finally:
        folder.chmod(0o755)
    assert (code, err) == (1, f"{out}: Permission denied\n")
    assert out.read_text(encoding="utf-8") == "old\n"


def test_convert_to_a_full_device_exits_1_with_a_clear_message(
    seed_files: dict[str, Path], full_device: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(["convert", str(seed_files["yaml"]), "--to", "json", "-o", str(full_device), "--quiet"], capsys)
    assert (code, err) == (1, f"{full_device}: No space left on device\n")
    assert stat.S_ISCHR(full_device.stat().st_mode)


def test_convert_through_a_symlink_replaces_the_file_it_names(
    seed: Dataset, seed_files: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Regression: the rename replaced the link itself with a regular file.
    real = tmp_path / "real.json"
    real.write_text("old\n", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    assert run(["convert", str(seed_files["yaml"]), "--to", "json", "-o", str(link), "--quiet"], capsys)[0] == 0
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8") == dumps(seed, "json")


def test_convert_keeps_the_mode_of_the_file_it_replaces(
    seed_files: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.json"
    out.write_text("old\n", encoding="utf-8")
    out.chmod(0o640)
    assert run(["convert", str(seed_files["yaml"]), "--to", "json", "-o", str(out), "--quiet"], capsys)[0] == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o640


# --- schema and seed --------------------------------------------------------------------


def test_schema_prints_the_committed_dataset_schema(repo_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["schema"], capsys)
    assert code == 0
    assert out == (repo_root / "schemas" / "dataset.schema.json").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", ["Person", "person", "AidProgram"])
def test_schema_name_prints_one_entitys_schema(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["schema", name], capsys)
    assert code == 0
    assert json.loads(out) == entity_schema(name)


def test_seed_to_json_validates_against_the_committed_schema(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["seed", "--to", "json"], capsys)
    assert code == 0
    EcmaValidator(COMMITTED).validate(json.loads(out))


def test_seed_prints_yaml_by_default(seed: Dataset, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["seed"], capsys) == (0, dumps(seed, "yaml"), "")


def test_seed_out_writes_every_format_and_the_schema_and_says_who_met_whom(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(["seed", "--out", str(tmp_path / "out")], capsys)
    assert code == 0
    written = {p.name for p in (tmp_path / "out").iterdir()}
    assert {"votel-tajikistan-2018.json", "votel-tajikistan-2018.yaml", "dataset.schema.json"} <= written
    assert "Joseph Votel" in out
    assert "Emomali Rahmon" in out


# --- the installed script ---------------------------------------------------------------


def test_the_installed_script_validates_and_reports_like_main(
    seed: Dataset, seed_files: dict[str, Path], tmp_path: Path
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("people:\n- id: a\n  name: A\n  rank: admiral-of-the-fleet\n", encoding="utf-8")
    done = subprocess.run(
        [*script(), "validate", str(seed_files["yaml"]), str(bad)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 1
    assert done.stdout == f"{seed_files['yaml']}: valid\n"
    assert done.stderr == f"{bad}:4:9: people.0.rank: 'admiral-of-the-fleet' is not a concept of the ranks scheme\n"
    seeded = subprocess.run([*script(), "seed", "--to", "json"], capture_output=True, text=True, check=True)
    EcmaValidator(COMMITTED).validate(json.loads(seeded.stdout))
    assert seeded.stderr == ""


def test_the_installed_script_exits_quietly_when_the_reader_goes_away(tmp_path: Path) -> None:
    # Regression: BrokenPipeError was caught as an OSError: exit 1 and a message.
    big = tmp_path / "big.json"
    big.write_text(json.dumps({"people": [{"id": f"p{i}", "name": f"P {i}"} for i in range(20_000)]}))
    with subprocess.Popen(
        [*script(), "convert", str(big), "--to", "yaml", "--quiet"], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    ) as process:
        assert process.stdout is not None
        assert process.stdout.read(10) == b"schema_ver"
        process.stdout.close()
        assert process.wait(timeout=60) == 141
        assert process.stderr is not None
        assert process.stderr.read() == b""
