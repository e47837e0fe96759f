"""Running a job over a stream (bulk/pipeline.py): in input order, bounded in memory, in parallel."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from engagement_schema.bulk import Item, Outcome, pipeline, run
from engagement_schema.errors import Problem


def _echo(item: Item) -> str | list[Problem]:
    """A picklable job: the record's text with its number, or a problem if it says "bad"."""
    if item.text.startswith("bad"):
        return [Problem(("id",), "a bad record", 1, 2)]
    return f"{item.index}:{item.text}"


def _items(texts: list[str]) -> list[Item]:
    return [Item(n, 2 * n + 1, text) for n, text in enumerate(texts)]


def _expected(texts: list[str]) -> list[Outcome]:
    return [
        Outcome(n, 2 * n + 1, None, (Problem(("id",), "a bad record", 1, 2),))
        if text.startswith("bad")
        else Outcome(n, 2 * n + 1, f"{n}:{text}")
        for n, text in enumerate(texts)
    ]


class Counting:
    """A long input that counts how many records the pipeline has taken from it (long, not
    endless, so a pipeline that read it all would fail the test rather than hang it)."""

    def __init__(self, length: int = 20_000) -> None:
        self.length = length
        self.taken = 0

    def __iter__(self) -> Iterator[Item]:
        for n in range(self.length):
            self.taken += 1
            yield Item(n, n + 1, f"r{n}")


@pytest.mark.parametrize("jobs", [1, 2])
def test_outcomes_carry_each_records_number_line_and_output_or_problems(jobs: int) -> None:
    texts = ["a", "bad one", "c", "bad two", "e"]
    assert list(run(_items(texts), _echo, jobs=jobs)) == _expected(texts)


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_empty_input_gives_no_outcomes(jobs: int) -> None:
    assert list(run([], _echo, jobs=jobs)) == []


@settings(max_examples=25)
@given(
    texts=st.lists(st.sampled_from(["ok", "fine", "bad"]), max_size=120),
    batch=st.integers(1, 9),
    jobs=st.integers(2, 3),
)
def test_parallel_outcomes_come_out_in_input_order_across_batch_boundaries(
    texts: list[str], batch: int, jobs: int
) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pipeline, "BATCH", batch)
        parallel = list(run(_items(texts), _echo, jobs=jobs))
        serial = list(run(_items(texts), _echo, jobs=1))
    assert parallel == serial == _expected(texts)


@pytest.mark.parametrize("jobs", [1, 2, 3])
def test_no_more_than_jobs_times_in_flight_batches_are_read_ahead(monkeypatch: pytest.MonkeyPatch, jobs: int) -> None:
    monkeypatch.setattr(pipeline, "BATCH", 4)
    bound = jobs * pipeline.IN_FLIGHT_PER_JOB * pipeline.BATCH if jobs > 1 else pipeline.BATCH
    source = Counting()
    ahead = []
    for given_out, outcome in enumerate(itertools.islice(run(source, _echo, jobs=jobs), 200)):
        assert outcome.index == given_out
        ahead.append(source.taken - given_out)
    assert max(ahead) <= bound
    # The long input was read only as far as the outcomes taken, plus the bound.
    assert source.taken <= 200 + bound
    if jobs > 1:
        assert max(ahead) > pipeline.BATCH  # several batches are in flight: the workers share the work


def test_the_bound_is_in_batches_so_bigger_batches_read_further_ahead(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "BATCH", 10)
    source = Counting()
    first = next(run(source, _echo, jobs=2))
    assert first.index == 0
    assert 10 < source.taken <= 2 * pipeline.IN_FLIGHT_PER_JOB * 10
