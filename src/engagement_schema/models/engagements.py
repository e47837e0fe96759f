"""Engagements: visits, meetings, receptions, conferences, and who took part as what.

Event kinds map to CAMEO and PLOVER through the event-kinds scheme: a visit is PLOVER
CONSULT/visit with the visitor as actor and the host as recipient.
"""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal

from pydantic import field_validator

from engagement_schema.models.base import Node
from engagement_schema.models.periods import end_not_before_start
from engagement_schema.models.record import Record
from engagement_schema.models.terms import EventKindId, TopicId
from engagement_schema.models.types import Identifier, PartialDate, Rdf, Ref, Text

ParticipantRole = Literal["visitor", "host", "attendee", "organizer", "delegation-member"]


class Participation(Node):
    """Who took part in an engagement, in which role, and under which posts."""

    rdf_type: ClassVar[tuple[str, ...]] = ("schema:Role",)

    agent: Annotated[Identifier, Ref("people", "organizations", "places"), Rdf("schema:attendee")]
    """A person, an organization, or a state (its country place)."""
    role: Annotated[ParticipantRole, Rdf("schema:roleName")]
    posts: Annotated[tuple[Identifier, ...], Ref("posts"), Rdf("es:asPost")] = ()
    """The posts the person took part under."""


class Engagement(Record):
    """A visit, meeting, reception, conference or other event between officials."""

    rdf_type: ClassVar[tuple[str, ...]] = ("schema:Event",)
    kind_name: ClassVar[str] = "engagement"
    identity: ClassVar[tuple[str, ...]] = ("kind", "start", "place", "participants", "part_of")

    kind: Annotated[EventKindId, Rdf("es:eventKind")]
    """What kind of event it is, from the event-kinds scheme (visit, meeting, reception, ...)."""
    name: Annotated[Text | None, Rdf("schema:name")] = None
    start: Annotated[PartialDate | None, Rdf("schema:startDate")] = None
    end: Annotated[PartialDate | None, Rdf("schema:endDate")] = None
    place: Annotated[Identifier | None, Ref("places"), Rdf("schema:location")] = None
    part_of: Annotated[Identifier | None, Ref("engagements"), Rdf("schema:superEvent")] = None
    """The engagement this one is part of (a meeting within a visit)."""
    participants: Annotated[tuple[Participation, ...], Rdf("schema:attendee")] = ()
    topics: Annotated[tuple[TopicId, ...], Rdf("schema:about")] = ()
    description: Annotated[Text | None, Rdf("schema:description")] = None

    _period_in_order = field_validator("end")(end_not_before_start)
