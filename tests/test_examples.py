"""The runnable examples (examples/*.py), run as a user would: as scripts."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from engagement_schema import Dataset, dumps, load
from engagement_schema.io import FORMATS
from tests.conftest import REPO_ROOT

EXAMPLES = REPO_ROOT / "examples"


def run(script: str, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(EXAMPLES / script), *args], cwd=cwd, capture_output=True, text=True, check=False
    )


@pytest.fixture
def good(seed: Dataset, tmp_path: Path) -> Path:
    path = tmp_path / "good.json"
    path.write_text(dumps(seed, "json"), encoding="utf-8")
    return path


def test_the_pipeline_step_lets_valid_records_through(good: Path, tmp_path: Path) -> None:
    done = run("validate_pipeline.py", str(good), cwd=tmp_path)
    assert (done.returncode, done.stdout, done.stderr) == (0, f"{good}: valid (56 records)\n", "")


def test_the_pipeline_step_stops_on_invalid_records_naming_each_place(good: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("people:\n- id: votel\n  name: Joseph Votel\n  country: USA\n", encoding="utf-8")
    done = run("validate_pipeline.py", str(good), str(bad), cwd=tmp_path)
    assert done.returncode == 1
    assert done.stdout == f"{good}: valid (56 records)\n"
    assert done.stderr.startswith(f"{bad}:4:12: people.0.country: ")


@pytest.mark.parametrize("args", [[], ["records.txt"]])
def test_the_pipeline_step_exits_2_when_called_wrongly(args: list[str], tmp_path: Path) -> None:
    done = run("validate_pipeline.py", *args, cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr
    assert "Traceback" not in done.stderr


def test_the_pipeline_demo_shows_a_good_and_two_bad_inputs(tmp_path: Path) -> None:
    done = run("validate_pipeline.py", "--demo", cwd=tmp_path)
    assert done.returncode == 0
    assert done.stdout.count("exit status 0: the pipeline goes on") == 1
    assert done.stdout.count("exit status 1: the pipeline stops") == 2
    assert "engagements.1.start: 2018-02-30 is not a calendar date" in done.stderr
    assert "occupancies.0.person: 'sheralli-mirzo' should be the id of a person" in done.stderr


def test_convert_formats_writes_every_format_and_reads_each_back(seed: Dataset, tmp_path: Path) -> None:
    done = run("convert_formats.py", "--out", "out", cwd=tmp_path)
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.count("read back equal") == len(FORMATS)
    assert done.stdout.rstrip().endswith("JSON -> YAML -> JSON: byte-identical")
    written = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert written == sorted(f"seed{spec.suffixes[0]}" for spec in FORMATS.values())
    assert load(tmp_path / "out" / "seed.yaml") == seed


def test_convert_formats_converts_a_given_file(good: Path, tmp_path: Path) -> None:
    done = run("convert_formats.py", str(good), "--out", str(tmp_path / "out"), cwd=tmp_path)
    assert done.returncode == 0
    assert (tmp_path / "out" / "good.yaml").read_text(encoding="utf-8") == dumps(load(good), "yaml")
