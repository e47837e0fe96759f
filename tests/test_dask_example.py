"""The Dask example (examples/dask_export.py): the per-record job over partitioned JSON Lines.

Run on Dask's local schedulers, in this process and in worker processes: the partitions'
N-Triples concatenate into one valid graph with no subject defined by two partitions, each
partition is what `engagement-schema convert` writes for it, and a bad record fails the
export with `InvalidRecord`, across the process boundary too.
"""

from __future__ import annotations

import pickle
import sys
from pathlib import Path
from typing import Any

import pyoxigraph
import pytest

from engagement_schema.cli import main
from engagement_schema.errors import InvalidRecord, Problem

pytest.importorskip("dask.bag")

REPO_ROOT = Path(__file__).resolve().parents[1]
SCHEDULERS = ["synchronous", "processes"]


def _import(folder: str, name: str) -> Any:
    # On path, not loaded from a file: the process scheduler's workers import it by name.
    if str(REPO_ROOT / folder) not in sys.path:
        sys.path.insert(0, str(REPO_ROOT / folder))
    return __import__(name)


dask_export = _import("examples", "dask_export")
synthetic = _import("benchmarks", "synthetic")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Nine meetings in three JSON Lines partitions (one with a blank line), and all of them in one file."""
    folder = tmp_path_factory.mktemp("corpus")
    lines = list(synthetic.engagement_lines(9))
    for part in range(3):
        chunk = lines[3 * part : 3 * part + 3]
        if part == 1:
            chunk.insert(1, "")
        (folder / f"part-{part}.jsonl").write_text("".join(f"{line}\n" for line in chunk), encoding="utf-8")
    (folder / "all.jsonl.txt").write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
    return folder


def converted(path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """What `engagement-schema convert PATH --to ntriples` prints."""
    assert main(["convert", str(path), "--format", "jsonl", "--to", "ntriples"]) == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("scheduler", SCHEDULERS)
def test_partitions_concatenate_into_one_graph_without_id_collisions(
    corpus: Path, tmp_path: Path, scheduler: str, capsys: pytest.CaptureFixture[str]
) -> None:
    files = dask_export.export(str(corpus / "part-*.jsonl"), tmp_path, scheduler=scheduler)
    assert [f.name for f in files] == ["part-0.nt", "part-1.nt", "part-2.nt"]

    subjects: list[set[str]] = []
    for file in files:
        triples = list(pyoxigraph.parse(file.read_bytes(), format=pyoxigraph.RdfFormat.N_TRIPLES))
        assert triples
        subjects.append({str(t.subject) for t in triples})
    for i, mine in enumerate(subjects):
        for theirs in subjects[i + 1 :]:
            assert mine.isdisjoint(theirs)

    whole = b"".join(f.read_bytes() for f in files)
    graph = list(pyoxigraph.parse(whole, format=pyoxigraph.RdfFormat.N_TRIPLES))
    assert len(graph) == len(set(graph)) == sum(1 for line in whole.splitlines() if line.strip())
    # The concatenation is exactly the bulk export of the whole corpus at once.
    assert whole.decode("utf-8") == converted(corpus / "all.jsonl.txt", capsys)


@pytest.mark.parametrize("scheduler", SCHEDULERS)
def test_each_partition_is_what_convert_writes_for_it(
    corpus: Path, tmp_path: Path, scheduler: str, capsys: pytest.CaptureFixture[str]
) -> None:
    files = dask_export.export(str(corpus / "part-*.jsonl"), tmp_path, scheduler=scheduler)
    for part, file in enumerate(files):
        assert file.read_text(encoding="utf-8") == converted(corpus / f"part-{part}.jsonl", capsys)


@pytest.mark.parametrize("scheduler", SCHEDULERS)
def test_a_bad_record_fails_the_export_with_invalid_record(corpus: Path, tmp_path: Path, scheduler: str) -> None:
    # Regression: under the process scheduler the error came back as a TypeError, because
    # InvalidRecord could not be rebuilt from its pickle.
    bad = tmp_path / "bad"
    bad.mkdir()
    for part in corpus.glob("part-*.jsonl"):
        (bad / part.name).write_bytes(part.read_bytes())
    record = '{"schema_version": "1.0", "people": [{"id": "p-x", "name": "X", "country": "XX"}]}'
    with (bad / "part-2.jsonl").open("a", encoding="utf-8") as handle:
        handle.write(record + "\n")
    with pytest.raises(InvalidRecord) as caught:
        dask_export.export(str(bad / "part-*.jsonl"), tmp_path / "out", scheduler=scheduler)
    # The process scheduler re-raises a subclass that appends the worker's traceback to the message.
    assert caught.value.source == "<partition>"
    assert caught.value.problems == (
        Problem(
            ("people", 0, "country"), "'XX' is not an ISO 3166-1 alpha-2 country code", 4, record.index('"XX"') + 1
        ),
    )


def test_convert_partition_gives_ntriples_lines_without_newlines(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = (corpus / "part-1.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
    out = dask_export.convert_partition(lines)
    assert all("\n" not in line for line in out)
    assert "".join(f"{line}\n" for line in out) == converted(corpus / "part-1.jsonl", capsys)


def test_invalid_record_survives_pickling_with_its_source_and_problems() -> None:
    error = InvalidRecord("part.jsonl", [Problem(("people", 0, "name"), "too short", 3, 14)])
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is InvalidRecord
    assert (again.source, again.problems, str(again)) == (error.source, error.problems, str(error))
