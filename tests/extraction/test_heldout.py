"""Reports the rules were not built on, held to the quality targets set for real reports.

`reports/` are the reports the rules were built against, so their scores say little
about reports no one here wrote. Two corpora of other hands, regions and services
stand in for those:

- `heldout/` is for finding misses. Its first 24 reports were scored once before any rule
  saw them (people F1 0.91, posts recall 0.77, dates 0.54, city F1 0.72, topics F1 0.73,
  aid F1 0.64), then rules were mended on their misses (0.98, 0.89, 0.83, 0.92, 0.92,
  0.92); 16 more (`hh-`, `hi-`) were first scored at F1 0.71 over all facts (engagements
  0.44, dates 0.50, city 0.65), then mended on (0.75, 0.79, 0.73, 0.84); 16 more written
  to be hard (`hj-`, `hk-`: many posts, names with particles, aid in many forms) were first
  scored at F1 0.61 (people 0.82, posts recall 0.59, dates 0.40, city 0.57, aid 0.46),
  then mended on. 16 more (`fh-`, `fi-`) were written as a second fresh corpus, blind to
  the rules, and scored once untuned at F1 0.62 over all facts (people 0.84, posts recall
  0.65, dates 0.48, city 0.57, topics 0.78, aid 0.46) before they joined this corpus;
  after mending, the 72 scored people 0.97, posts 0.84, dates 0.78, city 0.87, aid 0.70.
  20 more aimed at forms easy to get wrong (`fl-`: several engagements over days and
  cities; `fm-`: plain agency wire copy and embassy posts) were first scored at F1 0.56
  and 0.61 (people 0.89/0.93, posts recall 0.59/0.59, dates 0.38/0.59, city 0.47/0.52,
  aid 0.32/0.35), then mended on in part; 10 more (`fp-`, the everyday run of the genre)
  first scored 0.64 (people 0.95, posts 0.76, dates 0.56, city 0.64, aid 0.62); 16 more
  (`fs-`, `ft-`: regions and services not seen before, towns off the capitals) first scored
  0.56 (people 0.85, posts 0.69, dates 0.50, city 0.59, topics 0.49, aid 0.24). Two fresh
  reports (`fr-bahrain-uk-navy`, `fv-singapore-brunei-army`) moved here once readings were
  written knowing their batch writer's summary of them. 32 more (`fw-` to `fz-`) were fresh
  reports for two sessions: `fw-`, `fx-` first scored F1 0.61 over all facts (people 0.92,
  posts 0.79, dates 0.61, city 0.66, topics 0.62, aid 0.38), `fy-`, `fz-`, kept out of
  every measurement until that session's end, 0.66 (people 0.94, posts 0.76, dates 0.74,
  city 0.75, topics 0.76, aid 0.33); they joined this corpus the next session, to give
  the mends new misses to study, and a new fresh batch was written in their place.
- `fresh/` has tuned nothing: writers who never saw the rules' output wrote it, and only its
  pooled scores are ever looked at. Its first 24 reports (`fd-` to `fg-`) scored people F1
  0.91, posts recall 0.69, dates 0.70, city F1 0.74, topics F1 0.72, aid F1 0.52 when the
  session that grew the corpora began; 16 more (`fj-`, `fk-`) written midway scored people
  0.91, posts 0.68, dates 0.57, city 0.61, topics 0.75, aid 0.35; 12 more (`fn-`, `fo-`)
  written after the last mends scored people 0.96, posts 0.76, dates 0.73, city 0.62,
  topics 0.64, aid 0.30; 16 more (`fq-`, `fr-`) written in a later session, after its
  first mends, scored F1 0.63 over all facts (people 0.93, posts 0.69, dates 0.56, city
  0.61, topics 0.73, aid 0.42); 16 more (`fu-`, `fv-`) written at that session's end scored
  F1 0.60 (people 0.85, posts 0.62, dates 0.59, city 0.68, topics 0.68, aid 0.44), against
  0.54 with the code the session began with; 16 more (`ga-`, `gb-`) written blind at the
  start of the next session, in place of the 32 moved to `heldout/`, kept out of every
  measurement until its end and scored once with its final code, scored F1 0.67 over all
  facts (people 0.98, posts 0.76, dates 0.60, city 0.65, topics 0.61, aid 0.42), against
  0.65 with the code that session began with and 0.58 with the code of two sessions
  before. The honest estimate is the pool of all 98. A rule changed to pass one of its
  reports spends it: move the report to `heldout/` and write a new one here.

Each corpus's facts are pooled. A score below its floor (the figure measured when the
floor was set) fails; a score above the floor but below the target is an expected
failure that names the figure, so the shortfall stays in sight without breaking CI.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pytest

from engagement_schema.extraction import extract
from engagement_schema.extraction.evaluation import Report, evaluate_corpus, facts_from_data
from engagement_schema.formats import yaml as yaml_format
from tests.extraction.helpers import spans_slice

HERE = Path(__file__).parent
CORPORA = ("heldout", "fresh")

#: (kind, measure) -> the target for real reports; dates by accuracy (recall: one date per event).
TARGETS = {
    ("people", "f1"): 0.90,
    ("posts", "recall"): 0.80,
    ("dates", "recall"): 0.85,
    ("place", "f1"): 0.90,
    ("topics", "f1"): 0.70,
    ("aid", "f1"): 0.90,
}

#: corpus -> (kind, measure) -> the least allowed: the figure measured when it was set.
FLOORS = {
    "heldout": {  # 152 reports, the last 80 mended on only in part
        ("people", "f1"): 0.99,
        ("posts", "recall"): 0.91,
        ("dates", "recall"): 0.98,
        ("place", "f1"): 0.93,
        ("topics", "f1"): 0.83,
        ("aid", "f1"): 0.90,
    },
    "fresh": {  # 98 reports, untuned
        ("people", "f1"): 0.95,
        ("posts", "recall"): 0.82,
        ("dates", "recall"): 0.79,
        ("place", "f1"): 0.77,
        ("topics", "f1"): 0.75,
        ("aid", "f1"): 0.63,
    },
}


def _names(corpus: str) -> list[str]:
    return sorted(p.stem for p in (HERE / corpus).glob("*.txt"))


def _expected(corpus: str, name: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml_format.parse((HERE / corpus / f"{name}.expected.yaml").read_text(encoding="utf-8"))
    return data


@cache
def _report(corpus: str) -> Report:
    def pair(name: str) -> tuple[str, Any, Any]:
        expected = _expected(corpus, name)
        text = (HERE / corpus / f"{name}.txt").read_text(encoding="utf-8")
        return name, facts_from_data(expected), extract(text, published=expected.get("published"))

    scored = evaluate_corpus(pair(name) for name in _names(corpus))
    print(f"\n{corpus}: {len(_names(corpus))} reports, facts pooled:\n{scored.table()}")
    return scored


@pytest.mark.parametrize("corpus", CORPORA)
def test_each_corpus_has_enough_reports_each_with_its_record(corpus: str) -> None:
    names = _names(corpus)
    assert len(names) >= 10
    assert all(_expected(corpus, name).get("published") for name in names)


@pytest.mark.parametrize(("kind", "measure"), list(TARGETS), ids=lambda v: str(v))
@pytest.mark.parametrize("corpus", CORPORA)
def test_scores_hold_their_floor_and_reach_the_target_for_real_reports(corpus: str, kind: str, measure: str) -> None:
    report = _report(corpus)
    value = getattr(report.score(kind), measure)
    differing = [line for line in report.differences() if line.startswith(f"{kind}:")]
    assert value >= FLOORS[corpus][(kind, measure)], "\n".join([report.table(), *differing])
    if value < TARGETS[(kind, measure)]:
        pytest.xfail(f"{corpus} {kind} {measure} {value:.2f}, below the target {TARGETS[(kind, measure)]:.2f}")


@pytest.mark.parametrize(
    ("corpus", "name"), [(corpus, name) for corpus in CORPORA for name in _names(corpus)], ids=lambda v: str(v)
)
def test_every_fact_rests_on_the_words_it_quotes(corpus: str, name: str) -> None:
    text = (HERE / corpus / f"{name}.txt").read_text(encoding="utf-8")
    spans_slice(extract(text, published=_expected(corpus, name).get("published")), text)
