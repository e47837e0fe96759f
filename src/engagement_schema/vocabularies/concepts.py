"""Concepts of the controlled vocabularies shipped with the package.

The vocabularies are data (`engagement_schema/vocabularies/*.yaml`), not code, so an
analyst can read and extend them; these models give each file its shape. Codes from
established schemes (CAMEO, PLOVER, OECD DAC) sit on the concepts as mappings, since
no single scheme covers every topic of the genre.
"""

from __future__ import annotations

from typing import Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field


class Concept(BaseModel):
    """A concept in one of our SKOS concept schemes."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9-]*$")
    label: str
    alt_labels: tuple[str, ...] = ()
    broader: str | None = None
    definition: str | None = None


class Topic(Concept):
    """What an engagement or statement is about: security, aid sectors, crime, ..."""

    plover: tuple[str, ...] = Field(default=(), description="PLOVER contexts.")
    dac: tuple[str, ...] = Field(default=(), description="OECD DAC 5-digit purpose codes.")


class EventKind(Concept):
    """A kind of engagement event, mapped to CAMEO and PLOVER."""

    cameo: str
    cameo_label: str
    plover: str
    plover_mode: str | None = None


class SpeechAct(Concept):
    """What an actor did in a statement, with the verbs that report it."""

    verbs: tuple[str, ...] = ()
    cameo: str
    cameo_label: str
    plover: str | None = None
    action: Literal["CommunicateAction", "EndorseAction", "AgreeAction", "InformAction"]


class Rank(Concept):
    """A military rank or civil honorific, kept apart from names and posts."""

    kind: Literal["military", "civil"] | None = None
    abbreviations: tuple[str, ...] = ()


class Sector(Concept):
    """An OECD DAC sector: a 3-digit category or a 5-digit purpose code under it (IATI)."""


C = TypeVar("C", bound=Concept)


class Scheme(BaseModel, Generic[C]):
    """One vocabulary file: a concept scheme and its concepts."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    scheme: str
    title: str
    description: str
    concepts: tuple[C, ...]

    def get(self, concept_id: str) -> C:
        """The concept with this id; KeyError names the scheme when there is none."""
        for concept in self.concepts:
            if concept.id == concept_id:
                return concept
        raise KeyError(f"{concept_id!r} is not in the {self.scheme} scheme")

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(c.id for c in self.concepts)
