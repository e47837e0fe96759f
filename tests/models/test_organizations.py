"""Organizations, posts and occupancies (models/organizations.py)."""

from __future__ import annotations

from engagement_schema import Occupancy, Organization, Post
from engagement_schema.models.fields import field_specs
from tests.checks import problems


def test_organization_kind_is_a_controlled_list() -> None:
    kinds = next(s.choices for s in field_specs(Organization) if s.name == "kind")
    for kind in ("head-of-state-office", "ministry", "armed-forces-staff", "military-command", "security-service"):
        assert kind in kinds
    assert {"border-service", "diplomatic-mission", "government"} <= set(kinds)
    assert problems(Organization, {"id": "o", "name": "O", "kind": "Ministry"})[0].startswith("kind:")


def test_an_organization_may_sit_under_a_parent_and_in_a_place() -> None:
    forces = Organization(id="bf", name="Border Forces", kind="border-service", parent="scns", location="dushanbe")
    assert (forces.parent, forces.location) == ("scns", "dushanbe")


def test_a_post_belongs_to_an_organization() -> None:
    assert [p.split(":")[0] for p in problems(Post, {"id": "p", "label": "Minister of Defense"})] == ["organization"]


def test_one_person_may_hold_several_posts_through_occupancies() -> None:
    held = [
        Occupancy(person="emomali-sobirzoda", post="first-deputy-minister"),
        Occupancy(person="emomali-sobirzoda", post="chief-of-general-staff"),
    ]
    assert held[0].id != held[1].id


def test_an_occupancy_may_have_partial_dates() -> None:
    occupancy = Occupancy(id="o", person="p", post="q", start="2015", end="2018-05")
    assert (occupancy.start, occupancy.end) == ("2015", "2018-05")
    assert problems(Occupancy, {"id": "o", "person": "p", "post": "q", "start": "2018-02-30"})[0].startswith("start:")
