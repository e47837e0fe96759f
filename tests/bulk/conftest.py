"""Fixtures of the streaming tests: seeded synthetic meetings, one valid dataset per JSON line.

The records come from `benchmarks/synthetic.py`, the generator the benchmark measures, so
the tests stream the same shape of record (sources, people, posts, statements with
evidence, an aid program) that the targets were set on.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


def synthetic() -> Any:
    """The benchmark's `synthetic` module, imported from `benchmarks/`."""
    if str(BENCHMARKS) not in sys.path:
        sys.path.insert(0, str(BENCHMARKS))
    import synthetic

    return synthetic


@pytest.fixture(scope="session")
def meetings() -> list[str]:
    """300 valid, distinct records, one JSON line each (no newline), the same on every run."""
    return list(synthetic().engagement_lines(300))


@pytest.fixture
def write_jsonl(tmp_path: Path) -> Callable[..., Path]:
    """Writes lines (newline-terminated) to a JSON Lines file in `tmp_path`; returns its path."""

    def write(lines: Sequence[str], name: str = "records.jsonl") -> Path:
        path = tmp_path / name
        path.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8", newline="\n")
        return path

    return write
