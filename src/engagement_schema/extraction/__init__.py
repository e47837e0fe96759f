"""Extraction: English news and press reports of engagements read into a validated Dataset.

>>> from engagement_schema.extraction import extract
>>> dataset = extract(text, published="2018-05-14")

Every fact carries the span of the text it was read from; values the text implies
rather than states (a year, a state served, an institution's name) say how they were
derived. The reading is rule-based, deterministic and offline: places from a
gazetteer, ranks and topics from the shipped vocabularies, titles and institutions
from a lexicon, and a shallow reading of the genre's sentences.

Input that is not a report raises `ExtractionError`: empty or whitespace-only text,
and binary data. Text that is a report of nothing the extractor knows gives a valid
dataset holding the source document and whatever places or people it names.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TypeVar

from engagement_schema.extraction.aid import AidMention, extend_aid, read_aid, restated
from engagement_schema.extraction.attributions import read_attributions
from engagement_schema.extraction.dates import DateMention, dateline_date, find_dates, reference_date
from engagement_schema.extraction.descriptions import find_descriptions
from engagement_schema.extraction.discourse import Agent, AgentMention, Discourse
from engagement_schema.extraction.engagements import (
    EngagementMention,
    Held,
    about_current,
    dated_after,
    held,
    of_past_year,
    present,
    read_engagements,
    represented,
)
from engagement_schema.extraction.lexicon import Marks, lexicon
from engagement_schema.extraction.organizations import (
    OrganizationMention,
    Organizations,
    canonical_name,
    find_organizations,
    short_forms,
)
from engagement_schema.extraction.people import read_people
from engagement_schema.extraction.places import (
    PlaceMention,
    capitals_named,
    dateline,
    gazetteer,
    kingdom_mentions,
    speaks_for_state,
)
from engagement_schema.extraction.records import Reading, build_dataset
from engagement_schema.extraction.statements import StatementMention, read_statements, signed_once
from engagement_schema.extraction.text import Document, ExtractionError, SpanIndex
from engagement_schema.extraction.topics import TopicReader
from engagement_schema.models import Dataset
from engagement_schema.models.types import DATE_PATTERN

__all__ = ["ExtractionError", "extract"]

_DATE = re.compile(DATE_PATTERN)


# "the Tajik side", "the U.S. government": a demonym before these stands for its state.
_STATE_NOUNS = re.compile(
    r"\s+(?:side|sides|government|authorities|leadership|state|republic|party|delegation|officials|people)\b"
)
_NOUN_AFTER = re.compile(r"\s+[a-z]")


M = TypeVar("M", PlaceMention, DateMention)


def _by_sentence(doc: Document, mentions: list[M]) -> dict[int, list[M]]:
    """The mentions of each sentence, by its index, in text order."""
    found: dict[int, list[M]] = {}
    for mention in mentions:
        found.setdefault(doc.sentence_of(mention.span.start).index, []).append(mention)
    return found


def _speaks_for_state(doc: Document, place: PlaceMention) -> bool:
    """Whether a place mention can be a party: a name ("Japan"), or a demonym before a word
    for the state ("the Tajik side") — not one before another noun ("a Chinese company")."""
    if not place.adjective:
        return True
    return bool(_STATE_NOUNS.match(doc.folded, place.span.end)) or not _NOUN_AFTER.match(doc.folded, place.span.end)


def _lede(
    doc: Document, dates: list[DateMention], filed_from: PlaceMention | None, dates_in: dict[int, list[DateMention]]
) -> tuple[int, DateMention] | None:
    """The first sentence of a wire story whose dateline stands alone ("YEREVAN, May 8.
    /ARMENPRESS/. X met Y ..."), with the dateline's day: what it tells with no day of its
    own is the day's news."""
    filed = dateline_date(doc, dates, filed_from.span) if filed_from is not None else None
    if filed is None:
        return None
    following = doc.sentence_of(filed.span.start).index + 1
    while (
        following < len(doc.sentences)
        and not doc.sentences[following].span.end - doc.sentences[following].span.start > 40
    ):
        following += 1  # "/ARMENPRESS/.", "AZERTAC": the agency's name
    return (following, filed) if following < len(doc.sentences) and following not in dates_in else None


def _event_dates(doc: Document, dates: list[DateMention], filed_from: PlaceMention | None) -> list[DateMention]:
    """The dates that may date an event: a dateline's date only when its sentence gives no
    other ("MANAMA, 10 January - ... met ... on 9 January" was on the 9th)."""
    filed = dateline_date(doc, dates, filed_from.span) if filed_from is not None else None
    if filed is None:
        return dates
    sentence = doc.sentence_of(filed.span.start).span
    if sum(1 for d in dates if d.span.within(sentence)) < 2:
        return dates
    return [d for d in dates if d is not filed]


_THE_HEAD = re.compile(r"\b[Tt]he\s+\w+$")


def _fill_told(said: Held, latest: list[EngagementMention]) -> Held | None:
    """Fill the last engagement told of a kind `said` can mean with the day and city it
    says (what its own words left out); `said` itself when none was told (it may date the
    next one told), else None."""
    fitting = [e for e in latest if e.kind in said.kinds]
    if not fitting:
        return said
    last = max(fitting, key=lambda e: e.span.start)
    said.fill(last)
    return None


def _named_before(doc: Document, found: OrganizationMention, organizations: Organizations) -> str | None:
    """ "the Bank" after "the World Bank": a bare head word after "the" is the last
    organization named with it."""
    if not _THE_HEAD.search(doc.folded, max(0, found.span.start - 4), found.span.end):
        return None  # (the article is in the words found when it opens a sentence: "The Bank")
    head = found.name.strip().casefold()
    named = [
        key
        for key, org in organizations.by_key.items()
        if _head_word(org.name.casefold()) == head and org.name.casefold() != head
    ]
    return named[-1] if named else None


def _head_word(name: str) -> str:
    """The word a name's short form keeps: "Bank" of "Asian Development Bank", "Fund" of
    "Saudi Fund for Development" (the last word before "of" or "for")."""
    return re.split(r"\s+(?:of|for)\s+", name, maxsplit=1)[0].split()[-1]


def _check_unicode(text: str) -> None:
    # Evidence is hashed as UTF-8; a lone surrogate (possible in a Python str) has none.
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as err:
        raise ExtractionError(f"not Unicode text: a lone surrogate at character {err.start}") from None


def _check_date(published: str | None) -> None:
    if published is None:
        return
    if not _DATE.match(published):
        raise ExtractionError(f"published date {published!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    parts = [int(p) for p in published.split("-")]
    try:
        dt.date(*parts, *[1] * (3 - len(parts)))
    except ValueError as err:
        raise ExtractionError(f"published date {published!r} is not a calendar date: {err}") from None


def extract(
    text: str,
    *,
    published: str | None = None,
    url: str | None = None,
    title: str | None = None,
    publisher: str | None = None,
) -> Dataset:
    """Read a report of engagements into a validated dataset.

    `published` (YYYY, YYYY-MM or YYYY-MM-DD) is the date dates without a year, weekdays
    and "today" are read against; `url`, `title` and `publisher` (an organization's
    name) describe the source document. Raises `ExtractionError` when the input is not
    text to read.
    """
    _check_date(published)
    if publisher is not None and not publisher.strip():
        raise ExtractionError("publisher is empty: name the organization that published the report")
    _check_unicode(text)
    doc = Document(text)
    marks = Marks(doc)
    places = marks.places
    people = read_people(marks, doc.sentences)
    organizations = Organizations()
    mentions = [AgentMention(m.extent, Agent("person", p.name)) for p in people for m in p.mentions]
    mentions += [AgentMention(span, Agent("person", p.name)) for span, p in find_descriptions(marks, people)]
    masked = [m.span for p in people for m in p.mentions] + [post.label for p in people for post in p.posts()]
    institutions = find_organizations(marks)
    for found in institutions:
        masked.append(found.span)
        earlier = _named_before(doc, found, organizations) if " " not in found.name.strip() else None
        if earlier is None and found.country is None and found.name.casefold() in lexicon().institution_heads:
            continue  # "the Office said" with no office named before: the text names none
        key = earlier or organizations.add(found.name, found.kind, found.country, found.span)
        mentions.append(AgentMention(found.span, Agent("organization", key)))
    organized = [(m.span, m.agent.key) for m in mentions if m.agent.kind == "organization"]
    mentions += [AgentMention(span, Agent("organization", key)) for span, key in short_forms(doc, organized)]
    # "European" in "European Union" and "Shanghai" in "Shanghai Cooperation Organisation" name
    # the institution, not a place it is about or an engagement is held in.
    # A city ending a name after its first word is where the institution is ("State House
    # Entebbe", "the University of Nairobi"): an engagement held there is held in the city.
    inside = SpanIndex(i.span for i in institutions)
    ending = {i.span.end: i.span.start for i in institutions}
    places = [
        p
        for p in places
        if p.place.kind == "country"
        or not inside.covers(p.span)
        or (p.place.kind == "city" and ending.get(p.span.end, p.span.start) < p.span.start)
        or doc.folded.endswith(" in ", 0, p.span.start)  # "... Development in Africa": the remit, a place
    ]
    named = SpanIndex(m.span for m in mentions)
    mentions += [
        AgentMention(p.span, Agent("place", p.place.name))
        for p in places
        if p.place.kind != "city" and not named.overlaps(p.span) and _speaks_for_state(doc, p)
    ]
    mentions += [
        AgentMention(p.span, Agent("place", state.name))
        for p in places
        if (state := speaks_for_state(doc.folded, p)) is not None and not named.overlaps(p.span)
    ]
    mentions += [
        AgentMention(span, Agent("place", state.name))
        for span, state in kingdom_mentions(doc, places)
        if not named.overlaps(span)
    ]
    discourse = Discourse(doc, mentions, marks.places)
    dates = find_dates(doc)
    reader = TopicReader(doc, masked, places)
    engagements: list[EngagementMention] = []
    statements: list[StatementMention] = []
    aid: list[AidMention] = []
    latest: dict[str, EngagementMention] = {}
    pending: Held | None = None  # "A ceremony ... was held here yesterday", before the one it dates
    filed_from = dateline(doc, marks.places)  # "British Embassy Tbilisi": a city in a name too
    places = sorted([*places, *capitals_named(doc, marks.places, filed_from)], key=lambda p: p.span.start)
    places_in, dates_in = _by_sentence(doc, places), _by_sentence(doc, _event_dates(doc, dates, filed_from))
    lede = _lede(doc, dates, filed_from, dates_in)
    for sentence in doc.sentences:
        if sentence is doc.headline:
            continue
        here, today = places_in.get(sentence.index, []), dates_in.get(sentence.index, [])
        told = read_engagements(discourse, sentence, here, today)
        dated_after(discourse, sentence, told, engagements)
        if lede is not None and sentence.index == lede[0]:
            for engagement in told:
                engagement.filed_day = lede[1]
        said_held = held(discourse, sentence, here, today) if not told else None
        if said_held is not None:
            pending = _fill_told(said_held, list(latest.values()))
        for engagement in told:
            if pending is not None and engagement.kind in pending.kinds and sentence.index - pending.sentence <= 2:
                pending.fill(engagement)
                pending = None
        for engagement in told:
            reader.mask(engagement.masked)
            if engagement.kind not in latest or latest[engagement.kind].span.start <= engagement.span.start:
                latest[engagement.kind] = engagement  # the last told of each kind, for "the meeting"
        engagements += told
        if latest:
            present(discourse, sentence, list(latest.values()))
            represented(discourse, sentence, max(latest.values(), key=lambda e: e.span.start))
        said = read_statements(discourse, sentence, told, reader)
        current = None if told else about_current(discourse, sentence, list(latest.values()))
        if current is not None:
            for statement in said:
                statement.engagement = current
            current.topics_from.append(sentence.body)
        statements += said
        if not (aid and aid[-1].span.end <= sentence.span.start and extend_aid(aid[-1], discourse, sentence, reader)):
            aid += read_aid(discourse, sentence, reader)
    reference = reference_date(doc, dates, published, filed_from.span if filed_from else None)
    if reference is not None:
        engagements = [e for e in engagements if not of_past_year(doc, e, reference.year)]
    if not aid and doc.headline is not None:
        aid = read_aid(discourse, doc.headline, reader)  # "Japan Grants $4 Million to Timor-Leste"
    aid = restated(aid)
    published_by = (
        organizations.add(
            canonical_name(" ".join(publisher.split())),
            lexicon().organization_kind(publisher),
            None,
            None,
            "Given with the report as its publisher; the text does not say it.",
        )
        if publisher is not None
        else None
    )
    home = gazetteer().countries.get(filed_from.place.country or "") if filed_from else None
    attributions = read_attributions(discourse, places, home)
    for attribution in attributions:
        if attribution.work is not None:
            name, kind, country = attribution.work.publisher
            span = attribution.work_spans[0] if attribution.work_spans else None
            method = f'Named as the publisher of "{doc.quote(span)}".' if span else None
            attribution.agent = Agent("organization", organizations.add(name, kind, country, span, method))
    reading = Reading(
        doc=doc,
        published=published,
        url=url,
        title=title,
        places=places,
        people=people,
        organizations=organizations,
        publisher=published_by,
        engagements=engagements,
        statements=signed_once(statements, doc, reader),
        aid=aid,
        attributions=attributions,
        reference=reference,
        topics=reader,
        dateline=filed_from,
    )
    return build_dataset(reading)
