"""Driving a stream from lines in to text out: lookahead, ordering, errors, progress.

Without `keep_going` the first bad record stops the run with `InvalidRecord` (its line
in the message); the caller then discards what was written, so nothing half-written
survives. With it, good records are written and each bad one is reported.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TextIO

from engagement_schema.bulk.items import Item, read_items
from engagement_schema.bulk.pipeline import Outcome, run
from engagement_schema.bulk.progress import Progress
from engagement_schema.bulk.records import RecordJob, stream_header
from engagement_schema.errors import InvalidRecord

__all__ = ["Report", "process"]


@dataclass
class Report:
    """What a run did: records read, written, and the problems of those rejected."""

    records: int = 0
    written: int = 0
    rejected: list[Outcome] = field(default_factory=list)


def process(
    lines: Iterable[bytes],
    job: RecordJob,
    *,
    sink: TextIO | None = None,
    jobs: int = 1,
    keep_going: bool = False,
    progress: Progress | None = None,
    on_reject: Callable[[Outcome], None] | None = None,
) -> Report:
    """Run `job` over every record of the UTF-8 `lines`, writing outputs to `sink` in input order."""
    counter = _Lines(lines)
    items, single = _lookahead(read_items(counter, job.in_format))
    job = RecordJob(job.source, job.in_format, job.out_format, job.base, job.ignore_unknown, single=single)
    report = Report()
    if sink is not None and job.out_format is not None:
        sink.write(stream_header(job.out_format, job.base, single))
    for outcome in run(items, job, jobs=jobs):
        report.records += 1
        if outcome.output is None:
            if not keep_going:
                raise InvalidRecord(job.source, outcome.problems)
            report.rejected.append(outcome)
            if on_reject is not None:
                if progress is not None:
                    progress.clear()
                on_reject(outcome)
        else:
            report.written += 1
            if sink is not None:
                sink.write(outcome.output)
        if progress is not None:
            progress.update(report.records, counter.bytes_read)
    if progress is not None:
        progress.finish()
    return report


def _lookahead(items: Iterator[Item]) -> tuple[Iterator[Item], bool]:
    """The items again, and whether there is exactly one of them."""
    first_two = list(itertools.islice(items, 2))
    return itertools.chain(first_two, items), len(first_two) == 1


class _Lines:
    """Decodes lines one at a time, counting bytes for progress. A byte that is not UTF-8
    is kept as a lone surrogate, so the record holding it is the one reported (at the
    byte's own line and column, by `RecordJob`) and `keep_going` can skip just that record."""

    def __init__(self, lines: Iterable[bytes]) -> None:
        self.lines = iter(lines)
        self.bytes_read = 0
        self.line = 0

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        raw = next(self.lines)
        self.line += 1
        self.bytes_read += len(raw)
        text = raw.decode("utf-8", "surrogateescape")
        return text.removeprefix("\ufeff") if self.line == 1 else text
