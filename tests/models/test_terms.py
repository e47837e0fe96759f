"""Vocabulary-backed field types (models/terms.py) and the shipped vocabularies."""

from __future__ import annotations

import pytest

from engagement_schema.formats.jsonschema import dataset_schema
from engagement_schema.vocabularies import event_kinds, ranks, sectors, speech_acts, topics

SEED_TOPICS = [
    "security-cooperation",
    "border-security",
    "sovereignty",
    "regional-stability",
    "afghanistan-stability",
    "counter-terrorism",
    "violent-extremism",
    "radicalization",
    "drug-trafficking",
    "cybercrime",
]


@pytest.mark.parametrize("topic", SEED_TOPICS)
def test_the_topics_vocabulary_covers_every_seed_topic(topic: str) -> None:
    assert topics().get(topic).label


def test_broader_concepts_exist_in_their_scheme() -> None:
    for scheme in (topics(), event_kinds(), speech_acts(), ranks(), sectors()):
        ids = set(scheme.ids)
        assert len(ids) == len(scheme.concepts), f"{scheme.scheme} repeats an id"
        assert {c.broader for c in scheme.concepts if c.broader} <= ids


def test_the_schema_enumerates_exactly_each_vocabulary() -> None:
    defs = dataset_schema()["$defs"]
    assert set(defs["Engagement"]["properties"]["kind"]["enum"]) == set(event_kinds().ids)
    assert set(defs["Statement"]["properties"]["act"]["enum"]) == set(speech_acts().ids)
    assert set(defs["Statement"]["properties"]["topics"]["items"]["enum"]) == set(topics().ids)
    assert set(defs["AidProgram"]["properties"]["sectors"]["items"]["enum"]) == set(sectors().ids)


def test_an_unknown_concept_lookup_names_the_scheme() -> None:
    with pytest.raises(KeyError, match="topics"):
        topics().get("golf")
