"""Attributions: the sources a report credits its claims to, and which claims each covers.

"..., according to the U.S. Embassy" credits the sentence it closes and the sentences
of its paragraph before it that credit no one else. "The president's official website
reports that ..." credits its sentence and the rest of its paragraph; "..., the
president's website said" its own sentence. A hedged sentence ("The two sides
reportedly discussed ...") rests on the source credited last. A source described
rather than named ("the Tajik president's official website") becomes a cited work
whose title is built from the description, and whose publisher is the office it
belongs to; later descriptions of it ("the president's website") are the same work.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from engagement_schema.extraction.discourse import HEDGE, Agent, Discourse
from engagement_schema.extraction.organizations import state_name
from engagement_schema.extraction.places import KnownPlace, PlaceMention
from engagement_schema.extraction.text import CuedPattern, Document, Sentence, Span
from engagement_schema.models.organizations import OrganizationKind

__all__ = ["AttributionMention", "CitedWork", "TheMinistry", "read_attributions"]

_F = re.IGNORECASE
_OWNERS: dict[str, tuple[str, str, OrganizationKind]] = {
    # owner as written -> (the office's name, the owner as a title, kind)
    "president": ("Office of the President", "the President", "head-of-state-office"),
    "presidential": ("Office of the President", "the President", "head-of-state-office"),
    "prime minister": ("Government", "the Prime Minister", "government"),
    "government": ("Government", "the Government", "government"),
    "foreign ministry": ("Ministry of Foreign Affairs", "the Ministry of Foreign Affairs", "ministry"),
    "foreign affairs ministry": ("Ministry of Foreign Affairs", "the Ministry of Foreign Affairs", "ministry"),
    "defense ministry": ("Ministry of Defense", "the Ministry of Defense", "ministry"),
    "defence ministry": ("Ministry of Defence", "the Ministry of Defence", "ministry"),
    "embassy": ("Embassy", "the Embassy", "diplomatic-mission"),
}
_WORK_CUES = ("site", "press", "telegram", "information")
_WORKS = (
    r"website|web\s+site|site|press\s+service|press\s+office|press\s+release|telegram\s+channel|information\s+service"
)
_DESCRIBED = re.compile(
    r"\b(?:the\s+)?(?:(?P<country>[A-Z][\w.'-]*(?:\s[A-Z][\w'-]*)?)\s+)?(?P<owner>"
    + "|".join(sorted(_OWNERS, key=len, reverse=True))
    + rf")(?:'s|\s+)\s*(?P<official>official\s+)?(?P<work>{_WORKS})\b",
    _F,
)
# "the press service of the President of Uzbekistan": the same description, owner after.
_DESCRIBED_OF = re.compile(
    rf"\b(?:the\s+)?(?P<official>official\s+)?(?P<work>{_WORKS})\s+of\s+(?:the\s+)?(?P<owner>president|prime\s+minister|government)"
    r"(?:\s+of\s+(?:the\s+)?(?P<country>(?-i:[A-Z][\w.'-]*(?:\s[A-Z][\w'-]*)?)))?",
    _F,
)
_REPORTS = re.compile(
    r"(?:\s+(?:news\s+agency|agency|newspaper|website|press\s+service))?(?:\s+in\s+[A-Z][\w-]*)?"
    r"\s+(?:reports|reported|says|said|stated|states"
    r"|announced|informs|informed|writes|wrote|notes|noted|added"
    r"|told\s+(?-i:[A-Z][\w-]*)(?!\s+(?-i:[A-Z])))\b(?:\s+that)?",
    _F,
)
_ACCORDING = CuedPattern(r"\baccording\s+to\s+", "according")
# "X told Hina": a news agency's source, as "X said that ..." is.
_PERSON_REPORTS = re.compile(r"(?:said|says|stated|told\s+\w+)\s+that|told\s+(?-i:[A-Z][\w-]*)", _F)
# "according to the website of X", "according to a statement issued by New Zealand's X"
_OF_AGENT = re.compile(
    r"(?:(?:the|an?)\s+)?(?:(?:(?:official|press|joint)\s+)?(?:website|web\s+site|press\s+service|press\s+office"
    r"|statement|press\s+release|release|report|information\s+service|spokesman|spokesperson)"
    r"\s+(?:of|for|from|by|(?:issued|released|published)\s+by)\s+(?:the\s+)?)?"
    r"(?:(?-i:[A-Z][\w.-]*(?:\s[A-Z][\w-]*)?)['\u2019]s\s+)?",
    _F,
)
# "the ministry said", "according to the ministry's press service", "ministry officials said",
# "the Armenian defence ministry", "the foreign ministry spokesman, X, said": the ministry of a
# minister the report tells of (resolved with the posts, in records).
_THE_MINISTRY = CuedPattern(
    r"\bthe\s+(?:(?-i:[A-Z][\w-]*)\s+)??(?:(?P<portfolio>foreign|defen[cs]e)\s+)?ministry"
    r"(?:['\u2019]s\s+(?:press\s+service|press\s+office|website|spokes(?:man|person)))?"
    r"(?:\s+spokes(?:man|woman|person)(?:,\s+[^,]{3,60},)?)?"
    r"|\bministry\s+(?:officials|spokes(?:man|person)|sources)",
    "ministry",
)


@dataclass(frozen=True, slots=True)
class TheMinistry:
    """A ministry the text credits without naming it ("the ministry said"): that of a minister
    the report tells of, known only once the posts are read."""

    portfolio: str
    """The portfolio written with it ("foreign", "defence"), or none."""


_ITS_WORDS = CuedPattern(
    r"\bthe\s+(?:statement|press\s+service|press\s+office|press\s+release|readout|release)\b",
    "statement",
    "press",
    "readout",
    "release",
)
_THAT = re.compile(r"\bthat\b", _F)
_AFTER_COMMA = re.compile(r",\s*(?:the\s+)?$", _F)


@dataclass(frozen=True, slots=True)
class CitedWork:
    """A work the report cites, described rather than named."""

    title: str
    publisher: tuple[str, OrganizationKind, str | None]
    """The office it belongs to: name, kind, country."""
    key: tuple[str, str]


@dataclass
class AttributionMention:
    """A crediting of claims, with the sentences it covers."""

    spans: list[Span]
    agent: Agent | TheMinistry | None
    work: CitedWork | None = None
    work_spans: list[Span] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)


def read_attributions(
    discourse: Discourse, places: list[PlaceMention], home: KnownPlace | None
) -> list[AttributionMention]:
    """The attributions of the text, one per credited agent or work, each with the
    sentences whose claims it covers."""
    doc = discourse.doc
    found: list[AttributionMention] = []
    covered: dict[int, AttributionMention] = {}
    last: AttributionMention | None = None
    for sentence in doc.sentences:
        for span, agent, work, work_span, forward in _credits(discourse, sentence, places, home, found):
            attribution = _same(found, agent, work)
            if attribution is None:
                attribution = AttributionMention([], agent, work)
                found.append(attribution)
            attribution.spans.append(span)
            if work_span is not None:
                attribution.work_spans.append(work_span)
            _cover(attribution, sentence, covered)
            paragraph = doc.paragraph_of(sentence)
            neighbours = (
                []
                if forward is None  # "According to X, ...": its own sentence only
                else [s for s in paragraph if (s.index > sentence.index if forward else s.index < sentence.index)]
            )
            for other in neighbours:
                if other.index not in covered:
                    _cover(attribution, other, covered)
            last = attribution
        if last is not None and sentence.index not in covered and _hedged(doc, sentence):
            _cover(last, sentence, covered)
    return [a for a in found if a.sentences]


def _hedged(doc: Document, sentence: Sentence) -> bool:
    """Whether the sentence's own claim is hedged ("The two sides reportedly discussed"); a
    hedge inside what someone said ("X noted that trade had reportedly doubled") is theirs."""
    hedge = HEDGE.search(doc, sentence.span.start, sentence.span.end)
    return hedge is not None and _THAT.search(doc.folded, sentence.span.start, hedge.start()) is None


def _cover(attribution: AttributionMention, sentence: Sentence, covered: dict[int, AttributionMention]) -> None:
    covered[sentence.index] = attribution
    if sentence not in attribution.sentences:
        attribution.sentences.append(sentence)


def _same(
    found: list[AttributionMention], agent: Agent | TheMinistry | None, work: CitedWork | None
) -> AttributionMention | None:
    for attribution in found:
        if work is not None and attribution.work is not None and attribution.work.key == work.key:
            return attribution
        if work is None and attribution.work is None and agent is not None and attribution.agent == agent:
            return attribution
    return None


Credit = tuple[Span, Agent | TheMinistry | None, CitedWork | None, Span | None, bool | None]
"""Words, agent, cited work, the work's words, and whether it covers the sentences after it."""


def _credits(
    discourse: Discourse,
    sentence: Sentence,
    places: list[PlaceMention],
    home: KnownPlace | None,
    found: list[AttributionMention],
) -> list[Credit]:
    """Each crediting in a sentence."""
    credits = _according(discourse, sentence, places, home, found)
    text = discourse.doc.folded
    lowered = text[sentence.span.start : sentence.span.end].lower()
    described_here = any(work in lowered for work in _WORK_CUES)
    descriptions = (
        [
            *_DESCRIBED.finditer(text, sentence.span.start, sentence.body.end),
            *_DESCRIBED_OF.finditer(text, sentence.span.start, sentence.body.end),
        ]
        if described_here
        else []
    )
    for described in descriptions:
        verb = _REPORTS.match(text, described.end())
        words = Span(described.start(), described.end())
        if verb is None or any(words.within(c[0]) for c in credits):
            continue
        work = _work(described, places, home, found)
        credits.append((Span(described.start(), verb.end()), None, work, words, not _closing(text, words.start)))
    for said in _ITS_WORDS.finditer(discourse.doc, sentence.span.start, sentence.body.end) if found else ():
        # ", the statement said", ", the press service said": the source credited last
        verb = _REPORTS.match(text, said.end())
        if verb is None or any(Span(said.start(), said.end()).overlaps(c[0]) for c in credits):
            continue
        last = found[-1]
        # ", the statement said" closes its own sentence: the source was credited before
        forward = None if _closing(text, said.start()) else True
        credits.append((Span(said.start(), verb.end()), last.agent, last.work, None, forward))
    for said in _THE_MINISTRY.finditer(discourse.doc, sentence.span.start, sentence.body.end):
        verb = _REPORTS.match(text, said.end())
        words = Span(said.start(), said.end())
        if verb is None or any(words.overlaps(c[0]) for c in credits) or _names_an_office(discourse, words):
            continue
        forward = not _closing(text, said.start())
        credits.append((Span(said.start(), verb.end()), _the_ministry(said), None, None, forward))
    credits += _said_by(discourse, sentence, credits)
    credits += _he_said(discourse.doc, sentence, found)
    for mention in discourse.within(sentence.span):
        verb = _REPORTS.match(text, mention.span.end)
        if verb is None or any(mention.span.within(c[0]) or c[0].within(mention.span) for c in credits):
            continue
        if mention.agent.kind == "person" and not _PERSON_REPORTS.fullmatch(verb.group().strip()):
            continue  # "X said" after a quotation credits the quotation; "X noted that" is what X said
        announces = verb.group().strip().casefold() == "announced"
        if announces and not _closing(text, _owner_start(text, mention.span.start)):
            continue  # "The EU announced EUR 20 million in aid": its act, not its report of one
        if mention.agent.kind != "place":
            credits.append(
                (
                    Span(mention.span.start, verb.end()),
                    mention.agent,
                    None,
                    None,
                    not _closing(text, _owner_start(text, mention.span.start)),
                )
            )
    return credits


def _said_by(discourse: Discourse, sentence: Sentence, credits: list[Credit]) -> list[Credit]:
    """ "..., said the Ministry of X.", "..., said Minister X.": the source named last, after its
    verb, closes the sentence's claim (a quotation's speaker is no source: '"...," said X')."""
    text, body = discourse.doc.folded, sentence.body
    said = (
        _SAID_BY.search(text, sentence.span.start, body.end)
        if discourse.doc.may_hold(sentence.span.start, body.end, _SAID_CUES)
        else None
    )
    if said is None:
        return []
    words = Span(said.start("verb"), body.end)
    if any(words.overlaps(c[0]) for c in credits):
        return []
    ministry = _THE_MINISTRY.pattern.match(text, said.end(), body.end)
    if (
        ministry is not None
        and _ENDS.fullmatch(text, ministry.end(), body.end)
        and not _names_an_office(discourse, Span(ministry.start(), ministry.end()))
    ):
        return [(words, _the_ministry(ministry), None, None, False)]
    named = _OF_AGENT.match(text, said.end(), body.end)
    start = named.end() if named else said.end()
    agents = [
        m
        for m in discourse.within(words)
        if m.span.start == start and m.agent.kind != "place" and _ENDS.fullmatch(text, m.span.end, body.end)
    ]
    return [(words, agents[0].agent, None, None, False)] if agents else []


def _he_said(doc: Document, sentence: Sentence, found: list[AttributionMention]) -> list[Credit]:
    """ "..., said Minister X. He said the target was agreed at ...": X's words still, right
    after X was credited."""
    speaker = found[-1].agent if found else None
    if not isinstance(speaker, Agent) or speaker.kind != "person" or sentence.index == 0:
        return []
    if found[-1].spans[-1].start < doc.sentences[sentence.index - 1].span.start:
        return []
    said = _HE_SAID.match(doc.folded, sentence.span.start)
    return [(Span(said.start(), said.end()), speaker, None, None, None)] if said else []


_HE_SAID = re.compile(r"(?:he|she)\s+(?:said|added|noted|told\s+\w+)\b", _F)
_SAID_CUES = ("said", "says", "reported", "stated", "announced", "added", "noted")
_SAID_BY = re.compile(rf",\s+(?P<verb>{'|'.join(_SAID_CUES)})\s+", _F)
_ENDS = re.compile(r"[^,;\"\u201c\u201d]*", _F)
"""The rest of a sentence after its source: no clause, no quotation."""


def _according(
    discourse: Discourse,
    sentence: Sentence,
    places: list[PlaceMention],
    home: KnownPlace | None,
    found: list[AttributionMention],
) -> list[Credit]:
    """ "according to the U.S. Embassy", "according to the press service of the Ministry of
    Defense", "according to the president's website"."""
    text = discourse.doc.folded
    credits: list[Credit] = []
    for match in _ACCORDING.finditer(discourse.doc, sentence.span.start, sentence.body.end):
        described = _DESCRIBED.match(text, match.end())  # a match at one position is cheap
        if described is not None and described.end() <= sentence.body.end:
            work = _work(described, places, home, found)
            words = Span(described.start(), described.end())
            credits.append((Span(match.start(), described.end()), None, work, words, False))
            continue
        phrase = _phrase(discourse, Span(match.end(), sentence.body.end))
        agents = [m for m in discourse.within(phrase) if m.agent.kind != "place"]
        opening = not text[sentence.span.start : match.start()].strip()
        ministry = _THE_MINISTRY.pattern.fullmatch(text, phrase.start, phrase.end)
        if not agents and ministry is not None:
            credits.append(
                (Span(match.start(), phrase.end), _the_ministry(ministry), None, None, None if opening else False)
            )
            continue
        if not agents and found and _ITS_WORDS.pattern.fullmatch(text, phrase.start, phrase.end):
            # "according to the statement": the source credited last
            last = found[-1]
            credits.append((Span(match.start(), phrase.end), last.agent, last.work, None, None if opening else False))
            continue
        if agents and _OF_AGENT.fullmatch(text, phrase.start, agents[0].span.start):
            # "According to Yonhap, the two discussed ..." opens its claim, as "Yonhap reports
            # that" does: it credits its sentence and those after it, not those before.
            credits.append(
                (Span(match.start(), agents[0].span.end), agents[0].agent, None, None, None if opening else False)
            )
    return credits


def _phrase(discourse: Discourse, rest: Span) -> Span:
    """The words after "according to": up to a comma, or past it when a name holds it
    ("the Ministry of Energy, Water Resources and Irrigation")."""
    comma = discourse.doc.folded.find(",", rest.start, rest.end)
    end = rest.end if comma == -1 else comma
    named = [m.span.end for m in discourse.within(Span(rest.start, rest.end)) if m.span.start < end]
    return Span(rest.start, max([end, *named]))


_WORK_OF = re.compile(
    r"(?:the\s+)?(?:official\s+)?(?:website|web\s+site|press\s+service|press\s+office|information\s+service"
    r"|spokesman|spokesperson)\s+(?:of|for)\s+(?:the\s+)?$",
    _F,
)


def _the_ministry(words: re.Match[str]) -> TheMinistry:
    portfolio = (words.group("portfolio") or "").casefold()
    return TheMinistry("defence" if portfolio.startswith("defen") else portfolio)


def _names_an_office(discourse: Discourse, words: Span) -> bool:
    """Whether an office is named in `words` ("the National Defense Ministry"): it is the source."""
    return any(m.agent.kind == "organization" for m in discourse.within(words))


def _owner_start(text: str, start: int) -> int:
    """Where the words crediting an agent start: before "the press service of" the agent."""
    work = _WORK_OF.search(text, max(0, start - 60), start)
    return work.start() if work else start


def _closing(text: str, start: int) -> bool:
    """Whether the words at `start` close their sentence's claim (", the ministry said")."""
    return _AFTER_COMMA.search(text, max(0, start - 12), start) is not None


def _work(
    described: re.Match[str], places: list[PlaceMention], home: KnownPlace | None, found: list[AttributionMention]
) -> CitedWork:
    """The work a description names; a description without a state ("the presidential press
    service") is an earlier one's work, else the work of the report's home state."""
    owner = re.sub(r"\s+", " ", described.group("owner").casefold())
    office, title_owner, kind = _OWNERS[owner]
    work_word = re.sub(r"\s+", " ", described.group("work").casefold())
    country = None
    if described.group("country"):
        start = described.start("country")
        country = next((p.place for p in places if p.span.start == start and p.place.kind == "country"), None)
    key = (office, work_word)
    if country is None:
        earlier = next((a.work for a in found if a.work is not None and a.work.key == key), None)
        if earlier is not None:
            return earlier
        country = home
    state = f" of {state_name(country)}" if country else ""
    work_name = ("official " if described.group("official") else "") + work_word
    title = f"{work_name[0].upper()}{work_name[1:]} of {title_owner}{state}"
    return CitedWork(title, (f"{office}{state}", kind, country.country if country else None), key)
