"""Places (models/places.py): countries, cities, regions and containment."""

from __future__ import annotations

from engagement_schema import Place
from tests.checks import problems


def test_a_place_has_a_kind_and_may_be_contained_in_another() -> None:
    dushanbe = Place(id="dushanbe", name="Dushanbe", kind="city", country="TJ", contained_in="tajikistan")
    assert (dushanbe.kind, dushanbe.contained_in) == ("city", "tajikistan")


def test_a_region_needs_no_country() -> None:
    assert Place(id="central-asia", name="Central Asia", kind="region").country is None


def test_place_kind_is_country_city_region_or_site() -> None:
    assert problems(Place, {"id": "p", "name": "P", "kind": "capital"})[0].startswith("kind:")
