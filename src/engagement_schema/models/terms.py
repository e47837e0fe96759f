"""Field types whose values are concepts of a shipped vocabulary."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, Any

from pydantic import AfterValidator, Strict, WithJsonSchema

from engagement_schema import vocabularies
from engagement_schema.vocabularies.concepts import Concept, Scheme


class InScheme:
    """Marks a field's values as concept ids of a scheme (for RDF: concept IRIs)."""

    def __init__(self, scheme: Callable[[], Scheme[Any]]) -> None:
        self.scheme = scheme

    def __repr__(self) -> str:
        return f"InScheme({self.scheme().scheme})"


def term(scheme: Callable[[], Scheme[Concept]]) -> Any:
    """A string type that accepts only the concept ids of `scheme`."""
    loaded = scheme()
    known = frozenset(loaded.ids)

    def check(value: str) -> str:
        if value not in known:
            raise ValueError(f"{value!r} is not a concept of the {loaded.scheme} scheme")
        return value

    return Annotated[
        str,
        Strict(),
        AfterValidator(check),
        InScheme(scheme),
        WithJsonSchema({"type": "string", "enum": sorted(known), "description": loaded.title}),
    ]


if TYPE_CHECKING:
    TopicId = str
    EventKindId = str
    SpeechActId = str
    RankId = str
    SectorCode = str
else:
    TopicId = term(vocabularies.topics)
    EventKindId = term(vocabularies.event_kinds)
    SpeechActId = term(vocabularies.speech_acts)
    RankId = term(vocabularies.ranks)
    SectorCode = term(vocabularies.sectors)
