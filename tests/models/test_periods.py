"""Periods (models/periods.py): no period ends before it starts, and no engagement is
dated years after the reports that cite it; partial dates cover every day they name."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from engagement_schema import validate_data
from engagement_schema.models import AidProgram, Engagement, Occupancy
from engagement_schema.models.base import Node
from engagement_schema.models.periods import earliest, latest
from tests.checks import dataset_problems, problems

RECORDS: dict[type[Node], dict[str, Any]] = {
    Occupancy: {"id": "o", "person": "p", "post": "q"},
    Engagement: {"id": "e", "kind": "visit"},
    AidProgram: {"id": "a", "donor": "us", "recipient": "tj"},
}


@pytest.mark.parametrize(
    ("date", "first", "last"),
    [
        ("2018", dt.date(2018, 1, 1), dt.date(2018, 12, 31)),
        ("2018-05", dt.date(2018, 5, 1), dt.date(2018, 5, 31)),
        ("2020-02", dt.date(2020, 2, 1), dt.date(2020, 2, 29)),
        ("2018-05-11", dt.date(2018, 5, 11), dt.date(2018, 5, 11)),
    ],
)
def test_a_partial_date_covers_every_day_it_names(date: str, first: dt.date, last: dt.date) -> None:
    assert (earliest(date), latest(date)) == (first, last)


@pytest.mark.parametrize("model", RECORDS, ids=lambda m: m.__name__)
@pytest.mark.parametrize(("start", "end"), [("2018-05-11", "2018-05-10"), ("2018-05-11", "2017"), ("2018", "2017-12")])
def test_a_period_that_ends_before_it_starts_is_refused_at_its_end(model: type[Node], start: str, end: str) -> None:
    found = problems(model, {**RECORDS[model], "start": start, "end": end})
    assert found == [f"end: the period ends ({end}) before it starts ({start})"]


@pytest.mark.parametrize("model", RECORDS, ids=lambda m: m.__name__)
@pytest.mark.parametrize(("start", "end"), [("2018-05-11", "2018-05"), ("2018-05", "2018-05-01"), ("2018", "2018")])
def test_an_end_that_may_fall_on_or_after_the_start_is_in_order(model: type[Node], start: str, end: str) -> None:
    record = model.model_validate({**RECORDS[model], "start": start, "end": end})
    assert (record.start, record.end) == (start, end)  # type: ignore[attr-defined]


def _reported(start: str, *published: str | None) -> dict[str, Any]:
    """A dataset with one engagement starting at `start`, cited by a source per date."""
    text = "General Votel visited Dushanbe."
    sources = [{"id": f"s{i}", "text": text} | ({"published": p} if p else {}) for i, p in enumerate(published)]
    evidence = [{"source": s["id"], "start": 0, "end": 7, "quote": "General"} for s in sources]
    return {"sources": sources, "engagements": [{"id": "e", "kind": "visit", "start": start, "evidence": evidence}]}


@pytest.mark.parametrize(
    ("start", "published"),
    [
        ("2018-05-21", ("2018-05-14",)),
        ("2019-05-14", ("2018-05-14",)),
        ("2019-12", ("2018",)),
        ("2024", ("2018", "2023")),
    ],
    ids=["next-week", "a-year-ahead", "within-a-year-of-a-year", "by-the-latest-source"],
)
def test_an_engagement_announced_up_to_a_year_ahead_is_valid(start: str, published: tuple[str, ...]) -> None:
    assert validate_data(_reported(start, *published)).engagements[0].start == start


def test_an_engagement_starting_more_than_a_year_after_every_report_citing_it_is_refused() -> None:
    [problem] = dataset_problems(_reported("2081-05-11", "2018-05-14", "2018"))
    assert problem.dotted == "engagements.0.start"
    published = "more than a year after its latest source was published (2018);"
    assert problem.message.startswith(f"starts 2081-05-11, {published}")


@pytest.mark.parametrize("published", [(None,), ("2018", None), ("9999",)], ids=["no-date", "one-undated", "year-9999"])
def test_a_report_without_a_date_or_dated_9999_bounds_nothing(published: tuple[str | None, ...]) -> None:
    assert validate_data(_reported("9999-12-31", *published)).engagements[0].start == "9999-12-31"
