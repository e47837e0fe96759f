"""Attributions: which source each claim rests on."""

from __future__ import annotations

from engagement_schema.extraction import extract
from tests.extraction.helpers import name_of


def _claims(dataset, attribution) -> set[str]:  # type: ignore[no-untyped-def]
    return {getattr(dataset.get(c), "kind", None) or dataset.get(c).act for c in attribution.claims}


def test_according_to_covers_its_sentence_and_the_paragraph_before_it() -> None:
    dataset = extract(
        "General Joseph Votel visited Tajikistan. He met President Emomali Rahmon in Dushanbe, according to the "
        "U.S. Embassy.\n\nHe also stressed border security."
    )
    [attribution] = dataset.attributions
    assert name_of(dataset, attribution.agent or "") == "U.S. Embassy"
    assert _claims(dataset, attribution) == {"visit", "meeting"}


def test_a_website_that_reports_is_a_cited_work_of_its_office_and_covers_what_is_reported() -> None:
    dataset = extract(
        "The Tajik president's official website reports that President Emomali Rahmon received General "
        "Joseph Votel on May 11.\n\nThe two sides reportedly discussed security cooperation.\n\nRahmon and "
        "Votel exchanged views on regional issues, the president's website said.",
        published="2018-05-14",
    )
    [attribution] = dataset.attributions
    work = dataset.get(attribution.cited_source or "")
    assert work.title == "Official website of the President of Tajikistan"  # type: ignore[attr-defined]
    assert name_of(dataset, attribution.agent or "") == "Office of the President of Tajikistan"
    assert _claims(dataset, attribution) == {"reception", "discussed", "exchanged-views"}
    assert [e.quote for e in attribution.evidence] == [
        "The Tajik president's official website reports that",
        "the president's website said",
    ]


def test_according_to_a_press_service_credits_its_institution() -> None:
    dataset = extract(
        "Delegations from Kazakhstan and Afghanistan attended the conference in Tashkent, according to the "
        "press service of the Ministry of Defense of Uzbekistan."
    )
    [attribution] = dataset.attributions
    assert name_of(dataset, attribution.agent or "") == "Ministry of Defense"


def test_a_person_who_said_that_credits_what_follows() -> None:
    dataset = extract("Ambassador Hiroshi Tanaka said that Japan had provided $2.3 million to Tajikistan for health.")
    [attribution] = dataset.attributions
    assert name_of(dataset, attribution.agent or "") == "Hiroshi Tanaka"


def test_a_source_with_nothing_to_support_is_left_out() -> None:
    assert extract("Colonel Almaz Sadykov said the weather was fine.").attributions == ()
