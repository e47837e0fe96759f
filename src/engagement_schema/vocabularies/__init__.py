"""The controlled vocabularies shipped as data files, loaded once and cached."""

from __future__ import annotations

from functools import cache
from importlib.resources import files

import yaml

from engagement_schema.vocabularies.concepts import C, EventKind, Rank, Scheme, Sector, SpeechAct, Topic

__all__ = ["event_kinds", "ranks", "sectors", "speech_acts", "topics"]


def _load(name: str, concept: type[C]) -> Scheme[C]:
    text = files(__name__).joinpath(f"{name}.yaml").read_text(encoding="utf-8")
    return Scheme[concept].model_validate(yaml.safe_load(text))  # type: ignore[valid-type]


@cache
def topics() -> Scheme[Topic]:
    """Topics of engagements and statements (SKOS, with PLOVER and DAC mappings)."""
    return _load("topics", Topic)


@cache
def event_kinds() -> Scheme[EventKind]:
    """Kinds of engagement events (CAMEO / PLOVER)."""
    return _load("event_kinds", EventKind)


@cache
def speech_acts() -> Scheme[SpeechAct]:
    """Speech acts of statements (CAMEO / PLOVER / schema.org actions)."""
    return _load("speech_acts", SpeechAct)


@cache
def ranks() -> Scheme[Rank]:
    """Military ranks and civil honorifics."""
    return _load("ranks", Rank)


@cache
def sectors() -> Scheme[Sector]:
    """OECD DAC purpose codes for aid."""
    return _load("sectors", Sector)
