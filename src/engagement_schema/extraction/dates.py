"""Dates: the words that name a day ("May 11", "15.06.2016", "on Tuesday", "today") and
the calendar day each names.

Reports often leave the year, or the day itself, to the reader: "on May 11" in a
report of May 14, 2018; "on Tuesday"; "today" in a press release. Such dates are
resolved against a reference — the publication date when the caller gives it, else a
dateline or a full date in the text, else a year the text implies ("26 years of
engagement … since 1992" makes 2018) — and every resolved value says how it was
derived and from which words. Without a reference the date is left out.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from engagement_schema.extraction.text import CuedPattern, Document, Span, SpanIndex

__all__ = [
    "SINCE",
    "YEARS",
    "DateMention",
    "Reference",
    "Resolved",
    "dateline_date",
    "find_dates",
    "reference_date",
    "resolve",
]

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("January", "Jan"),
            ("February", "Feb"),
            ("March", "Mar"),
            ("April", "Apr"),
            ("May",),
            ("June", "Jun"),
            ("July", "Jul"),
            ("August", "Aug"),
            ("September", "Sep", "Sept"),
            ("October", "Oct"),
            ("November", "Nov"),
            ("December", "Dec"),
        ),
        start=1,
    )
    for name in names
}
_WEEKDAYS = {d: n for n, d in enumerate(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"))}
_RELATIVE = {
    "today": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "tonight": 0,
    "yesterday": -1,
    "tomorrow": 1,
    "the day before yesterday": -2,
}
#: Days counted from the date told before ("arrived the day before", "Later the same day").
_COUNTED = {
    "the day before": -1,
    "the previous day": -1,
    "a day earlier": -1,
    "the next day": 1,
    "the following day": 1,
    "the next morning": 1,
    "the following morning": 1,
    "the following evening": 1,
    "that evening": 0,
    "the same evening": 0,
    "that morning": 0,
    "the same morning": 0,
    "that afternoon": 0,
    "in the afternoon": 0,
    "in the evening": 0,
    "in the morning": 0,
    "the same afternoon": 0,
    "the same occasion": 0,
    "the same ceremony": 0,
    "the same event": 0,
    "a day later": 1,
    "the same day": 0,
    "on the eve": -1,
    "later in the day": 0,
    "later that day": 0,
    "earlier in the day": 0,
    "earlier that day": 0,
}
# Cued by the phrases themselves, not by "day": "today" and "Monday" are in most reports,
# and the scan of the whole text costs many times the search for each phrase; the scan
# tries the phrases only at the letters they start with.
_COUNTED_FROM_BEFORE = CuedPattern(
    # "on the eve of the summit" is counted from the summit, not from the day told before
    rf"(?=[{''.join(sorted({phrase[0] for phrase in _COUNTED}))}])\b"
    rf"(?P<counted>{'|'.join(sorted(_COUNTED, key=len, reverse=True))})\b(?!\s+of\b)",
    *_COUNTED,
)
#: A relative clause set off by a comma ("X, who arrived on Sunday", "the visit, which began").
_ASIDE = re.compile(r",\s*(?:who|which)\b[^,;.]*", re.IGNORECASE)
#: "On the 12th, in Blantyre": a day of the month told before (or of the report's month).
_DAY_OF_MONTH = re.compile(
    r"\bon\s+the\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b"
    r"(?=\s*[,.;:)]|\s+(?:of\s+(?:this|the|that)\s+month|in|at|the|he|she|they|it|when|during|as|and)\b)",
    re.IGNORECASE,
)
_ORDINAL = re.compile(r"\d(?:st|nd|rd|th)\b")

_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_UNTIL = r"(?:\s*-\s*|\s+(?:to|and|through|till|until)\s+)"
_YEAR = r"(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?"
# Cheap searches that must succeed for a pattern to be worth trying over the whole text
# (one opening with a plain character, as "-(?<=\d-)" does, the cheapest).
# A pattern opening with (?=...) names the characters its matches start with: the scan
# skips to those instead of trying the whole pattern at every word.
_MONTH_CUES = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")
_PATTERNS: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = (
    # "May 11", "June 14-16, 2018"
    (
        _MONTH_DAY := re.compile(rf"\b{_MONTH}\s+{_DAY}(?:{_UNTIL}(?P<until>[0-3]?\d)(?:st|nd|rd|th)?)?\b{_YEAR}"),
        _MONTH_CUES,
    ),
    # "15 June 2016", "14 to 16 June", "15th of June"
    (
        re.compile(rf"(?=\d)\b{_DAY}(?:{_UNTIL}(?P<until>[0-3]?\d)(?:st|nd|rd|th)?)?\s+(?:of\s+)?{_MONTH}\b{_YEAR}"),
        _MONTH_CUES,
    ),
    # "15.06.2016", "15/06/2016"
    (
        re.compile(r"(?=\d)\b(?P<day>[0-3]?\d)(?P<sep>[./])(?P<nmonth>[01]?\d)(?P=sep)(?P<year>(?:19|20)\d\d)\b"),
        re.compile(r"\d[./]\d"),
    ),
    # "2016-06-15"
    (re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<nmonth>[01]\d)-(?P<day>[0-3]\d)\b"), re.compile(r"-(?<=\d-)(?=\d)")),
    # "in June 2016"
    (_MONTH_YEAR := re.compile(rf"\b{_MONTH}\s+(?P<year>(?:19|20)\d\d)\b"), _MONTH_CUES),
    # "on Tuesday", "last Friday"
    (
        re.compile(
            r"(?=[lntcoMTWFS])\b(?:(?P<which>last|this|next|coming|on)\s+)?(?P<weekday>"
            + "|".join(_WEEKDAYS)
            + r")\b(?!,?\s+(?:(?:"
            + "|".join(_MONTHS)
            + r")\b|[0-3]?\d\b))"
        ),
        re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"),
    ),
    (
        re.compile(
            r"(?=[ty])\b(?P<relative>" + "|".join(sorted(_RELATIVE, key=len, reverse=True)) + r")\b", re.IGNORECASE
        ),
        re.compile(r"(?i:(?=[ty])(?:today|yesterday|tomorrow|this\s|tonight))"),
    ),
)
#: "26 years": a span of years counted up to the report.
YEARS = re.compile(r"\b(?P<n>\d{1,3})\s*-?\s*years?\b")
#: "Since 1992": the year something began.
SINCE = re.compile(r"\b[Ss]ince\s+(?P<year>(?:19|20)\d\d)\b")
_RELATIVE_CLAUSE = re.compile(r",?\s+(?:under\s+which|in\s+which|by\s+which|which|that|where|who)\b")
# "signed on Tuesday a plan to clean up the lake": a verb in the past just before the day
# tells it is past, whatever the sentence says of plans ("will be signed on" is not).
_DONE_ON = re.compile(
    r"(?<!\bbe\s)(?<!\bbeen\s)\b(?!(?:scheduled|expected|planned|slated|invited)\b)"
    r"(?:[a-z]+ed|met|held|paid|made|began|took)\s+(?:on\s+)?$"
)
_FUTURE = re.compile(
    r"\b(?:will|shall|is to|are to|is scheduled|are scheduled|plans? to|is expected|next|coming|upcoming)\b"
)


@dataclass(frozen=True, slots=True)
class DateMention:
    """Words naming a day or a month, and what they state of it."""

    span: Span
    year: int | None = None
    month: int | None = None
    day: int | None = None
    until: int | None = None
    """The last day of a range ("14-16 June")."""
    weekday: int | None = None
    which: str | None = None
    """"last", "next" or "this" before a weekday."""
    offset: int | None = None
    """Days from the reference date ("yesterday" is -1), or from `after` when it is given."""
    after: DateMention | None = None
    """The date told before that this one counts from ("the day before" 27 September)."""


@dataclass(frozen=True, slots=True)
class Reference:
    """The date the report's own dates are read against, and how it was found."""

    year: int
    date: dt.date | None
    method: str
    evidence: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Resolved:
    """A date's value, with how it was derived when the text does not state it whole."""

    start: str
    end: str | None
    method: str | None
    evidence: tuple[Span, ...]


def find_dates(doc: Document) -> list[DateMention]:
    """Every date the text writes, in order; where two readings overlap the first pattern
    (the more complete one) wins."""
    found: list[DateMention] = []
    for pattern, cue in _PATTERNS:
        if not cue.search(doc.folded):
            continue  # a pattern whose words the text lacks cannot match (and scanning costs)
        taken = SpanIndex(m.span for m in found)  # earlier patterns' dates
        for match in _matches(pattern, cue, doc.folded):
            span = Span(match.start(), match.end())
            mention = None if taken.overlaps(span) else _mention(span, match)
            if mention is not None:
                found.append(mention)
    found.sort(key=lambda m: m.span)
    return _with_counted(doc, found)


def _with_counted(doc: Document, found: list[DateMention]) -> list[DateMention]:
    """`found` with the dates counted from the last one named before ("the previous day";
    "Later in the day" after "the previous day" still means the day named), but not from
    one in an aside ("the visit, which began on Tuesday,"): the story's day goes on past it;
    within the aside's own sentence it is the day told ("X, who arrived on Wednesday, met Y
    the same day"). A day counted forward is then the day told ("The following morning, ...
    On the same day, ..."); one counted back is a look back, not the story's day. One with
    no date before it counts from nothing the reader knows and is left out."""
    asides = SpanIndex(Span(m.start(), m.end()) for m in _ASIDE.finditer(doc.folded))
    named = [m for m in found if not asides.covers(m.span)]
    taken = SpanIndex(m.span for m in found)
    if _ORDINAL.search(doc.folded):  # "On the 24th" is named, and counted from the day before it
        for match in _DAY_OF_MONTH.finditer(doc.folded):
            span = Span(match.start(), match.end())
            if not taken.overlaps(span):
                before = [m for m in named if m.span.end <= span.start]
                day = DateMention(span, day=int(match.group("day")), after=before[-1] if before else None)
                found.append(day)
                bisect.insort(named, day, key=lambda m: m.span)
    for match in _COUNTED_FROM_BEFORE.finditer(doc):
        span = Span(match.start(), match.end())
        before = [m for m in named if m.span.end <= span.start]
        # "X, who arrived on Wednesday, met Y the same day": an aside of the same sentence is the day told
        sentence = doc.sentence_of(span.start).span
        aside = [m for m in found if asides.covers(m.span) and sentence.start <= m.span.start < span.start]
        if aside:
            before = sorted([*before, max(aside, key=lambda m: m.span)], key=lambda m: m.span)
        if before and not taken.overlaps(span):
            offset = _COUNTED[match.group("counted").casefold()]
            counted = DateMention(span, offset=offset, after=before[-1])
            found.append(counted)
            if offset > 0 and not asides.covers(span):  # "The following morning, ... On the same day,": that morning's
                bisect.insort(named, counted, key=lambda m: m.span)
    found.sort(key=lambda m: m.span)
    return found


def _matches(pattern: re.Pattern[str], cue: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`; for a pattern that starts with a month name, tried only
    where a month's cue starts (every month name begins with one), not at every word."""
    if pattern is not _MONTH_DAY and pattern is not _MONTH_YEAR:
        yield from pattern.finditer(text)
        return
    end = 0
    for found in cue.finditer(text):
        if found.start() >= end and (match := pattern.match(text, found.start())) is not None:
            yield match
            end = match.end()


def _mention(span: Span, match: re.Match[str]) -> DateMention | None:
    groups = match.groupdict()
    if groups.get("relative"):
        return DateMention(span, offset=_RELATIVE[groups["relative"].casefold()])
    if groups.get("weekday"):
        which = groups.get("which")
        return DateMention(span, weekday=_WEEKDAYS[groups["weekday"]], which=None if which == "on" else which)
    month = _MONTHS[groups["month"]] if groups.get("month") else int(groups["nmonth"])
    year = int(groups["year"]) if groups.get("year") else None
    day = int(groups["day"]) if groups.get("day") else None
    until = int(groups["until"]) if groups.get("until") else None
    if not 1 <= month <= 12 or (day is not None and not _valid(year or 2000, month, day)):
        return None
    if until is not None and (day is None or until <= day or not _valid(year or 2000, month, until)):
        until = None
    return DateMention(span, year=year, month=month, day=day, until=until)


def _valid(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


# Between a dateline's city and its date: a comma, perhaps a country or state ("YEREVAN,
# May 25", "MANAMA, Bahrain, 10 January").
_DATELINE_GAP = re.compile(r"\s*,\s*(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}\s*,\s*)?$")


def reference_date(
    doc: Document, dates: list[DateMention], published: str | None, dateline: Span | None = None
) -> Reference | None:
    """The date to read the text's incomplete dates against, best source first: the day
    the dateline (the city at `dateline`) gives, in the week before the publication date
    given; that date; a full date in the text's first line or elsewhere; a year implied
    by "N years ... since YYYY"."""
    if published:
        parts = [int(p) for p in published.split("-")]
        date = dt.date(*parts) if len(parts) == 3 else None
        filed = _filed(doc, dates, date, dateline) if dateline is not None else None
        return filed or Reference(parts[0], date, f"the publication date {published}")
    full = [m for m in dates if m.year is not None and m.day is not None]
    if full:
        first = full[0]
        assert first.year is not None
        assert first.month is not None
        assert first.day is not None
        where = "the dateline" if doc.sentences and first.span.within(doc.sentences[0].span) else "the text"
        date = dt.date(first.year, first.month, first.day)
        return Reference(first.year, date, f'the date "{doc.quote(first.span)}" in {where}', (first.span,))
    return _implied_year(doc)


def dateline_date(doc: Document, dates: list[DateMention], city: Span) -> DateMention | None:
    """The date of a dateline whose city is at `city` ("YEREVAN, May 25"), if it has one:
    the day the report was filed, not (when the sentence gives another) the event's."""
    first = next((m for m in dates if m.span.start >= city.end), None)
    return first if first is not None and _DATELINE_GAP.match(doc.folded, city.end, first.span.start) else None


def _filed(doc: Document, dates: list[DateMention], published: dt.date | None, city: Span) -> Reference | None:
    """The day a dateline says the report was filed ("YEREVAN, May 25 -"), when it is in
    the week before publication: wire copy's "today" and "on Monday" count from that day."""
    first = dateline_date(doc, dates, city)
    if published is None or first is None or first.month is None or first.day is None:
        return None
    year = first.year or _year_for(first.month, first.day, Reference(published.year, published, ""))
    if not _valid(year, first.month, first.day):
        return None
    filed = dt.date(year, first.month, first.day)
    if not 0 < (published - filed).days <= 7:
        return None  # filed the day it was published (nothing changes), or not the filing day
    method = f'the dateline "{doc.quote(first.span)}" ({filed.isoformat()}; published {published.isoformat()})'
    return Reference(year, filed, method, (first.span,))


def _implied_year(doc: Document) -> Reference | None:
    """ "With 26 years of engagement ... Since 1992" implies a report of 2018."""
    for since in SINCE.finditer(doc.folded):
        paragraph = doc.paragraph_of(doc.sentence_of(since.start()))
        for years in YEARS.finditer(doc.folded, paragraph[0].span.start, paragraph[-1].span.end):
            year = int(since.group("year")) + int(years.group("n"))
            spans = (Span(years.start(), years.end()), Span(since.start(), since.end()))
            quoted = " and ".join(f'"{doc.quote(s)}"' for s in spans)
            return Reference(year, None, f"{quoted} count the report's year as {year}", spans)
    return None


def resolve(doc: Document, mention: DateMention, reference: Reference | None) -> Resolved | None:
    """The date a mention names, or None when the text and reference cannot tell it."""
    quote = doc.quote(mention.span)
    if mention.month is None and mention.day is not None:
        return _day_of_month(doc, mention, reference)
    if mention.after is not None:
        return _counted(doc, mention, mention.after, reference)
    if mention.month is not None:
        if mention.year is not None:
            return Resolved(_iso(mention.year, mention.month, mention.day), _end(mention, mention.year), None, ())
        if reference is None:
            return None
        year = _year_for(mention.month, mention.day or 1, reference)
        method = f'The text gives "{quote}" without a year; the year is taken from {reference.method}.'
        return Resolved(
            _iso(year, mention.month, mention.day), _end(mention, year), method, (mention.span, *reference.evidence)
        )
    if reference is None or reference.date is None:
        return None
    if mention.offset is not None:
        day = reference.date + dt.timedelta(days=mention.offset)
        method = f'"{quote}" is read against {reference.method}.'
        return Resolved(day.isoformat(), None, method, (mention.span, *reference.evidence))
    assert mention.weekday is not None
    sentence = doc.sentence_of(mention.span.start)
    # "signed on Tuesday an agreement under which Spain will provide": the future is the
    # relative clause's, not the signing's
    told = _RELATIVE_CLAUSE.search(doc.folded, mention.span.end, sentence.span.end)
    future = mention.which in ("next", "coming") or bool(
        mention.which != "last"
        and not _DONE_ON.search(doc.folded, max(sentence.span.start, mention.span.start - 30), mention.span.start)
        and _FUTURE.search(doc.folded, sentence.span.start, told.start() if told else sentence.span.end)
    )
    strict = mention.which == "last" or (future and mention.which != "this")
    day = _weekday(reference.date, mention.weekday, future, strict)
    direction = "after" if future else "on or before"
    method = f'"{quote}" is read as the {day:%A} {direction} {reference.method}.'
    return Resolved(day.isoformat(), None, method, (mention.span, *reference.evidence))


def _counted(doc: Document, mention: DateMention, after: DateMention, reference: Reference | None) -> Resolved | None:
    """The day `mention` names counting from the date told before it, when that is a day."""
    base = resolve(doc, after, reference)
    if base is None or base.end is not None or len(base.start) != len("YYYY-MM-DD"):
        return None
    assert mention.offset is not None
    day = dt.date.fromisoformat(base.start) + dt.timedelta(days=mention.offset)
    method = f'"{doc.quote(mention.span)}" is counted from "{doc.quote(after.span)}" ({base.start}).'
    return Resolved(day.isoformat(), None, method, (mention.span, after.span, *base.evidence))


def _day_of_month(doc: Document, mention: DateMention, reference: Reference | None) -> Resolved | None:
    """The day "on the 24th" names: that day of the month of the date told before it (of
    the next month when the day has passed), or with none, the last such day up to the
    reference ("on the 24th" in a report of 26 April is 24 April)."""
    assert mention.day is not None
    if mention.after is not None:
        base = resolve(doc, mention.after, reference)
        if base is None or base.end is not None:
            return None
        told = dt.date.fromisoformat(base.start if len(base.start) > 7 else f"{base.start}-01")
        day = _day_from(told, mention.day, forward=True)
        since = f'the month of "{doc.quote(mention.after.span)}" ({base.start})'
        evidence = (mention.after.span, *base.evidence)
    elif reference is not None and reference.date is not None:
        day = _day_from(reference.date, mention.day, forward=False)
        since, evidence = reference.method, reference.evidence
    else:
        return None
    if day is None:
        return None
    method = f'"{doc.quote(mention.span)}" is read as a day of {since}.'
    return Resolved(day.isoformat(), None, method, (mention.span, *evidence))


def _day_from(told: dt.date, day: int, *, forward: bool) -> dt.date | None:
    """Day `day` of `told`'s month, or when that is before `told` (after it, going back)
    of the next month (the last): the nearest such day in the direction told."""
    year, month = told.year, told.month
    if _valid(year, month, day) and (told.day <= day if forward else day <= told.day):
        return dt.date(year, month, day)
    year, month = (year + month // 12, month % 12 + 1) if forward else (year - (month == 1), (month - 2) % 12 + 1)
    return dt.date(year, month, day) if _valid(year, month, day) else None


def _year_for(month: int, day: int, reference: Reference) -> int:
    """The year that puts month and day nearest the reference: a report of early January
    tells of late December last year, one of late December announces January next."""
    if reference.date is None:
        return reference.year
    best = reference.year
    for year in (reference.year - 1, reference.year + 1):
        if (
            _valid(year, month, day)
            and _valid(best, month, day)
            and (
                abs((dt.date(year, month, day) - reference.date).days)
                < abs((dt.date(best, month, day) - reference.date).days) - 120
            )
        ):
            best = year
    return best


def _weekday(reference: dt.date, weekday: int, future: bool, strict: bool) -> dt.date:
    """The weekday nearest the reference in the direction told; `strict` skips the
    reference's own day ("last Tuesday" on a Tuesday is a week back, "this Tuesday" is today)."""
    if future:
        ahead = (weekday - reference.weekday()) % 7
        return reference + dt.timedelta(days=ahead or (7 if strict else 0))
    back = (reference.weekday() - weekday) % 7
    return reference - dt.timedelta(days=back or (7 if strict else 0))


def _iso(year: int, month: int, day: int | None) -> str:
    return f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day is not None else "")


def _end(mention: DateMention, year: int) -> str | None:
    return _iso(year, mention.month, mention.until) if mention.until is not None and mention.month else None
