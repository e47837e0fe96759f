"""Generated artefacts (artefacts.py): the committed files are what the code generates."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from engagement_schema import artefacts


@pytest.fixture
def copy(repo_root: Path, tmp_path: Path) -> Path:
    """A copy of every committed artefact, in a directory of its own."""
    root = tmp_path / "checkout"
    for path in artefacts.ARTEFACTS:
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(repo_root / path, root / path)
    return root


def test_committed_artefacts_equal_the_generated_ones(repo_root: Path) -> None:
    assert artefacts.check(repo_root) == []


def test_the_committed_schema_and_seed_are_among_the_artefacts() -> None:
    assert {"schemas/dataset.schema.json", "examples/votel-tajikistan-2018.json"} <= set(artefacts.ARTEFACTS)


def test_a_modified_or_missing_artefact_is_detected_and_rewritten(copy: Path) -> None:
    assert artefacts.check(copy) == []
    schema = copy / "schemas" / "dataset.schema.json"
    schema.write_text(schema.read_text(encoding="utf-8").replace('"Person"', '"Persona"', 1), encoding="utf-8")
    (copy / "examples" / "votel-tajikistan-2018.json").unlink()
    drifted = ["schemas/dataset.schema.json", "examples/votel-tajikistan-2018.json"]
    assert artefacts.check(copy) == drifted
    assert artefacts.write(copy) == drifted
    assert artefacts.check(copy) == []


def test_the_check_command_exits_1_and_names_the_drifted_file(copy: Path) -> None:
    seed = copy / "examples" / "votel-tajikistan-2018.json"
    seed.write_text(seed.read_text(encoding="utf-8") + " ", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "engagement_schema.artefacts", "--check"],
        cwd=copy,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    assert done.stdout.startswith("examples/votel-tajikistan-2018.json: differs from what the code generates")
    assert done.stderr == ""
