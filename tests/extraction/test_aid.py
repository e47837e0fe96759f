"""Aid: amounts as written (qualifier, currency, decimal value), donor, recipient, period, sectors."""

from __future__ import annotations

from decimal import Decimal

import pytest

from engagement_schema.extraction import extract
from engagement_schema.extraction.aid import find_money
from engagement_schema.extraction.text import Span, fold
from tests.extraction.helpers import name_of


@pytest.mark.parametrize(
    ("text", "value", "currency", "qualifier"),
    [
        ("over $1.8 billion", "1800000000", "USD", "over"),
        ("more than $300 million", "300000000", "USD", "over"),
        ("$12 million", "12000000", "USD", "exactly"),
        ("nearly $500,000", "500000", "USD", "about"),
        ("1.5 million euros", "1500000", "EUR", "exactly"),
        ("nearly €500,000", "500000", "EUR", "about"),
        ("up to 500 million yen", "500000000", "JPY", "up-to"),
        ("at least EUR 2 million", "2000000", "EUR", "at-least"),
        ("less than 3.25 million somoni", "3250000", "TJS", "under"),
        ("US$ 7.5 mln", "7500000", "USD", "exactly"),
        # Once read as EUR 2.5, $12 and €17: scales in the plural or German abbreviations, and
        # thousands set apart by full stops, as continental releases write them.
        ("EUR 2.5 Mio.", "2500000", "EUR", "exactly"),
        ("EUR 1,2 Mrd.", "1200000000", "EUR", "exactly"),
        ("$12 millions", "12000000", "USD", "exactly"),
        ("€17.000.000", "17000000", "EUR", "exactly"),
        ("EUR 1.250.000,50", "1250000.5", "EUR", "exactly"),
    ],
)
def test_amounts_as_written(text: str, value: str, currency: str, qualifier: str) -> None:
    [money] = find_money(fold(text), Span(0, len(text)))
    assert (money.value, money.currency, money.qualifier) == (Decimal(value), currency, qualifier)
    assert str(money.value) == value  # a plain decimal, never a float or an exponent


def test_aid_with_donor_recipient_qualifier_period_kinds_and_sectors() -> None:
    dataset = extract(
        "Since 1992, the United States has provided over $1.8 billion in programs and humanitarian aid that "
        "support Tajikistan's agriculture, energy and business development, health and education, and "
        "democratic institutions."
    )
    [aid] = dataset.aid_programs
    assert (name_of(dataset, aid.donor), name_of(dataset, aid.recipient)) == ("United States", "Tajikistan")
    assert aid.amount is not None
    assert (aid.amount.value, aid.amount.currency, aid.amount.qualifier) == (Decimal(1800000000), "USD", "over")
    assert aid.start == "1992"
    assert aid.kinds == ("humanitarian-aid", "programs")
    assert aid.sectors == ("111", "121", "151", "231", "250", "311")
    assert {d.field for d in aid.derivations} == {"amount", "sectors"}


def test_aid_to_an_organization_and_a_recipient_after_to() -> None:
    dataset = extract("The EU will provide nearly €500,000 to the World Food Programme for school meals.")
    [aid] = dataset.aid_programs
    assert name_of(dataset, aid.recipient) == "World Food Programme"


def test_a_sentence_about_the_same_funding_adds_its_sectors() -> None:
    dataset = extract(
        "The European Union has allocated 1.5 million euros in humanitarian aid to Afghanistan. "
        "The funding will support emergency food assistance and health care."
    )
    [aid] = dataset.aid_programs
    assert aid.sectors == ("121", "720")


def test_an_unnamed_recipient_is_the_state_the_report_is_about_and_says_so() -> None:
    dataset = extract(
        "Minister Jamoliddin Abdullozoda of Tajikistan thanked Japan. Equipment worth $2.3 million was provided "
        "under a grant from the Government of Japan to improve health care in the regions of Tajikistan."
    )
    [aid] = dataset.aid_programs
    assert name_of(dataset, aid.recipient) == "Tajikistan"
    [derivation] = [d for d in aid.derivations if d.field == "recipient"]
    assert "names most often" in derivation.method


def test_trade_figures_and_budgets_are_not_aid() -> None:
    dataset = extract("Uzbekistan's readiness to increase the volume of trade with Tajikistan to $2 billion was noted.")
    assert dataset.aid_programs == ()


def test_states_invest_as_donors_but_firms_do_not() -> None:
    state = extract(
        "Since 2010, the United States has invested more than $300 million in Tajikistan's border security."
    )
    assert len(state.aid_programs) == 1
    assert extract("A Chinese company invested $300 million in a Tajik cement plant.").aid_programs == ()


def test_a_lender_approving_funds_gives_aid_and_a_budget_approved_is_none() -> None:
    (aid,) = extract("The World Bank has approved US$45 million for a road project in Kazakhstan.").aid_programs
    assert (aid.amount.value if aid.amount else None) == Decimal("45000000")
    assert extract("Parliament approved a budget of $45 million.").aid_programs == ()


def test_every_currency_read_is_an_iso_4217_code() -> None:
    """A code the schema refuses ("BGN", the lev, withdrawn for the euro) made extract fail on the
    whole report; every currency an amount may be read in must be one the schema takes."""
    import pycountry

    from engagement_schema.extraction import money

    codes = {
        *money._CODES.split("|"),
        *(c for c in money._SYMBOLS.values() if c != money._LOCAL),
        *(code for _, code in money._CURRENCY_WORDS if code != money._LOCAL),
        *money._LOCAL_CURRENCIES.values(),
        *money._DOLLARS.values(),
    }
    known = {c.alpha_3 for c in pycountry.currencies}
    assert codes <= known, sorted(codes - known)
    assert not extract("Bulgaria donated BGN 5 million to the Ministry of Health of Moldova.").aid_programs


@pytest.mark.parametrize(
    ("text", "currency"),
    [("RM5 million", "MYR"), ("MK500 million", "MWK"), ("GH¢5 million", "GHS"), ("Nu. 50 million", "BTN")],
)
def test_signs_with_no_currency_word_in_them_are_read(text: str, currency: str) -> None:
    """Once dropped by a scan that wanted a currency's word or code in the passage too."""
    [money] = find_money(fold(text), Span(0, len(text)))
    assert money.currency == currency
