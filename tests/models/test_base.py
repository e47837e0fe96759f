"""`Node` (models/base.py): closed, immutable, canonically ordered; `content_id`."""

from __future__ import annotations

import re

import pytest
from pydantic import ValidationError

from engagement_schema import Engagement, Person
from engagement_schema.models.base import content_id
from tests.checks import problems


def test_set_like_lists_are_kept_in_canonical_order() -> None:
    engagement = Engagement(
        id="e",
        kind="visit",
        topics=["sovereignty", "border-security"],
        participants=[{"agent": "votel", "role": "visitor"}, {"agent": "rahmon", "role": "host", "posts": ["z", "a"]}],
        evidence=[
            {"source": "s", "start": 5, "end": 6, "quote": "b"},
            {"source": "s", "start": 0, "end": 1, "quote": "a"},
        ],
    )
    assert engagement.topics == ("border-security", "sovereignty")
    assert [p.agent for p in engagement.participants] == ["rahmon", "votel"]
    assert engagement.participants[0].posts == ("a", "z")
    assert [e.start for e in engagement.evidence] == [0, 5]


def test_order_given_does_not_change_equality_or_output() -> None:
    one = Person(id="p", name="P", same_as=["https://b.example/", "https://a.example/"])
    other = Person(id="p", name="P", same_as=("https://a.example/", "https://b.example/"))
    assert one == other
    assert one.model_dump_json() == other.model_dump_json()


def test_an_item_listed_twice_is_rejected_at_its_second_place_in_the_list() -> None:
    # Regression: the problem was placed at the record, not at the list's item.
    topics = ["security", "border-security", "security"]
    assert problems(Engagement, {"id": "e", "kind": "visit", "topics": topics}) == [
        "topics.2: topics lists 'security' twice"
    ]


def test_items_that_differ_only_in_the_order_of_their_own_lists_are_the_same_item() -> None:
    data = {
        "id": "e",
        "kind": "visit",
        "participants": [
            {"agent": "a", "role": "host", "posts": ["p", "q"]},
            {"agent": "a", "role": "host", "posts": ["q", "p"]},
        ],
    }
    (found,) = problems(Engagement, data)
    assert "participants lists" in found
    assert "twice" in found


def test_the_same_agent_in_two_roles_is_two_participations() -> None:
    participants = [{"agent": "a", "role": "host"}, {"agent": "a", "role": "attendee"}]
    assert len(Engagement(id="e", kind="visit", participants=participants).participants) == 2


def test_nodes_are_closed_to_unknown_fields() -> None:
    assert problems(Person, {"id": "p", "name": "P", "nmae": "typo"}) == ["nmae: Extra inputs are not permitted"]


def test_nodes_are_immutable() -> None:
    person = Person(id="p", name="P")
    with pytest.raises(ValidationError):
        person.name = "Q"  # type: ignore[misc]


def test_content_id_is_kind_and_16_hex_digits_stable_across_runs_and_machines() -> None:
    # Pinned: the same fact must get this id everywhere, forever (changing it breaks links).
    assert content_id("person", ["Joseph Votel", "US"]) == "person-f72f61f85dd356ac"
    assert re.fullmatch(r"person-[0-9a-f]{16}", content_id("person", ["x", None]))


def test_content_id_differs_by_kind_and_by_value() -> None:
    ids = {
        content_id("person", ["Votel", "US"]),
        content_id("organization", ["Votel", "US"]),
        content_id("person", ["Votel", "TJ"]),
        content_id("person", ["Votel", None]),
    }
    assert len(ids) == 4


def test_content_id_ignores_the_order_of_list_values() -> None:
    # Regression: lists are sets, but their order changed the hash.
    assert content_id("statement", [["a", "b"], {"k": ["y", "x"]}]) == content_id(
        "statement", [["b", "a"], {"k": ["x", "y"]}]
    )
