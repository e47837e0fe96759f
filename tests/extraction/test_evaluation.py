"""Evaluation: datasets compared by their facts, independent of ids, per kind."""

from __future__ import annotations

from pathlib import Path

import pytest

from engagement_schema import Dataset, InvalidRecord, dump
from engagement_schema.extraction import extract
from engagement_schema.extraction.evaluation import Score, differences, evaluate, facts, facts_from_data, read_facts

_TEXT = (
    "President Emomali Rahmon received General Joseph Votel, Commander of U.S. Central Command, in Dushanbe "
    "on May 11. The two sides discussed border security."
)


@pytest.fixture(scope="module")
def extracted() -> Dataset:
    return extract(_TEXT, published="2018-05-14")


def test_a_dataset_scores_perfectly_against_itself(seed: Dataset) -> None:
    report = evaluate(seed, seed)
    assert (report.total.precision, report.total.recall, report.total.f1) == (1.0, 1.0, 1.0)
    assert report.differences() == []


def test_precision_recall_and_f1() -> None:
    score = Score("people", matched=3, predicted=4, expected=6)
    assert (score.precision, score.recall) == (0.75, 0.5)
    assert score.f1 == pytest.approx(0.6)
    assert Score("aid", 0, 0, 0).f1 == 1.0


def test_the_compact_form_scores_the_same_facts_as_a_dataset(extracted: Dataset) -> None:
    compact = {
        "people": [
            {"name": "Emomali Rahmon", "honorific": "President", "posts": ["President"]},
            {
                "name": "Joseph Votel",
                "rank": "general",
                "country": "US",
                "posts": ["Commander of U.S. Central Command"],
            },
        ],
        "organizations": [
            {"name": "Office of the President"},
            {"name": "U.S. Central Command", "country": "US"},
        ],
        "places": [{"name": "Dushanbe", "kind": "city"}, {"name": "United States", "kind": "country"}],
        "engagements": [
            {
                "kind": "reception",
                "start": "2018-05-11",
                "place": "Dushanbe",
                "participants": {"Emomali Rahmon": "host", "Joseph Votel": "visitor"},
            }
        ],
        "topics": ["border-security"],
        "statements": [
            {"act": "discussed", "actors": ["Emomali Rahmon", "Joseph Votel"], "topics": ["border-security"]}
        ],
    }
    assert evaluate(facts_from_data(compact), extracted).differences() == []


def test_differences_name_each_missing_and_extra_fact(extracted: Dataset) -> None:
    expected = {"people": [{"name": "Emomali Rahmon"}, {"name": "Sherali Mirzo"}]}
    lines = differences(facts_from_data(expected), extracted, kinds=["people"])
    assert lines == ["people: missing (sherali mirzo)", "people: extra (joseph votel)"]


def test_names_compare_without_case_accents_or_curly_apostrophes() -> None:
    a = facts_from_data({"people": [{"name": "Tolib Qahhor\u2019ov"}]})
    b = facts_from_data({"people": [{"name": "TOLIB QAHHOR'OV"}]})
    assert a["people"] == b["people"]
    c = facts_from_data({"people": [{"name": "Sébastien Lecornu"}]})
    d = facts_from_data({"people": [{"name": "Sebastien Lecornu"}]})
    assert c["people"] == d["people"]


def test_places_compare_by_the_gazetteer_whichever_of_their_names_is_written() -> None:
    text = "Minister Lan Pham received Minister Kenji Sato in Ha Noi on 6 May. Japan will give Viet Nam $5 million."
    gold = facts_from_data(
        {
            "places": [{"name": "Vietnam", "kind": "country"}, {"name": "Hanoi", "kind": "city"}],
            "engagements": [
                {"kind": "reception", "place": "Hanoi", "participants": {"Lan Pham": "host", "Kenji Sato": "visitor"}}
            ],
            "aid": [{"donor": "Japan", "recipient": "Vietnam", "value": "5000000", "currency": "USD"}],
        }
    )
    found = facts(extract(text, published="2024-05-10"))
    for kind in ("place", "aid"):
        assert found[kind] == gold[kind]
    assert {("vietnam", "country"), ("hanoi", "city")} <= found["places"]


def test_amounts_compare_as_decimals_whatever_their_writing() -> None:
    a = facts_from_data({"aid": [{"donor": "Japan", "recipient": "Tajikistan", "value": "1.5E+6", "currency": "EUR"}]})
    b = facts_from_data({"aid": [{"donor": "Japan", "recipient": "Tajikistan", "value": 1500000, "currency": "EUR"}]})
    assert a["aid"] == b["aid"]


def test_read_facts_takes_a_dataset_file_or_the_compact_form(tmp_path: Path, extracted: Dataset) -> None:
    dataset_file = tmp_path / "extracted.json"
    dump(extracted, dataset_file)
    compact_file = tmp_path / "expected.yaml"
    compact_file.write_text("people:\n  - {name: Emomali Rahmon}\n", encoding="utf-8")
    assert read_facts(dataset_file) == facts(extracted)
    assert read_facts(compact_file)["people"] == frozenset({("emomali rahmon",)})


def test_a_malformed_compact_file_is_an_invalid_record(tmp_path: Path) -> None:
    path = tmp_path / "expected.yaml"
    path.write_text("people:\n  - {rank: general}\n", encoding="utf-8")
    with pytest.raises(InvalidRecord, match="not a facts file"):
        read_facts(path)


def test_the_table_has_a_row_per_kind_and_a_total(seed: Dataset) -> None:
    table = evaluate(seed, seed).table().splitlines()
    assert table[0].split() == ["kind", "expected", "found", "right", "precision", "recall", "F1"]
    assert [row.split()[0] for row in table[1:]] == [*[s.kind for s in evaluate(seed, seed).scores], "all"]
