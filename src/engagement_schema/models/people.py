"""People: officials named in reports, with rank and honorific kept apart from posts."""

from __future__ import annotations

from typing import Annotated, ClassVar

from engagement_schema.models.record import Record
from engagement_schema.models.terms import RankId
from engagement_schema.models.types import IRI, CountryCode, Rdf, Text


class Person(Record):
    """A named person, usually an official. Posts are held through `Occupancy` records,
    so one person may hold several at once and a rank never hides inside a title."""

    rdf_type: ClassVar[tuple[str, ...]] = ("schema:Person", "foaf:Person")
    kind_name: ClassVar[str] = "person"
    identity: ClassVar[tuple[str, ...]] = ("name", "country")

    name: Annotated[Text, Rdf("schema:name")]
    """The name as written in the source, without rank or honorific."""
    given_name: Annotated[Text | None, Rdf("schema:givenName")] = None
    family_name: Annotated[Text | None, Rdf("schema:familyName")] = None
    rank: Annotated[RankId | None, Rdf("es:rank")] = None
    """Military rank or civil honorific from the ranks scheme (General, Ambassador, ...)."""
    honorific: Annotated[Text | None, Rdf("schema:honorificPrefix")] = None
    """A title written before the name that is neither a rank nor a name (e.g. President)."""
    styles: Annotated[tuple[Text, ...], Rdf("es:style")] = ()
    """Ceremonial styles the text gives the person, as written: neither posts nor ranks
    ("Founder of Peace and National Unity – Leader of the Nation", "Elbasy")."""
    country: Annotated[CountryCode | None, Rdf("es:country")] = None
    """The state the person serves (ISO 3166-1 alpha-2)."""
    same_as: Annotated[tuple[IRI, ...], Rdf("schema:sameAs")] = ()
    """The same person elsewhere, e.g. a Wikidata IRI."""
