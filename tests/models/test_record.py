"""`Record` (models/record.py): content-derived ids, provenance written last."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings

from engagement_schema import AidProgram, Organization, Person, Place, Statement
from engagement_schema.models import COLLECTIONS
from engagement_schema.models.record import Record
from tests.strategies import node_data


def test_a_record_without_an_id_gets_one_from_its_identifying_fields() -> None:
    assert Person(name="Joseph Votel", country="US").id == "person-f72f61f85dd356ac"


def test_a_given_id_is_kept() -> None:
    assert Person(id="joseph-votel", name="Joseph Votel", country="US").id == "joseph-votel"


def test_only_identifying_fields_make_the_id() -> None:
    plain = Person(name="Joseph Votel", country="US")
    ranked = Person(name="Joseph Votel", country="US", rank="general", given_name="Joseph")
    assert plain.id == ranked.id


def test_same_name_in_different_kinds_gives_different_ids() -> None:
    ids = {
        Person(name="Dushanbe", country="TJ").id,
        Organization(name="Dushanbe", country="TJ", kind="other").id,
        Place(name="Dushanbe", country="TJ", kind="city").id,
    }
    assert len(ids) == 3


def test_different_facts_of_one_kind_get_different_ids() -> None:
    assert Person(name="Joseph Votel", country="US").id != Person(name="Joseph Votel", country="TJ").id


def test_derived_id_ignores_list_order_and_defaults_written_out() -> None:
    # Regression: the id hashed the input as given, so the same fact got several ids.
    assert (
        Statement(act="discussed", actors=["votel", "rahmon"]).id
        == Statement(act="discussed", actors=["rahmon", "votel"]).id
    )
    amounts = [
        {"value": "1800000000", "currency": "USD"},
        {"value": "1800000000", "currency": "USD", "qualifier": "exactly"},
        {"value": Decimal("1.8E+9"), "currency": "USD"},
        {"value": "1800000000.0", "currency": "USD"},
    ]
    ids = {AidProgram(donor="us", recipient="tj", amount=amount).id for amount in amounts}
    assert len(ids) == 1


@pytest.mark.parametrize("model", COLLECTIONS.values(), ids=lambda m: m.__name__)
def test_every_record_kind_is_identified_by_fields_it_has(model: type[Record]) -> None:
    assert model.identity
    assert all(name in model.model_fields for name in model.identity)


def test_every_record_kind_has_its_own_id_prefix() -> None:
    prefixes = [model.kind_name for model in COLLECTIONS.values()]
    assert len(set(prefixes)) == len(prefixes)


@settings(max_examples=60)
@given(node_data(Statement))
def test_derived_ids_are_stable_under_revalidation(data: dict[str, object]) -> None:
    data.pop("id")
    record = Statement.model_validate(data)
    assert record.id.startswith("statement-")
    again = Statement.model_validate({k: v for k, v in record.model_dump(mode="json").items() if k != "id"})
    assert again.id == record.id


def test_provenance_is_written_after_the_fact() -> None:
    person = Person(
        id="p",
        name="P",
        evidence=[{"source": "s", "start": 0, "end": 1, "quote": "P"}],
        derivations=[{"field": "country", "method": "m"}],
        country="TJ",
    )
    assert list(person.model_dump())[-2:] == ["evidence", "derivations"]
