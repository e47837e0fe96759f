"""Periods: when an occupancy, an engagement or an aid program began and ended.

A partial date stands for every day it covers ("2018-05" is 1 to 31 May), so a period
is reversed only when its end is certainly before its start: an end of "2018-05" with
a start of "2018-05-11" may well be right, an end of "2017" with that start cannot.

Dates after the report are allowed: reports announce visits and pledge aid for years to
come, and no date is checked against the day it is validated on, so a record valid today
is valid tomorrow. But news announces a visit weeks ahead, not years, so an engagement
that starts more than a year after every report its evidence cites was published is
refused: such a start is almost always a mistyped year (2081 for 2018).
"""

from __future__ import annotations

import datetime as dt
from calendar import monthrange

from pydantic import ValidationInfo

__all__ = ["ANNOUNCED_AHEAD", "earliest", "end_not_before_start", "latest", "too_far_ahead"]

#: How long before it an engagement may be reported: a year, leap day included.
ANNOUNCED_AHEAD = dt.timedelta(days=366)


def earliest(date: str) -> dt.date:
    """The first day a valid partial date covers ("2018-05" → 1 May 2018)."""
    year, month, day = ([int(p) for p in date.split("-")] + [1, 1])[:3]
    return dt.date(year, month, day)


def latest(date: str) -> dt.date:
    """The last day a valid partial date covers ("2018-05" → 31 May 2018)."""
    parts = [int(p) for p in date.split("-")]
    year, month = parts[0], parts[1] if len(parts) > 1 else 12
    return dt.date(year, month, parts[2] if len(parts) > 2 else monthrange(year, month)[1])


def end_not_before_start(end: str | None, info: ValidationInfo) -> str | None:
    """A field validator for `end`: a period may not end before it starts."""
    start = info.data.get("start")
    if end is not None and start is not None and latest(end) < earliest(start):
        raise ValueError(f"the period ends ({end}) before it starts ({start})")
    return end


def too_far_ahead(start: str, published: list[str]) -> bool:
    """Whether `start` is more than a year after the latest of these publication dates."""
    try:
        bound = max(latest(p) for p in published) + ANNOUNCED_AHEAD
    except OverflowError:  # published in 9999: nothing can be later
        return False
    return earliest(start) > bound
