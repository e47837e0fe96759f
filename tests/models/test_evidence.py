"""Evidence and derivations (models/evidence.py): spans, quotes, derived fields."""

from __future__ import annotations

import pytest

from engagement_schema import Derivation, Evidence
from tests.checks import problems


def test_a_span_is_a_python_slice_counted_in_code_points() -> None:
    text = "flag 🇹🇯 here"
    evidence = Evidence(source="s", start=5, end=7, quote="🇹🇯")
    assert text[evidence.start : evidence.end] == evidence.quote


@pytest.mark.parametrize(("start", "end"), [(0, 4), (0, 6), (3, 3), (5, 0)])
def test_the_span_must_be_as_long_as_the_quote(start: int, end: int) -> None:
    (found,) = problems(Evidence, {"source": "s", "start": start, "end": end, "quote": "Votel"})
    assert "is 5" in found or "quote is 5" in found


def test_an_empty_quote_is_rejected() -> None:
    assert [p.split(":")[0] for p in problems(Evidence, {"source": "s", "start": 0, "end": 0, "quote": ""})] == [
        "quote"
    ]


def test_a_quote_may_be_white_space_or_hold_newlines() -> None:
    assert Evidence(source="s", start=3, end=5, quote=".\n").quote == ".\n"


def test_evidence_needs_source_start_end_and_quote() -> None:
    assert sorted(p.split(":")[0] for p in problems(Evidence, {})) == ["end", "quote", "source", "start"]


@pytest.mark.parametrize("field", ["start", "contained_in", "sha256", "part_of"])
def test_a_derivation_names_any_field(field: str) -> None:
    # Regression for sha256: the field pattern refused digits.
    assert Derivation(field=field, method="Computed from the text.").field == field


@pytest.mark.parametrize("field", ["Start", "start date", "", "1st", "start\n", "_private"])
def test_a_derivation_field_is_a_snake_case_name(field: str) -> None:
    assert problems(Derivation, {"field": field, "method": "m"})[0].startswith("field:")


def test_a_derivation_says_how_in_words() -> None:
    assert problems(Derivation, {"field": "start", "method": "  "})[0].startswith("method:")


def test_a_derivation_keeps_the_evidence_it_was_derived_from() -> None:
    spans = [
        {"source": "s", "start": 10, "end": 16, "quote": "May 11"},
        {"source": "s", "start": 0, "end": 4, "quote": "1992"},
    ]
    derivation = Derivation(field="start", method="1992 + 26 = 2018", evidence=spans)
    assert [e.quote for e in derivation.evidence] == ["1992", "May 11"]
