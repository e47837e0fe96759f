"""Aid programs: who gave whom how much, since when, for which sectors."""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal

from pydantic import field_validator

from engagement_schema.models.base import Node
from engagement_schema.models.periods import end_not_before_start
from engagement_schema.models.record import Record
from engagement_schema.models.terms import SectorCode, TopicId
from engagement_schema.models.types import Amount, CurrencyCode, Identifier, PartialDate, Rdf, Ref, Text

Qualifier = Literal["exactly", "over", "at-least", "about", "under", "up-to"]
AidKind = Literal[
    "programs", "humanitarian-aid", "military-aid", "economic-aid", "grants", "loans", "equipment", "training"
]


class MonetaryAmount(Node):
    """An amount of money as the source states it, qualifier included ("over $1.8 billion")."""

    rdf_type: ClassVar[tuple[str, ...]] = ("schema:MonetaryAmount",)

    value: Annotated[Amount, Rdf("schema:value")]
    currency: Annotated[CurrencyCode, Rdf("schema:currency")]
    qualifier: Annotated[Qualifier, Rdf("es:amountQualifier")] = "exactly"
    """How the stated value bounds the real one: "over" means more than `value`."""


class AidProgram(Record):
    """Assistance from a donor to a recipient over a period."""

    rdf_type: ClassVar[tuple[str, ...]] = ("schema:MonetaryGrant",)
    kind_name: ClassVar[str] = "aid"
    identity: ClassVar[tuple[str, ...]] = ("donor", "recipient", "start", "amount")

    donor: Annotated[Identifier, Ref("places", "organizations"), Rdf("schema:funder")]
    recipient: Annotated[Identifier, Ref("places", "organizations"), Rdf("es:recipient")]
    amount: Annotated[MonetaryAmount | None, Rdf("schema:amount")] = None
    start: Annotated[PartialDate | None, Rdf("schema:startDate")] = None
    end: Annotated[PartialDate | None, Rdf("schema:endDate")] = None
    kinds: Annotated[tuple[AidKind, ...], Rdf("es:aidKind")] = ()
    """What form the aid takes (programs, humanitarian aid, equipment, training, ...)."""
    sectors: Annotated[tuple[SectorCode, ...], Rdf("es:sector")] = ()
    """OECD DAC purpose codes of what the aid supports."""
    topics: Annotated[tuple[TopicId, ...], Rdf("schema:about")] = ()
    description: Annotated[Text | None, Rdf("schema:description")] = None

    _period_in_order = field_validator("end")(end_not_before_start)
