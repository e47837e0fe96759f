"""Places: countries, cities and regions, and what contains what."""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal

from engagement_schema.models.record import Record
from engagement_schema.models.types import IRI, CountryCode, Identifier, Rdf, Ref, Text

PlaceKind = Literal["country", "city", "region", "site"]


class Place(Record):
    """A place where something happened or that something concerns. A state as an actor
    (a donor, a party) is its country place."""

    rdf_type: ClassVar[tuple[str, ...]] = ("schema:Place",)
    kind_name: ClassVar[str] = "place"
    identity: ClassVar[tuple[str, ...]] = ("kind", "name", "country")

    name: Annotated[Text, Rdf("schema:name")]
    kind: Annotated[PlaceKind, Rdf("es:placeKind")]
    """Country, city, region (e.g. Central Asia) or site (a building or base)."""
    country: Annotated[CountryCode | None, Rdf("es:country")] = None
    """ISO 3166-1 alpha-2 code of the country the place is, or is in."""
    contained_in: Annotated[Identifier | None, Ref("places"), Rdf("schema:containedInPlace")] = None
    """The place that contains this one (Dushanbe in Tajikistan)."""
    same_as: Annotated[tuple[IRI, ...], Rdf("schema:sameAs")] = ()
