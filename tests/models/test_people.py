"""People (models/people.py): names, ranks and honorifics apart, the state served."""

from __future__ import annotations

from engagement_schema import Person
from engagement_schema.vocabularies import ranks
from tests.checks import problems


def test_rank_honorific_and_name_are_separate_fields() -> None:
    person = Person(
        id="sherali-mirzo",
        name="Sherali Mirzo",
        given_name="Sherali",
        family_name="Mirzo",
        rank="colonel-general",
        country="TJ",
    )
    assert (person.name, person.rank, person.honorific) == ("Sherali Mirzo", "colonel-general", None)
    assert ranks().get(person.rank).label == "Colonel-General"


def test_rank_must_come_from_the_ranks_scheme() -> None:
    assert problems(Person, {"id": "p", "name": "P", "rank": "Colonel-General"}) == [
        "rank: 'Colonel-General' is not a concept of the ranks scheme"
    ]


def test_a_person_needs_a_non_blank_name() -> None:
    assert [p.split(":")[0] for p in problems(Person, {"id": "p"})] == ["name"]
    assert [p.split(":")[0] for p in problems(Person, {"id": "p", "name": " "})] == ["name"]


def test_same_as_holds_absolute_iris() -> None:
    person = Person(id="p", name="P", same_as=["http://www.wikidata.org/entity/Q2597473"])
    assert person.same_as == ("http://www.wikidata.org/entity/Q2597473",)
    assert problems(Person, {"id": "p", "name": "P", "same_as": ["Q2597473"]})[0].startswith("same_as.0:")
