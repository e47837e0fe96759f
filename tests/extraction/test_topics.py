"""Topics: vocabulary labels as whole words, longest first, with readings that follow the
vocabulary's structure."""

from __future__ import annotations

import pytest

from engagement_schema.extraction import extract
from engagement_schema.extraction.places import gazetteer
from engagement_schema.extraction.text import Document, Span
from engagement_schema.extraction.topics import TopicReader


def _topics(text: str, masked: list[str] = ()) -> list[str]:  # type: ignore[assignment]
    doc = Document(text)
    spans = [Span(text.index(m), text.index(m) + len(m)) for m in masked]
    reader = TopicReader(doc, spans, gazetteer().find(doc))
    return [t.topic for t in reader.read(Span(0, len(text)))]


def test_longest_label_wins_so_counter_terrorism_is_not_also_terrorism() -> None:
    assert _topics("a conference on counter terrorism and preventing radicalization") == [
        "counter-terrorism",
        "radicalization",
    ]


def test_alternative_labels_and_plurals_of_the_vocabulary() -> None:
    assert _topics("cybercrimes, drug trafficking and extremism") == [
        "cybercrime",
        "drug-trafficking",
        "violent-extremism",
    ]


def test_words_of_an_institution_name_are_not_topics() -> None:
    text = "the State Committee for National Security discussed border security"
    assert _topics(text, masked=["State Committee for National Security"]) == ["border-security"]


def test_cooperation_in_the_field_of_a_topic_is_that_cooperation() -> None:
    text = "expansion of bilateral cooperation between Tajikistan and the United States in the field of security"
    assert _topics(text) == ["bilateral-cooperation", "security-cooperation"]


def test_a_topic_of_a_region_is_the_regional_topic() -> None:
    assert _topics("the security and stability of the Central Asian states") == ["security", "regional-stability"]


def test_a_threat_named_as_what_is_countered_is_the_response() -> None:
    assert _topics("U.S. efforts to destroy terrorist strongholds") == ["counter-terrorism"]
    assert _topics("terrorist strongholds") == ["terrorism"]


def test_a_broad_topic_gives_way_to_the_examples_that_follow_it() -> None:
    assert _topics("modern challenges and threats, especially terrorism and extremism") == [
        "terrorism",
        "violent-extremism",
    ]


def test_a_process_of_another_topic_is_that_topic() -> None:
    assert _topics("the development of bilateral relations") == ["bilateral-cooperation"]
    assert _topics("the development of Central Asia") == ["development"]


def test_a_border_between_two_named_states_is_border_security() -> None:
    assert _topics("the situation on the Kyrgyz-Tajik border") == ["border-security"]


def test_acronym_labels_match_only_as_written() -> None:
    assert _topics("the SSR programme") == ["security-sector-reform"]
    assert _topics("the ssr programme") == []


def test_the_development_of_relations_is_no_development_topic() -> None:
    assert _topics("the development of relations with the United States") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("discussed counter-narcotics cooperation", ["counter-narcotics"]),
        ("discussed cooperation in energy and trade", ["energy", "trade"]),
        ("discussed cooperation in the field of education", ["education"]),
        ("discussed cooperation", []),  # bare cooperation is no topic of its own
        ("praised peace and stability in the region", ["regional-stability"]),
        ("discussed the security situation in the Middle East", ["regional-security"]),
        ("praised peace and stability on the Korean Peninsula", ["regional-stability"]),
        ("stressed the readiness of units to respond to terrorist threats", ["counter-terrorism"]),
    ],
)
def test_cooperation_on_a_topic_is_that_topic_and_a_topic_of_a_region_is_regional(
    sentence: str, expected: list[str]
) -> None:
    dataset = extract(f"President Ilham Aliyev and General John Smith {sentence}.")
    (statement,) = dataset.statements
    assert sorted(statement.topics) == expected
