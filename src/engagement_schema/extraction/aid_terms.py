"""Aid's terms: the record of aid as told, and its years, kinds and sectors.

The sectors are the OECD DAC categories of the topics the aid supports, through the
topics vocabulary's DAC mappings; aid naming none may take one from what it is for or
from the body receiving it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from engagement_schema.extraction.aid_agents import kind_of, name_of
from engagement_schema.extraction.dates import SINCE
from engagement_schema.extraction.discourse import Agent
from engagement_schema.extraction.money import Money
from engagement_schema.extraction.text import Span
from engagement_schema.extraction.topics import TopicMention, TopicReader, ancestors
from engagement_schema.models.aid import AidKind
from engagement_schema.vocabularies import sectors, topics

__all__ = ["AidMention", "institution_sector", "kinds_and_sectors", "read_period", "relief_sector", "security_sector"]

_F = re.IGNORECASE

_KINDS: tuple[tuple[re.Pattern[str], AidKind], ...] = (
    (re.compile(r"\bhumanitarian\s+(?:aid|assistance|relief|supplies|cargo)\b", _F), "humanitarian-aid"),
    (re.compile(r"\bmilitary\s+(?:aid|assistance)\b", _F), "military-aid"),
    (re.compile(r"\beconomic\s+(?:aid|assistance)\b", _F), "economic-aid"),
    (re.compile(r"\bprogram(?:me)?s\b", _F), "programs"),
    (re.compile(r"\bgrants?\b", _F), "grants"),
    (re.compile(r"\b(?:loans?|credit\s+lines?)\b", _F), "loans"),
    (re.compile(r"\b(?:equipment|vehicles|supplies)\b", _F), "equipment"),
    (re.compile(r"\btraining\b", _F), "training"),
)
# "from 2024 to 2026", "in 2024", and as releases write a span of years: "in 2023–2026", "for
# 2024-2026", "over the 2021–2024 triennium", "for 2025".
_PERIOD = re.compile(
    r"\b(?:from|between)\s+(?P<start>(?:19|20)\d\d)\s+(?:to|and|through|till|until|-)\s+(?P<end>(?:19|20)\d\d)\b"
    r"|\b(?:in|for|over|during)\s+(?:the\s+)?(?P<first>(?:19|20)\d\d)\s*[-\u2013\u2014]\s*(?P<last>(?:19|20)\d\d)\b"
    r"|\b(?:in|for)\s+(?P<year>(?:19|20)\d\d)\b(?![-\u2013/])",
    _F,
)


@dataclass
class AidMention:
    """Aid as the text tells it."""

    span: Span
    money: Money
    donor: Agent
    recipient: Agent
    recipient_method: str | None = None
    """How the recipient was chosen, when the text does not name it with the amount."""
    donor_state: bool = False
    """Whether a person's state gives rather than their institution ("his country has provided")."""
    start: str | None = None
    end: str | None = None
    kinds: list[AidKind] = field(default_factory=list)
    topics: list[TopicMention] = field(default_factory=list)
    sectors: list[str] = field(default_factory=list)
    sector_sources: list[tuple[TopicMention, str]] = field(default_factory=list)
    """Each sector with the topic it was read from."""
    sector_method: str | None = None
    """How a sector no topic maps to was chosen (aid for security)."""


def read_period(mention: AidMention, text: str, clause: Span) -> bool:
    """Read the years of the aid told in `clause`; whether any were."""
    since = SINCE.search(text, clause.start, clause.end)
    if since is not None:
        mention.start = since.group("year")
        return True
    period = _PERIOD.search(text, clause.start, clause.end)
    if period is not None:
        mention.start = period.group("start") or period.group("first") or period.group("year")
        mention.end = period.group("end") or period.group("last") or period.group("year")
    return period is not None


def kinds_and_sectors(
    mention: AidMention, text: str, clause: Span, reader: TopicReader, topics_read: list[TopicMention] | None = None
) -> None:
    """The aid's kinds ("humanitarian aid", "grants") and the DAC sectors of what it
    supports. Topics naming the kind of aid are sectors only when nothing else is."""
    kind_spans: list[Span] = []
    for pattern, kind in _KINDS:
        for match in pattern.finditer(text, clause.start, clause.end):
            if kind not in mention.kinds:
                mention.kinds.append(kind)
            kind_spans.append(Span(match.start(), match.end()))
    mention.kinds.sort()
    if topics_read is None:
        mention.topics = reader.read(mention.span)
    candidates = [(t, _category(t.topic)) for t in mention.topics]
    supported = [(t, c) for t, c in candidates if c and not any(t.span.overlaps(k) for k in kind_spans)]
    for topic, named in supported or [(t, c) for t, c in candidates if c]:
        category = _purpose(text, topic.span, named)
        if category is not None and category not in mention.sectors:
            mention.sectors.append(category)
            mention.sector_sources.append((topic, category))
    # "electricity substations": the purpose named (23630), its category or energy policy says no more
    kept = [c for c in mention.sectors if not any(c in _broader(o) for o in mention.sectors)]
    mention.sector_sources = [(t, c) for t, c in mention.sector_sources if c in kept]
    mention.sectors = sorted(kept)


def _broader(code: str) -> set[str]:
    """The codes a purpose code refines: its category, and energy policy (231) for any energy's."""
    if len(code) < 5:
        return set()
    return {code[:3], "231"} if code.startswith("23") else {code[:3]}


# Purposes a topic's own words name within its category: "vocational training" (education, 111)
# is 11330; "the judiciary", "justice reform" (governance, 151) is 15130.
_PURPOSES = (
    (re.compile(r"\b(?:vocational|TVET)\b", _F), "111", "11330"),
    (re.compile(r"\b(?:judicial|judiciary|justice|courts?|judges)\b", _F), "151", "15130"),
    (re.compile(r"\b(?:grids?|transmission|substations?|interconnections?|power\s+lines?)\b", _F), "231", "23630"),
)


# The word a topic's words may qualify: "electricity grid", "power transmission".
_NOUN_AFTER = re.compile(r"\s+[\w-]+")


def _purpose(text: str, span: Span, category: str | None) -> str | None:
    """The purpose code a topic's words (or the noun right after them) name within its category,
    else the category."""
    after = _NOUN_AFTER.match(text, span.end)
    end = after.end() if after else span.end
    return next(
        (code for words, parent, code in _PURPOSES if parent == category and words.search(text, span.start, end)),
        category,
    )


# "humanitarian funding", "for families affected by the floods", "food packages and hygiene kits",
# "aid convoys": relief told by its words, where no topic the aid supports is read.
_RELIEF = re.compile(
    r"\b(?:humanitarian|affected\s+by|relief|food\s+(?:packages|parcels|kits)|hygiene\s+kits|aid\s+convoys?)\b", _F
)


def relief_sector(mention: AidMention, text: str) -> None:
    """Aid told as relief that names no sector of its own is in DAC 720, emergency response."""
    if not mention.sectors and _RELIEF.search(text, mention.span.start, mention.span.end):
        mention.sectors = ["720"]
        mention.sector_method = "Aid told as relief is in DAC 720, emergency response."


# Receivers whose work is one sector: "to Lautoka Hospital", "to the Mine Action Centre", "to the
# Civil Protection Administration".
_INSTITUTION_SECTORS = (
    (re.compile(r"\b(?:hospitals?|clinics?|polyclinic|health\s+cent(?:re|er)s?)\b"), "121", "health"),
    (re.compile(r"\b(?:mine\s+action|demining)\b"), "15250", "mine action"),
    (
        re.compile(r"\b(?:emergenc(?:y|ies)|civil\s+protection|civil\s+defen[cs]e|disaster)\b"),
        "720",
        "emergency response",
    ),
)


def institution_sector(mention: AidMention) -> None:
    """Aid naming no sector of its own, to an institution whose work is one sector (a hospital,
    a mine action centre, an emergency service), is in that sector."""
    if mention.sectors or mention.recipient.kind != "organization":
        return
    name = name_of(mention.recipient)
    for words, code, label in _INSTITUTION_SECTORS:
        if words.search(name):
            mention.sectors = [code]
            mention.sector_method = f"Aid to a body whose work is {label} is in DAC {code}."
            return


_SECURITY_TOPICS = frozenset({"security", "security-cooperation"})
_SECURITY_BODIES = frozenset(
    {"armed-forces", "armed-forces-staff", "military-command", "border-service", "security-service", "law-enforcement"}
)


def security_sector(mention: AidMention) -> None:
    """Aid naming no sector of its own: to a police force, in DAC 15132, police; for security
    ("security assistance", "security and counter-narcotics programmes") or to a security body
    (border guards, land forces), in DAC 152, Conflict, peace and security."""
    if mention.sectors:
        return
    security = [t for t in mention.topics if ({t.topic} | ancestors(t.topic)) & _SECURITY_TOPICS]
    if _police(mention.recipient):
        mention.sectors = ["15132"]
        mention.sector_method = "Aid to a police force is in DAC 15132, police."
    elif security:
        mention.sectors = ["152"]
        mention.sector_method = f'Aid for security ("{security[0].topic}") is in DAC 152, conflict, peace and security.'
    elif mention.recipient.kind == "organization" and kind_of(mention.recipient) in _SECURITY_BODIES:
        mention.sectors = ["152"]
        mention.sector_method = "Aid to a security body is in DAC 152, conflict, peace and security."


_POLICE = re.compile(r"\b(?:police|constabulary|gendarmerie|carabineros)\b")


def _police(agent: Agent) -> bool:
    """Whether an agent is a police force ("the Haitian National Police", "the St. James Police
    Division", "the Constabulary Force"); border police guard a border (DAC 152, as border guards)."""
    return (
        agent.kind == "organization"
        and _POLICE.search(name_of(agent)) is not None
        and kind_of(agent) != "border-service"
    )


@cache  # the vocabularies are fixed, and a scheme finds a concept by scanning them all
def _category(topic: str) -> str | None:
    """The DAC category of a topic: the 3-digit parent of its first purpose code, or the code
    itself for a purpose the genre names outright ("mine clearance" is 15250, not 152)."""
    dac = topics().get(topic).dac
    if not dac:
        return None
    return dac[0] if dac[0] in _WHOLE_PURPOSES else sectors().get(dac[0]).broader or dac[0]


# Purposes told by their own 5-digit code rather than their category's: mine action, police,
# vocational training, power transmission.
_WHOLE_PURPOSES = frozenset({"15250", "15132", "11330", "23630"})
