"""Constrained value types shared by the models.

Each type validates the same way from Python and from JSON, and carries a JSON Schema
that accepts exactly what the validator accepts, so the generated schema and the models
agree (LinkML's users found they did not: linkml/linkml#1955, #3360). Where a rule
cannot be said in JSON Schema (calendar validity, code lists too long to inline) the
schema says so in its description.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Context, Decimal, InvalidOperation
from typing import Annotated, Any

import pycountry
from pydantic import AfterValidator, BeforeValidator, Field, PlainSerializer, Strict, WithJsonSchema

from engagement_schema.models.iris import is_iri

#: White space to every regex dialect involved: `\s` is Unicode White_Space to the Rust
#: engine Pydantic uses (with U+0085, without U+FEFF) and ECMA-262's set to JSON Schema
#: (the reverse); the union is the same set in both, so models and schema agree.
SPACE = r"\s\u0085\ufeff"
ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._~-]{0,127}$"
DATE_PATTERN = r"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$"
DECIMAL_PATTERN = r"^(0|[1-9][0-9]{0,20})(\.[0-9]{1,10})?$"
#: No white space, control characters or the delimiters N-Triples forbids in an IRI
#: (RFC 3987 has none of them either), so every RDF parser takes what we write.
IRI_PATTERN = rf"^[A-Za-z][A-Za-z0-9+.-]*:[^{SPACE}\x00-\x1f\x7f-\x9f<>\"{{}}|\\^`]+$"
LANGUAGE_PATTERN = r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"

_DATE_RE = re.compile(DATE_PATTERN)
_DECIMAL_RE = re.compile(DECIMAL_PATTERN)


@dataclass(frozen=True)
class Ref:
    """Marks a field as a reference to records in the named dataset collections."""

    collections: tuple[str, ...]

    def __init__(self, *collections: str) -> None:
        object.__setattr__(self, "collections", collections)


@dataclass(frozen=True)
class Rdf:
    """The RDF property a field maps to (a CURIE over the prefixes in `rdf.namespaces`).

    `via` puts the value on an intermediate node, as W3C Web Annotation puts offsets on
    a selector: (link property, class of the intermediate node). `datatype` overrides
    the literal datatype the value's Python type implies.
    """

    predicate: str
    via: tuple[str, str] | None = None
    datatype: str | None = None


@dataclass(frozen=True)
class AsIri:
    """Marks a string type whose values are IRIs in RDF, not literals."""


@dataclass(frozen=True)
class AsDate:
    """Marks a string type whose values are dates of year, month or day precision."""


def _partial_date(value: str) -> str:
    if not _DATE_RE.fullmatch(value):  # fullmatch: Python's `$` also matches before a final newline
        raise ValueError("expected a date as YYYY, YYYY-MM or YYYY-MM-DD")
    parts = [int(p) for p in value.split("-")]
    try:
        dt.date(*[*parts, 1, 1][:3])  # year 0000 is in no calendar W3CDTF or Python knows
    except ValueError as err:
        raise ValueError(f"{value} is not a calendar date: {err}") from None
    return value


def _decimal(value: Any) -> Decimal:
    # Amounts are text in every format: a float would lose digits before we saw them.
    if isinstance(value, Decimal) and value.is_finite() and value >= 0:
        value = format(value, "f")
    if not isinstance(value, str) or not _DECIMAL_RE.fullmatch(value):
        raise ValueError('expected a non-negative decimal number written as a string, e.g. "1800000000"')
    try:
        # One canonical form ("1.50" and "1.5" are the same amount), so every format agrees.
        # Enough precision for every digit the pattern admits: normalising must not round.
        return Decimal(value).normalize(Context(prec=len(value)))
    except InvalidOperation:  # pragma: no cover - the pattern admits only valid numerals
        raise ValueError(f"{value!r} is not a decimal number") from None


_COUNTRIES = frozenset(c.alpha_2 for c in pycountry.countries)
_CURRENCIES = frozenset(c.alpha_3 for c in pycountry.currencies)


def _iri(value: str) -> str:
    if not is_iri(value):
        raise ValueError(
            "not an IRI by RFC 3987: look for a % not followed by two hex digits, a [ ] outside a host,"
            " a second #, a port that is not a number, or a character IRIs do not allow"
        )
    return value


def _country(value: str) -> str:
    if value not in _COUNTRIES:
        raise ValueError(f"{value!r} is not an ISO 3166-1 alpha-2 country code")
    return value


def _currency(value: str) -> str:
    if value not in _CURRENCIES:
        raise ValueError(f"{value!r} is not an ISO 4217 currency code")
    return value


Identifier = Annotated[
    str,
    Strict(),
    Field(pattern=ID_PATTERN, description="Stable identifier; expands to an IRI under a base."),
]
Text = Annotated[str, Strict(), Field(min_length=1, pattern=f"[^{SPACE}]")]
String = Annotated[str, Strict()]
PartialDate = Annotated[
    str,
    Strict(),
    AsDate(),
    AfterValidator(_partial_date),
    WithJsonSchema(
        {
            "type": "string",
            "pattern": DATE_PATTERN,
            "description": "A date at year, month or day precision (W3CDTF). "
            "Calendar validity (no 2018-02-30) is checked by the models, not the schema.",
        }
    ),
]
Amount = Annotated[
    Decimal,
    BeforeValidator(_decimal),
    PlainSerializer(lambda d: format(d, "f"), return_type=str),
    WithJsonSchema(
        {
            "type": "string",
            "pattern": DECIMAL_PATTERN,
            "description": "A non-negative decimal, written as a string so no digit is lost.",
        }
    ),
]
CountryCode = Annotated[
    str,
    Strict(),
    Field(pattern=r"^[A-Z]{2}$"),
    AfterValidator(_country),
    WithJsonSchema(
        {
            "type": "string",
            "enum": sorted(_COUNTRIES),
            "description": "ISO 3166-1 alpha-2 country code.",
        }
    ),
]
CurrencyCode = Annotated[
    str,
    Strict(),
    Field(pattern=r"^[A-Z]{3}$"),  # pycountry's lookup ignores case; ISO 4217 codes do not
    AfterValidator(_currency),
    WithJsonSchema(
        {
            "type": "string",
            "enum": sorted(_CURRENCIES),
            "description": "ISO 4217 currency code.",
        }
    ),
]
IRI = Annotated[
    str,
    Strict(),
    AsIri(),
    Field(pattern=IRI_PATTERN, description="An absolute IRI (RFC 3987, which the models check in full)."),
    AfterValidator(_iri),
]
LanguageTag = Annotated[str, Strict(), Field(pattern=LANGUAGE_PATTERN, description="BCP 47 language tag.")]
Offset = Annotated[int, Strict(), Field(ge=0, le=2**53 - 1)]
Flag = Annotated[bool, Strict()]
