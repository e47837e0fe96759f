"""Aid programs and amounts (models/aid.py): decimals, currencies, qualifiers, sectors."""

from __future__ import annotations

from decimal import Decimal

import pytest

from engagement_schema import AidProgram, MonetaryAmount
from engagement_schema.vocabularies import sectors
from tests.checks import problems


def test_an_amount_keeps_its_qualifier() -> None:
    amount = MonetaryAmount(value="1800000000", currency="USD", qualifier="over")
    assert (amount.value, amount.currency, amount.qualifier) == (Decimal("1800000000"), "USD", "over")
    assert amount.model_dump(mode="json") == {"value": "1800000000", "currency": "USD", "qualifier": "over"}


def test_an_amount_is_exact_unless_qualified() -> None:
    assert MonetaryAmount(value="5", currency="EUR").qualifier == "exactly"


@pytest.mark.parametrize("qualifier", ["over", "about", "exactly", "up-to"])
def test_the_qualifiers_of_the_issue_are_accepted(qualifier: str) -> None:
    assert MonetaryAmount(value="1", currency="USD", qualifier=qualifier).qualifier == qualifier


def test_a_float_amount_is_rejected() -> None:
    assert problems(MonetaryAmount, {"value": 1.8e9, "currency": "USD"})[0].startswith("value:")


def test_sectors_are_oecd_dac_codes_from_the_sectors_scheme() -> None:
    aid = AidProgram(id="a", donor="us", recipient="tj", sectors=["311", "121"], kinds=["programs"])
    assert aid.sectors == ("121", "311")
    assert sectors().get("311").label
    assert problems(AidProgram, {"id": "a", "donor": "us", "recipient": "tj", "sectors": ["999"]})[0].startswith(
        "sectors.0:"
    )


def test_aid_needs_a_donor_and_a_recipient() -> None:
    assert sorted(p.split(":")[0] for p in problems(AidProgram, {"id": "a"})) == ["donor", "recipient"]
