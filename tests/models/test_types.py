"""Value types (models/types.py): strict scalars, codes, dates, amounts, ids and IRIs."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from pydantic import TypeAdapter, ValidationError

from engagement_schema import Evidence, MonetaryAmount
from engagement_schema.models.types import (
    IRI,
    Amount,
    CountryCode,
    CurrencyCode,
    Flag,
    Identifier,
    LanguageTag,
    Offset,
    PartialDate,
    Text,
)


def accepts(kind: Any, value: Any) -> Any:
    return TypeAdapter(kind).validate_python(value)


def rejects(kind: Any, value: Any) -> None:
    with pytest.raises(ValidationError):
        TypeAdapter(kind).validate_python(value)


@pytest.mark.parametrize("value", ["a", "A9", "votel-visit-2018", "x.y_z~1", "09", "1e5", "a" * 128])
def test_identifier_accepts_slugs(value: str) -> None:
    assert accepts(Identifier, value) == value


@pytest.mark.parametrize(
    "value",
    ["", " a", "a b", "a[1]", 'a"b', "a'b", "a\nb", "a\n", "-a", "_a", "é", "a/b", "a#b", "a:b", "a" * 129, 1],
)
def test_identifier_rejects_spaces_brackets_quotes_newlines_and_non_strings(value: Any) -> None:
    rejects(Identifier, value)


@pytest.mark.parametrize("value", ["a", " a ", "Душанбе", "😀", "\u200fRTL", "line\nbreak"])
def test_text_accepts_anything_with_a_visible_character(value: str) -> None:
    assert accepts(Text, value) == value


@pytest.mark.parametrize("value", ["", " ", "\n\t", "\u00a0", "\u2028", "\u3000", 1, None])
def test_text_rejects_blank_strings_and_non_strings(value: Any) -> None:
    rejects(Text, value)


@pytest.mark.parametrize("value", ["\ufeff", "\x85", " \ufeff\x85 "])
def test_text_of_only_bom_or_next_line_is_blank_as_the_json_schema_says(value: str) -> None:
    # Regression: Rust's \S (Pydantic) matched U+FEFF, ECMA-262's \S (JSON Schema) matched U+0085.
    rejects(Text, value)


@pytest.mark.parametrize("value", ["2018", "2018-05", "2018-05-11", "2016-02-29", "1000-01-01", "9999-12-31"])
def test_partial_date_accepts_year_month_or_day_precision(value: str) -> None:
    assert accepts(PartialDate, value) == value


@pytest.mark.parametrize(
    "value",
    ["18", "2018-5-11", "2018-13", "2018-00", "2018-05-00", "2018-05-32", "2018-05-11T10:00", " 2018", "2018/05"],
)
def test_partial_date_rejects_other_shapes(value: str) -> None:
    rejects(PartialDate, value)


@pytest.mark.parametrize("value", ["2018-02-30", "2017-02-29", "2018-04-31", "1900-02-29"])
def test_partial_date_rejects_days_missing_from_the_calendar(value: str) -> None:
    rejects(PartialDate, value)


@pytest.mark.parametrize("value", ["0000", "0000-05", "0000-05-11"])
def test_partial_date_rejects_year_0000_at_every_precision(value: str) -> None:
    # Regression: "0000-05-11" was refused but "0000" and "0000-05" passed, and no
    # period with them could be put in order.
    rejects(PartialDate, value)


@pytest.mark.parametrize("value", ["2018\n", "2018-05-11\n", "2018-05\n"])
def test_partial_date_rejects_a_trailing_newline(value: str) -> None:
    # Regression: `re.match` with `$` let "2018-05-11\n" through.
    rejects(PartialDate, value)


@pytest.mark.parametrize("value", [dt.date(2018, 5, 11), 2018, None])
def test_partial_date_is_a_string_not_a_date_or_number(value: Any) -> None:
    rejects(PartialDate, value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [("1800000000", "1800000000"), ("0", "0"), ("0.5", "0.5"), ("1.50", "1.5"), (Decimal("1.8E+9"), "1800000000")],
)
def test_amount_reads_decimal_strings_and_decimals(value: Any, expected: str) -> None:
    amount = accepts(Amount, value)
    assert isinstance(amount, Decimal)
    assert format(amount, "f") == expected


@pytest.mark.parametrize(
    "value",
    [
        *(1800000000, 1.8e9, 0.5, True, "1.8e9", "-1", "+1", "01", "1.", ".5", "1,800", "1 800", "NaN", "Infinity"),
        *(Decimal("NaN"), Decimal("-1"), Decimal("Infinity"), "1" * 22, "1." + "1" * 11),
    ],
)
def test_amount_rejects_numbers_floats_and_other_notations(value: Any) -> None:
    rejects(Amount, value)


def test_amount_rejects_a_trailing_newline() -> None:
    # Regression: "1\n" matched the pattern through Python's `$`, and Decimal strips white space.
    rejects(Amount, "1800000000\n")


def test_amount_keeps_every_digit_the_pattern_admits() -> None:
    # Regression: normalising in the default 28-digit context rounded 31-digit amounts.
    text = "123456789012345678901.1234567891"
    assert format(accepts(Amount, text), "f") == text
    assert MonetaryAmount(value=text, currency="USD").model_dump(mode="json")["value"] == text


@pytest.mark.parametrize("value", ["TJ", "US", "AF"])
def test_country_code_accepts_iso_3166_alpha_2(value: str) -> None:
    assert accepts(CountryCode, value) == value


@pytest.mark.parametrize("value", ["tj", "Tj", "TJK", "XX", "ZZ", "", "T", 1])
def test_country_code_rejects_lower_case_alpha_3_and_unassigned_codes(value: Any) -> None:
    rejects(CountryCode, value)


@pytest.mark.parametrize("value", ["USD", "EUR", "TJS", "RUB"])
def test_currency_code_accepts_iso_4217(value: str) -> None:
    assert accepts(CurrencyCode, value) == value


@pytest.mark.parametrize("value", ["usd", "Usd", "US", "USDX", "ABC", "$", 840])
def test_currency_code_rejects_lower_case_and_unknown_codes(value: Any) -> None:
    # Regression for "usd" and "Usd": pycountry's lookup ignores case, the schema's enum does not.
    rejects(CurrencyCode, value)


@pytest.mark.parametrize(
    "value",
    ["http://www.wikidata.org/entity/Q889", "https://example.org/a?b=c#d", "urn:isbn:0451450523", "https://例え.jp/д"],
)
def test_iri_accepts_absolute_iris(value: str) -> None:
    assert accepts(IRI, value) == value


@pytest.mark.parametrize(
    "value",
    [
        *("www.wikidata.org/entity/Q889", "/entity/Q889", "Q889", "1http://x", "http://a b", "http://a\n"),
        *("http://a<b>", "http://a\ufeffb", 'http://a"b', "http:"),
    ],
)
def test_iri_rejects_relative_iris_and_forbidden_characters(value: str) -> None:
    rejects(IRI, value)


@pytest.mark.parametrize("value", ["en", "tg", "ast", "en-US", "zh-Hant-TW"])
def test_language_tag_accepts_bcp47_shapes(value: str) -> None:
    assert accepts(LanguageTag, value) == value


@pytest.mark.parametrize("value", ["EN", "english", "e", "en_US", "en-", ""])
def test_language_tag_rejects_other_shapes(value: str) -> None:
    rejects(LanguageTag, value)


@pytest.mark.parametrize("value", [0, 1, 2**53 - 1])
def test_offset_accepts_json_safe_non_negative_integers(value: int) -> None:
    assert accepts(Offset, value) == value


@pytest.mark.parametrize("value", ["1", 1.0, 1.5, True, -1, 2**53, None])
def test_offset_rejects_strings_floats_bools_negatives_and_unsafe_integers(value: Any) -> None:
    rejects(Offset, value)


@pytest.mark.parametrize("value", ["true", 1, 0, None])
def test_flag_is_a_json_boolean_only(value: Any) -> None:
    rejects(Flag, value)


def test_evidence_from_json_rejects_a_string_offset_at_its_path() -> None:
    with pytest.raises(ValidationError) as caught:
        Evidence.model_validate_json('{"source": "s", "start": "1", "end": 2, "quote": "x"}')
    assert [e["loc"] for e in caught.value.errors()] == [("start",)]
