"""Engagements (models/engagements.py): kinds, participants and roles, sub-events."""

from __future__ import annotations

import pytest

from engagement_schema import Engagement, Participation
from engagement_schema.vocabularies import event_kinds
from tests.checks import problems


@pytest.mark.parametrize("kind", ["visit", "meeting", "reception", "conference"])
def test_engagement_kinds_come_from_the_event_kinds_scheme_with_cameo_codes(kind: str) -> None:
    concept = event_kinds().get(Engagement(id="e", kind=kind).kind)
    assert concept.cameo.isdigit()
    assert concept.plover


def test_unknown_event_kind_is_rejected() -> None:
    assert problems(Engagement, {"id": "e", "kind": "summit-ish"}) == [
        "kind: 'summit-ish' is not a concept of the event-kinds scheme"
    ]


def test_a_participant_has_a_role_and_may_act_under_posts() -> None:
    participation = Participation(agent="votel", role="visitor", posts=["commander-centcom"])
    assert (participation.role, participation.posts) == ("visitor", ("commander-centcom",))
    assert problems(Participation, {"agent": "votel", "role": "guest"})[0].startswith("role:")


def test_a_meeting_is_part_of_a_visit() -> None:
    meeting = Engagement(id="m", kind="meeting", part_of="visit", start="2018-05")
    assert (meeting.part_of, meeting.start) == ("visit", "2018-05")


def test_topics_come_from_the_topics_scheme() -> None:
    assert problems(Engagement, {"id": "e", "kind": "visit", "topics": ["security", "golf"]}) == [
        "topics.1: 'golf' is not a concept of the topics scheme"
    ]
