"""Our own reports of the genre, each with a hand-checked record of its facts.

Every report covers forms of the genre (see `reports/`): visits, receptions, calls,
credentials, handovers, delegations, aid in several currencies, ceremonial styles,
people who took no part, posts before and after names, dates as "15.06.2016", "on
Tuesday" and "today". The extraction must equal the record but for the differences the
record itself lists and explains (`known_differences`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from engagement_schema.extraction import extract
from engagement_schema.extraction.evaluation import evaluate, facts_from_data
from engagement_schema.formats import yaml as yaml_format
from tests.extraction.helpers import spans_slice

REPORTS = Path(__file__).parent / "reports"
NAMES = sorted(p.stem for p in REPORTS.glob("*.txt"))


def _expected(name: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml_format.parse((REPORTS / f"{name}.expected.yaml").read_text(encoding="utf-8"))
    return data


def test_there_are_enough_reports_each_with_its_record() -> None:
    assert len(NAMES) >= 15
    assert all((REPORTS / f"{name}.expected.yaml").exists() for name in NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_report_extraction_equals_its_hand_checked_record(name: str) -> None:
    text = (REPORTS / f"{name}.txt").read_text(encoding="utf-8")
    expected = _expected(name)
    dataset = extract(text, published=expected.get("published"))
    differences = evaluate(facts_from_data(expected), dataset).differences()
    assert differences == expected.get("known_differences", []), "\n".join(differences)
    spans_slice(dataset, text)
