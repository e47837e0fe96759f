"""Statements (models/statements.py): speech acts with actors, addressees and topics."""

from __future__ import annotations

from engagement_schema import Statement
from engagement_schema.vocabularies import speech_acts
from tests.checks import problems


def test_a_statement_is_actor_act_addressee_topics() -> None:
    statement = Statement(
        id="s",
        act="thanked",
        actors=["votel"],
        addressees=["government-of-tajikistan"],
        topics=["counter-terrorism", "radicalization"],
        about=["conference"],
    )
    assert speech_acts().get(statement.act).verbs
    assert (statement.actors, statement.addressees, statement.about) == (
        ("votel",),
        ("government-of-tajikistan",),
        ("conference",),
    )


def test_every_seed_speech_act_is_in_the_vocabulary() -> None:
    acts = {"discussed", "stressed", "thanked", "detailed", "pledged", "commended", "exchanged-views", "focused-on"}
    assert acts <= set(speech_acts().ids)


def test_a_statement_needs_an_act_and_actors() -> None:
    assert sorted(p.split(":")[0] for p in problems(Statement, {"id": "s"})) == ["act", "actors"]


def test_reported_is_a_boolean_defaulting_to_false() -> None:
    assert Statement(id="s", act="discussed", actors=["a"]).reported is False
    assert problems(Statement, {"id": "s", "act": "discussed", "actors": ["a"], "reported": "yes"})[0].startswith(
        "reported:"
    )
