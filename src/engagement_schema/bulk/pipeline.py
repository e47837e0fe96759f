"""Running a record job over a stream: in order, bounded in memory, in parallel if asked.

With `jobs` > 1, batches of records go to worker processes; at most a few batches per
worker are in flight, so memory stays flat however long the input, and results are
written in input order, so the output is the same bytes as with one job.
"""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass

from engagement_schema.bulk.items import Item
from engagement_schema.errors import Problem

__all__ = ["Outcome", "run"]

BATCH = 64
IN_FLIGHT_PER_JOB = 3

Job = Callable[[Item], "str | list[Problem]"]


@dataclass(frozen=True)
class Outcome:
    """A record's result: its output text, or the problems that kept it out."""

    index: int
    line: int
    output: str | None
    problems: tuple[Problem, ...] = ()


def run(items: Iterable[Item], job: Job, *, jobs: int = 1) -> Iterator[Outcome]:
    """Each record's outcome, in input order."""
    batches = _batches(items)
    if jobs <= 1:
        for batch in batches:
            yield from _work(job, batch)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        pending: deque[Future[list[Outcome]]] = deque()
        for batch in batches:
            pending.append(pool.submit(_work, job, batch))
            if len(pending) >= jobs * IN_FLIGHT_PER_JOB:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def _batches(items: Iterable[Item]) -> Iterator[list[Item]]:
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, BATCH)):
        yield batch


def _work(job: Job, batch: list[Item]) -> list[Outcome]:
    outcomes = []
    for item in batch:
        result = job(item)
        if isinstance(result, str):
            outcomes.append(Outcome(item.index, item.line, result))
        else:
            outcomes.append(Outcome(item.index, item.line, None, tuple(result)))
    return outcomes
