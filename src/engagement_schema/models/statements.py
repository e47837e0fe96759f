"""Statements: speech acts made in an engagement (discussed, stressed, pledged, ...)."""

from __future__ import annotations

from typing import Annotated, ClassVar

from engagement_schema.models.record import Record
from engagement_schema.models.terms import SpeechActId, TopicId
from engagement_schema.models.types import Flag, Identifier, Rdf, Ref, Text
from engagement_schema.vocabularies import speech_acts


class Statement(Record):
    """Who said or did what, to whom, about which topics, during which engagement."""

    rdf_type: ClassVar[tuple[str, ...]] = ("schema:Action",)
    kind_name: ClassVar[str] = "statement"
    identity: ClassVar[tuple[str, ...]] = ("act", "actors", "engagement", "content")

    act: Annotated[SpeechActId, Rdf("es:speechAct")]
    """The speech act, from the speech-acts scheme (discussed, stressed, pledged, ...)."""
    actors: Annotated[tuple[Identifier, ...], Ref("people", "organizations", "places"), Rdf("schema:agent")]
    addressees: Annotated[
        tuple[Identifier, ...], Ref("people", "organizations", "places"), Rdf("schema:recipient")
    ] = ()
    engagement: Annotated[Identifier | None, Ref("engagements"), Rdf("es:during")] = None
    """The engagement during which the act took place."""
    topics: Annotated[tuple[TopicId, ...], Rdf("schema:about")] = ()
    about: Annotated[
        tuple[Identifier, ...],
        Ref("engagements", "organizations", "people", "places", "aid_programs"),
        Rdf("schema:object"),
    ] = ()
    """Records the act concerns (the conference thanked for, the leadership commended)."""
    content: Annotated[Text | None, Rdf("schema:description")] = None
    """What was said, in the source's words or a close paraphrase."""
    reported: Annotated[Flag, Rdf("es:reported")] = False
    """The source hedges the claim ("reportedly")."""

    def rdf_types(self) -> tuple[str, ...]:
        """`schema:Action` and the schema.org action class of the act (EndorseAction, ...)."""
        return (*self.rdf_type, f"schema:{speech_acts().get(self.act).action}")

    @classmethod
    def known_rdf_types(cls) -> frozenset[str]:
        return frozenset(cls.rdf_type) | {f"schema:{act.action}" for act in speech_acts().concepts}
