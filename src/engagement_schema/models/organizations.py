"""Organizations, the posts in them, and who holds which post.

As in Popolo and W3C ORG (and FollowTheMoney's Position/Occupancy), a post
("Minister of Defense") belongs to an organization and is held by a person through an
occupancy; a person may hold several posts at once.
"""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal

from pydantic import field_validator

from engagement_schema.models.periods import end_not_before_start
from engagement_schema.models.record import Record
from engagement_schema.models.types import IRI, CountryCode, Identifier, PartialDate, Rdf, Ref, Text

OrganizationKind = Literal[
    "head-of-state-office",
    "government",
    "ministry",
    "armed-forces",
    "armed-forces-staff",
    "military-command",
    "security-service",
    "border-service",
    "law-enforcement",
    "diplomatic-mission",
    "legislature",
    "international-organization",
    "news-media",
    "other",
]


class Organization(Record):
    """A government body, command, service, mission or publisher."""

    rdf_type: ClassVar[tuple[str, ...]] = ("org:Organization",)
    kind_name: ClassVar[str] = "organization"
    identity: ClassVar[tuple[str, ...]] = ("name", "country")

    name: Annotated[Text, Rdf("schema:name")]
    kind: Annotated[OrganizationKind, Rdf("es:organizationKind")]
    """What kind of body it is (ministry, armed forces, diplomatic mission, ...)."""
    country: Annotated[CountryCode | None, Rdf("es:country")] = None
    """The state the organization belongs to (ISO 3166-1 alpha-2)."""
    parent: Annotated[Identifier | None, Ref("organizations"), Rdf("org:subOrganizationOf")] = None
    """The organization this one is part of (Border Forces under the State Committee)."""
    location: Annotated[Identifier | None, Ref("places"), Rdf("schema:location")] = None
    """Where it sits, e.g. an embassy's city."""
    same_as: Annotated[tuple[IRI, ...], Rdf("schema:sameAs")] = ()


class Post(Record):
    """A position in an organization that one person holds at a time."""

    rdf_type: ClassVar[tuple[str, ...]] = ("org:Post",)
    kind_name: ClassVar[str] = "post"
    identity: ClassVar[tuple[str, ...]] = ("label", "organization")

    label: Annotated[Text, Rdf("skos:prefLabel")]
    """The post's title as written, e.g. "Chief of the General Staff"."""
    organization: Annotated[Identifier, Ref("organizations"), Rdf("org:postIn")]


class Occupancy(Record):
    """A person's holding of a post, when the source says they hold it."""

    rdf_type: ClassVar[tuple[str, ...]] = ("org:Membership",)
    kind_name: ClassVar[str] = "occupancy"
    identity: ClassVar[tuple[str, ...]] = ("person", "post", "start")

    person: Annotated[Identifier, Ref("people"), Rdf("org:member")]
    post: Annotated[Identifier, Ref("posts"), Rdf("es:post")]
    start: Annotated[PartialDate | None, Rdf("schema:startDate")] = None
    end: Annotated[PartialDate | None, Rdf("schema:endDate")] = None

    _period_in_order = field_validator("end")(end_not_before_start)
