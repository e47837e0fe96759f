"""The same report gives the same bytes in every process, whatever Python's hash seed.

Sets and dicts of strings iterate in an order that changes with `PYTHONHASHSEED`; output
that leaned on it would differ between two runs of the same pipeline, which a test inside
one process cannot see.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent
ROOT = HERE.parents[1]

_DIGESTS = """
import hashlib, sys
from pathlib import Path
import yaml
from engagement_schema import dumps
from engagement_schema.extraction import extract
for path in sys.argv[1:]:
    gold = Path(path).with_suffix(".expected.yaml")
    published = str(yaml.safe_load(gold.read_text("utf-8"))["published"]) if gold.exists() else None
    text = Path(path).read_text("utf-8")
    print(path, hashlib.sha256(dumps(extract(text, published=published), "json").encode()).hexdigest())
"""


def _start(seed: str, paths: list[str]) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    command = [sys.executable, "-c", _DIGESTS, *paths]
    return subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_every_corpus_report_extracts_to_the_same_bytes_under_two_hash_seeds() -> None:
    paths = sorted(str(p) for corpus in ("reports", "heldout", "fresh") for p in (HERE / corpus).glob("*.txt"))
    runs = [_start(seed, paths) for seed in ("1", "2")]  # side by side: two cores, half the wait
    (first, failed), (second, _) = (run.communicate(timeout=300) for run in runs)
    assert all(run.returncode == 0 for run in runs), failed
    assert first.count("\n") == len(paths)
    assert second == first
