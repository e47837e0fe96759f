"""Engagements: visits, receptions, meetings, calls, ceremonies, conferences, signings and
partnerships, with who took part in which role, where and when.

Each kind is recognised by the verbs and nouns the genre uses for it ("visited",
"paid a working visit to", "received", "presented his credentials to", "held talks
with", "a telephone conversation"; the table is in `triggers`); its parties are the
clause's subject and the agents listed after the verb. Which mentions are one
engagement, and which are part of a visit, is decided afterwards (`structure`).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace

from engagement_schema.extraction.dates import SINCE, YEARS, DateMention
from engagement_schema.extraction.discourse import ADVERBS, Agent, AgentMention, Discourse
from engagement_schema.extraction.places import KnownPlace, PlaceMention, country_name, gazetteer
from engagement_schema.extraction.text import CuedPattern, Document, Sentence, Span
from engagement_schema.extraction.triggers import (
    ADJECTIVES,
    CONFERENCE,
    CONFERENCE_NOUNS,
    CREDENTIALS,
    CUED,
    PARTNERSHIP_NOUNS,
    TRIGGERS,
    Trigger,
    any_of,
)
from engagement_schema.models.engagements import ParticipantRole

__all__ = [
    "THEN",
    "EngagementMention",
    "Held",
    "about_current",
    "dated_after",
    "held",
    "present",
    "read_engagements",
    "represented",
]

_F = re.IGNORECASE
_TO_MEET = re.compile(r"\bto\s+meet\b", _F)
_TO_STATE = re.compile(r"\bto\s+(?:the\s+)?$", _F)
_IN_STATE = re.compile(r"\bin\s+$", _F)
# "met with X and with Y", "met with X; Y; and Z": each met apart.
_WITH_AGAIN = re.compile(r"\band\s+(?:separately\s+|also\s+)?with\b|;", _F)
# What is handed over comes first, then "to" and who receives it; a clause ends at ; or a period.
_TO_RECIPIENT = re.compile(r"(?:[^;.]|\.(?!\s))*?\bto\s+", _F)
_THE_GUESTS = re.compile(r"\s+the\s+(?:\w+\s+)?(?:delegation|guests?|visitors?)\b", _F)
_BETWEEN_PARTIES = re.compile(
    r"\s+(?:the|both)\s+(?:two\s+)?(?:sides|delegations|parties|leaders|ministers|countries|governments)\b", _F
)
_OPENING_MEETING = re.compile(r"\s*(?:at|in|during)\s+(?:the|his|her|their)\s+(?:[\w-]+\s+)?", _F)
_BODIES_OF = re.compile(
    r"\s+the\s+(?:[\w-]+\s+)?(?:ministries|governments|delegations|parliaments|armed\s+forces)\s+of\s+(?:the\s+)?", _F
)
# A visit before or after the one told ("his previous visit", "the upcoming visit of").
_OTHER_VISIT = re.compile(
    r"\b(?:previous|last|earlier|past|former|upcoming|forthcoming|planned|proposed|future|next)\s+"
    r"(?:[\w'-]+\s+){0,2}visits?\b"
    # "trade had doubled since the visit of President X in 2019"
    r"|\bsince\s+(?:the|his|her|their)\s+(?:[\w'-]+\s+){0,2}visits?\b",
    _F,
)
_ITS_VISIT = re.compile(r"\b(?:during|in\s+the\s+course\s+of)\s+its\b", _F)
_PLANNED = re.compile(
    r"\b(?:to|will|would|shall)\s+(?:also\s+)?(?:continue|hold|have|conduct|resume|launch|start|begin|organi[sz]e"
    r"|maintain|establish)\s+(?:[\w-]+\s+){0,3}$"
    # "preparations for the next round of political consultations between the ministries"
    r"|\b(?:next|upcoming|forthcoming|future)\s+(?:round\s+of\s+)?(?:[\w-]+\s+){0,2}$"
    # "Ukraine's accession negotiations with the EU": a process, no meeting
    r"|\b(?:accession|membership)\s+$",
    _F,
)
_CREDENTIALS_NAMED = re.compile(CREDENTIALS, _F)
_DELEGATION_LED = re.compile(
    # A period inside a name ("U.S. Southern Command") does not end the clause.
    rf"(?:\s+(?:{ADVERBS}|in\s+[A-Z][\w'-]*|on\s+(?:[A-Z][a-z]+\.?\s+\d{{1,2}}|\d{{1,2}}\s+[A-Z][a-z]+)))*"
    rf"\s+(?:the\s+|a\s+)?(?:\w+\s+)?delegations?\b(?:[^.;]|(?<=\b[A-Z])\.|\.(?!\s)){{0,120}}?\b(?:led|headed)\s+by\s+",
    _F,
)
_PARTICIPATION = re.compile(r"\b(?:with\s+the\s+participation\s+of|in\s+the\s+presence\s+of|attended\s+by)\s+", _F)
_DISCUSSED_WITH = re.compile(r"\b(?:discussed|discusses|exchanged\s+views|talked)\b", _F)
_HOSTING = any_of(
    r"\b(?:for\s+)?(?:hosting|hosted|organizing|organising|convened|convening|held|holding)\s+(?:the\s+|a\s+|an\s+)?"
    + ADJECTIVES
    + rf"{CONFERENCE}s?\b"
)
_ATTENDING = any_of(
    r"\b(?:attended|attends|attending|took\s+part\s+in|takes\s+part\s+in|participated\s+in|participates\s+in"
    r"|addressed|opened)\s+(?:the\s+|a\s+|an\s+)?" + ADJECTIVES + rf"{CONFERENCE}s?\b"
)
# The subject of a conference runs to the clause's end, or to "and" before a new verb
# ("… preventing radicalization and detailed U.S. efforts" ends before "and detailed").
_CONFERENCE_TAIL = re.compile(
    r"(?:\s+(?:in|on|of|about|devoted\s+to|dedicated\s+to)\s+(?:(?!\s+and\s+[a-z]+ed\b)[^,;.])*)?"
)
_PARTNERSHIP = re.compile(r"\s*-\s*", _F)
_PARTNERSHIP_NOUN = re.compile(r"\s+partnership\b", _F)
# Words before a city that place something by it, not in it.
_ELSEWHERE = re.compile(
    r"\b(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?(?:\s+of)?|near|outside|from"
    r"|(?:kilometres|kilometers|km|miles)\s+(?:from|of))\s+(?:the\s+)?$",
    _F,
)
_SAID_ON = re.compile(r"\b(?:said|stated|reported|announced|added)\s+$", _F)
# "announced Wednesday after talks with": said the day of the talks it follows
_SAID_AFTER = re.compile(r"\s+(?:after|following)\s+(?:(?:his|her|their|the)\s+)?(?:[\w-]+\s+)?", _F)
_TOPIC_OF = re.compile(r"\b(?:of|on|about|in|for)\s+(?:the\s+)?$", _F)
_NOT_A_GUEST = re.compile(
    r"\s+(?:the\s+|a\s+|an\s+)?(?:credentials|letters?|copies|aid|assistance|support|equipment|grants?|funds?|funding|awards?|medals?|orders?|delivery|shipment)\b",
    _F,
)


@dataclass
class EngagementMention:
    """An engagement as the text tells it."""

    kind: str
    span: Span
    participants: list[tuple[Agent, ParticipantRole]]
    trigger: Span | None = None
    """The words that say what kind of engagement it is ("received", "paid a visit to")."""
    date: DateMention | None = None
    place: KnownPlace | None = None
    place_span: Span | None = None
    name: str | None = None
    part_of: EngagementMention | None = None
    placed_by: EngagementMention | None = None
    """The engagement whose city this one takes, its own words naming none."""
    place_from_dateline: bool = False
    seat_venue: Span | None = None
    """The seat of government it was held at ("at the Ministry of Defence"), its words naming
    no city: it is placed in the capital of the state the report names first."""
    at_capital: bool = False
    """Placed in the capital of the state visited, nothing else placing it."""
    received_at_home: Span | None = None
    """The state named first, in whose capital a reception nothing places was held (a report
    with no dateline): a government receives its guests at home."""
    dated_by: EngagementMention | None = None
    """The engagement whose day this one takes, its own words naming none."""
    filed_day: DateMention | None = None
    """The dateline's day, when told in a wire story's first sentence: its day when nothing
    else tells one."""
    dated_by_dateline: bool = False
    """Its day is `filed_day`."""
    elsewhere: bool = False
    """Placed by a city, not in it ("at the crossing south-east of Tbilisi"): not at the dateline's."""
    years: re.Match[str] | None = None
    """ "26 years of engagement": how long a partnership has lasted."""
    since: re.Match[str] | None = None
    """ "Since 1992": when a partnership began."""
    masked: list[Span] = field(default_factory=list)
    """Words naming the engagement itself, which are not its topics."""
    also: list[Span] = field(default_factory=list)
    """Further words telling of the same engagement ("During his visit")."""
    topics_from: list[Span] = field(default_factory=list)
    """Passages about the engagement ("During the ceremony, ...") whose topics are its own."""
    present: list[Agent] = field(default_factory=list)
    """Those said to have attended it ("X attended the meeting"): attendees whatever the others' roles."""
    host_from: Span | None = None
    """The city whose state is taken as the visit's host, when its words name none."""

    def agents(self) -> list[Agent]:
        """The participants, without roles."""
        return [a for a, _ in self.participants]

    def has(self, agent: Agent) -> bool:
        """Whether `agent` takes part."""
        return any(a == agent for a, _ in self.participants)


def read_engagements(
    discourse: Discourse, sentence: Sentence, places: list[PlaceMention], dates: list[DateMention]
) -> list[EngagementMention]:
    """The engagements a sentence tells of, each once."""
    found: list[EngagementMention] = []
    taken: list[Span] = []
    words = discourse.doc.folded[sentence.span.start : sentence.span.end].lower()
    cued = {n for cue, triggers in CUED.items() if cue in words for n in triggers}
    for trigger, span in _triggered(discourse, sentence, sorted(cued)):
        if any(span.overlaps(t) for t in taken):
            continue
        told = _from_trigger(discourse, sentence, trigger, span, places, dates)
        if told:
            taken.append(span)
        for mention in told:
            found.append(mention)
            _tell(discourse, mention)
        if len(told) > 1:  # "In both meetings, the leaders discussed ...": all who met
            discourse.parties = list(dict.fromkeys(a for m in told for a in m.agents() if a.kind == "person"))
    if " with " in words:
        found.extend(_discussed_with(discourse, sentence, taken, places, dates))
    if "briefed" in words:
        found.extend(_briefed(discourse, sentence, taken, places, dates))
    if not found and "counterpart" in words:
        found.extend(_counterparts_talked(discourse, sentence, places, dates))
    if any(noun in words for noun in CONFERENCE_NOUNS):  # not a "video conference" told as a call
        conferences = _conferences(discourse, sentence, places, dates)
        found.extend(c for c in conferences if not any(c.trigger and c.trigger.overlaps(t) for t in taken))
    if any(noun in words for noun in PARTNERSHIP_NOUNS):
        found.extend(_partnerships(discourse, sentence, places))
    if any(noun in words for noun in _EXERCISE_NOUNS):
        found.extend(_exercises(discourse, sentence, places, dates))
    return found


def _triggered(discourse: Discourse, sentence: Sentence, numbers: list[int]) -> list[tuple[Trigger, Span]]:
    """The triggers found in a sentence, in the order of its words (so "they" and "the two
    sides" refer to what was told before them); at one word, in the table's order."""
    found = [
        (match.start(), n, Span(match.start(), match.end()))
        for n in numbers
        for match in TRIGGERS[n].pattern.finditer(discourse.doc.folded, sentence.span.start, sentence.span.end)
    ]
    return [(TRIGGERS[n], span) for _, n, span in sorted(found)]


def _tell(discourse: Discourse, engagement: EngagementMention) -> None:
    """An engagement told becomes the one "the two sides" and "the delegation" refer to."""
    people = [a for a in engagement.agents() if a.kind == "person"]
    if len(people) >= 2:
        discourse.parties = people
    visitors = [a for a, role in engagement.participants if role == "visitor"]
    if engagement.kind == "visit" or visitors:  # "received a delegation led by X. The delegation ..."
        discourse.visitors = visitors


_ATTENDED = CuedPattern(
    r"\b(?:also\s+)?(?:attended|attends|joined|witnessed|took\s+part\s+in)\s+the\s+(?:\w+\s+)?"
    r"(?P<noun>ceremony|meeting|talks|event|signing|reception|negotiations|session)\b",
    "attend",
    "joined",
    "witnessed",
    "took",
)
_PRESENCE = CuedPattern(
    r"\b(?:(?:in\s+the\s+presence|with\s+the\s+participation)\s+of|(?:was|were)\s+(?:also\s+)?(?:attended|joined)\s+by)\b",
    "presence",
    "participation",
    "attended",
    "joined",
)
# "X and Y also attended.": the engagement just told, with no noun for it.
_ATTENDED_TOO = CuedPattern(
    r"\b(?:also\s+)?(?:attended|took\s+part|(?:was|were)\s+(?:also\s+)?present)\s*[.!]?\s*$",
    "attended",
    "part",
    "present",
)
_ABOUT_IT = re.compile(
    r"(?:during|in\s+the\s+course\s+of|at|in)\s+the\s+(?:\w+\s+)?(?P<noun>ceremony|meeting|talks|conversation"
    r"|negotiations|consultations|visit|call)\b",
    _F,
)
#: The kinds of engagement each word for "the engagement being told" may refer to.
_REFERRED = {
    "ceremony": ("ceremony", "agreement-signing", "aid-delivery"),
    "meeting": ("meeting", "reception", "ceremony"),
    "talks": ("meeting", "reception", "phone-call"),
    "negotiations": ("meeting", "reception", "phone-call"),
    "consultations": ("meeting", "reception", "phone-call"),
    "conversation": ("phone-call", "meeting"),
    "call": ("phone-call",),
    "session": ("meeting", "reception"),
    "reception": ("reception",),
    "audience": ("reception",),
    "signing": ("agreement-signing",),
    "event": ("ceremony", "conference", "reception", "aid-delivery"),
    "visit": ("visit",),
    "arrival": ("visit",),
    "part": ("ceremony", "agreement-signing", "aid-delivery", "reception", "meeting"),
}


def present(discourse: Discourse, sentence: Sentence, told: list[EngagementMention]) -> None:
    """ "... in the presence of Deputy Minister X", "Minister X attended the ceremony": X
    attended the engagement too — the last told, or the last of a kind the noun can mean; a
    visit is attended only when nothing else was told ("It was also attended by" a meeting)."""
    engagement = max([e for e in told if e.kind != "visit"] or told, key=lambda e: e.span.start)
    for match in _PRESENCE.finditer(discourse.doc, sentence.span.start, sentence.span.end):
        for mention in discourse.objects(match.end(), sentence.span.end):
            _attends(engagement, mention.agent, Span(match.start(), mention.span.end))
    for match in _ATTENDED_TOO.finditer(discourse.doc, sentence.span.start, sentence.span.end):
        subject, words = discourse.subject(sentence, match.start())
        for agent in subject:
            _attends(engagement, agent, Span(words.start if words else match.start(), match.end()))
    for match in _ATTENDED.finditer(discourse.doc, sentence.span.start, sentence.span.end):
        kinds = _REFERRED.get(match.group("noun").casefold(), ("meeting", "reception", "ceremony"))
        fitting = [e for e in told if e.kind in kinds]
        if not fitting:
            continue
        subject, words = discourse.subject(sentence, match.start())
        for agent in subject:
            _attends(
                max(fitting, key=lambda e: e.span.start),
                agent,
                Span(words.start if words else match.start(), match.end()),
            )


def _attends(engagement: EngagementMention, agent: Agent, words: Span) -> None:
    if not engagement.has(agent):
        engagement.participants.append((agent, "attendee"))
        engagement.present.append(agent)
        engagement.also.append(words)


_SIDE = r"(?P<side>[\w.'-]+(?:\s+[\w.'-]+){0,2}?)"
_REPRESENTED = re.compile(
    rf"\b(?:the\s+)?{_SIDE}(?:\s+(?:delegation|side))?\s+(?:was|is|were)\s+(?:headed|led|represented)\s+by\s+", _F
)
_REPRESENTED_CUE = CuedPattern(r"\b(?:was|is|were)\s+(?:headed|led|represented)\s+by\b", "headed", "led", "represented")
# "Georgia was represented by X, and Azerbaijan by Y": the second side's verb is left out.
_AND_BY = re.compile(rf",?\s+and\s+(?:the\s+)?{_SIDE}(?:\s+(?:delegation|side))?\s+by\s+", _F)


def represented(discourse: Discourse, sentence: Sentence, engagement: EngagementMention) -> None:
    """ "The Kyrgyz delegation was headed by Deputy Minister X", "Georgia was represented by X,
    and Azerbaijan by Y": each took part for the state the engagement was told with — its
    host when it took place in that state's city."""
    folded = discourse.doc.folded
    if _REPRESENTED_CUE.search(discourse.doc, sentence.span.start, sentence.span.end) is None:
        return  # the full pattern tries a side's words at every word: only where its verb is
    for match in _REPRESENTED.finditer(folded, sentence.span.start, sentence.span.end):
        said: re.Match[str] | None = match
        while said is not None:
            end = _stands_in(discourse, sentence, engagement, said)
            said = _AND_BY.match(discourse.doc.folded, end) if end is not None else None


def _stands_in(
    discourse: Discourse, sentence: Sentence, engagement: EngagementMention, said: re.Match[str]
) -> int | None:
    """Put the person named after `said` in the place of the state its side names; where
    the person's words end, or None when they name no state of the engagement or no one."""
    side = Span(said.start("side"), said.end("side"))
    state = next((m.agent for m in discourse.within(side) if m.agent.kind == "place"), None)
    people = [m for m in discourse.objects(said.end(), sentence.span.end) if m.agent.kind == "person"]
    if state is None or not people or not engagement.has(state):
        return None
    home = gazetteer().countries.get(engagement.place.country or "") if engagement.place else None
    role: ParticipantRole = (
        "attendee"
        if engagement.place is None
        else ("host" if home is not None and home.name == state.key else "visitor")
    )
    person = people[0].agent
    engagement.participants = [(person, role) if a == state else (a, r) for a, r in engagement.participants]
    engagement.also.append(Span(said.start(), people[0].span.end))
    discourse.parties = [a for a in engagement.agents() if a.kind == "person"]
    return people[0].span.end


_AFTER_IT = CuedPattern(
    r"\s*\b(?:following|after|before|ahead\s+of|at\s+the\s+(?:end|close|conclusion)\s+of"
    r"|on\s+the\s+(?:first\s+)?day\s+of)"
    r"\s+(?:the|his|her|their)\s+(?:\w+\s+)?"
    r"(?P<noun>talks|meeting|negotiations|consultations|conversation|call|ceremony|signing|visit|arrival|session"
    r"|audience|(?<=official\s)part)\b",
    "following",
    "after",
    "before",
    "ahead",
    "end",
    "close",
    "conclusion",
    "day",
)


# "X then handed over ...", "Afterwards, the two signed ...": on the day of what was told before.
THEN = CuedPattern(
    r"\b(?:then|afterwards|subsequently|thereafter)\b(?!\s+(?:on|in)\b)"
    # "was later received by": later that day; not "two days later", "later this month"
    r"|(?<!\bdays\s)(?<!\bweek\s)(?<!\bmonth\s)(?<!\byear\s)(?<!\bwill\s)\blater\b"
    r"(?!\s+(?:this|next|that\s+(?:week|month|year)|in\s+the\s+(?:week|month|year)|on\b))",
    *("then", "afterwards", "subsequently", "thereafter", "later"),
)


# "The handover ceremony took place in Almaty on April 17"; "The visit, which began on Monday,":
# the day an engagement told by its noun began
_HELD = CuedPattern(
    r"\b(?P<noun>ceremony|talks|meeting|negotiations|consultations|session|signing|handover|hand-over|visit"
    r"|exercises?|drills?)\b[^.;]{0,300}?"
    r"\b(?:(?:was|were)\s+held|took\s+place|(?<!\bbe\s)held(?=\s+(?:here|there|in|on|at|yesterday|today|last|earlier)\b)"
    r"|(?P<began>began|started|commenced)|(?<=\bvisit,\s)from(?=\s+\d))\b",  # "The visit, from 19 to 21 May,"
    "held",
    "took",
    "began",
    "started",
    "commenced",
    "from",
)
_HANDING = re.compile(r"\bhand(?:ing|ed)?[\s-]*over\b|\bhandover\b|\bdonat", _F)


@dataclass
class Held:
    """When and where a sentence says an engagement was held ("The handover ceremony took
    place in Almaty on April 17"), for the one of its kind told just before or after."""

    kinds: tuple[str, ...]
    date: DateMention | None
    place: KnownPlace | None
    place_span: Span | None
    sentence: int
    began: bool = False
    """Told as the day it began ("The exercise, which commenced on 6 March,")."""

    def fill(self, engagement: EngagementMention) -> None:
        """Give the engagement the day and city its own words left out; an exercise, the day
        it began, whatever day it was watched."""
        if engagement.kind == "exercise" and self.began and self.date is not None:
            engagement.date = self.date
        engagement.date = engagement.date or self.date
        if engagement.place is None and self.place is not None:
            engagement.place, engagement.place_span = self.place, self.place_span


def held(discourse: Discourse, sentence: Sentence, places: list[PlaceMention], dates: list[DateMention]) -> Held | None:
    """What a sentence says of when and where an engagement it names by a noun was held."""
    match = _HELD.search(discourse.doc, sentence.span.start, sentence.span.end)
    if match is None:
        return None
    folded, span = discourse.doc.folded, Span(match.start(), match.end())
    noun = match.group("noun").casefold()
    handing = noun in ("handover", "hand-over") or bool(_HANDING.search(folded, span.start, span.end))
    kinds = ("aid-delivery", "ceremony") if handing else _REFERRED.get(noun, ("meeting", "reception"))
    if noun.startswith(("exercise", "drill")):
        kinds = ("exercise",)
    date = _nearest_date(dates, sentence, span, folded)
    place, place_span = _place(folded, sentence, span, places)
    began = match.group("began") is not None
    return Held(kinds, date, place, place_span, sentence.index, began) if date or place else None


def dated_after(
    discourse: Discourse, sentence: Sentence, told: list[EngagementMention], earlier: list[EngagementMention]
) -> None:
    """ "Following the talks, the two ministers signed ...", "held talks before the signing
    ceremony": what a sentence so told took place the day of the engagement it follows
    (or precedes), unless the sentence names its own."""
    opening = _AFTER_IT.search(discourse.doc, sentence.span.start, sentence.span.end)
    ahead = opening is not None and opening[0].casefold().lstrip().startswith(("before", "ahead"))
    if opening is None or (ahead and opening["noun"] in ("visit", "arrival")):
        return  # the days before a visit are not its own
    noun = opening.group("noun").casefold()
    fitting = [e for e in earlier if e.kind in _REFERRED[noun]]
    if not fitting:
        return
    # the last told with a day: "the signing" told twice, the day in its first telling; of those,
    # one told by the noun ("At the end of the talks": "held talks today", not a reception told since)
    dated = [e for e in fitting if e.date is not None]
    named = [e for e in dated if _told_as(discourse.doc.folded, e, noun)]
    before = max(named or dated or fitting, key=lambda e: e.span.start)
    for engagement in told:
        if engagement.date is None and before.date is not None:
            engagement.date, engagement.dated_by = before.date, before


def _told_as(text: str, engagement: EngagementMention, noun: str) -> bool:
    """Whether an engagement's trigger names it by this noun ("held talks with" for "the talks")."""
    return engagement.trigger is not None and noun in text[engagement.trigger.start : engagement.trigger.end].casefold()


def about_current(discourse: Discourse, sentence: Sentence, told: list[EngagementMention]) -> EngagementMention | None:
    """The engagement a sentence places itself in ("During the meeting, ...", "In the
    course of the talks, ..."): the last told of a kind the words can mean."""
    opening = _ABOUT_IT.match(discourse.doc.folded, sentence.span.start)
    if opening is None or not told:
        return None
    kinds = _REFERRED[opening.group("noun").casefold()]
    fitting = [e for e in told if e.kind in kinds] or told
    return max(fitting, key=lambda e: e.span.start)


_PRONOUN = re.compile(r"\b(?:he|she|they|we)\b", _F)


def _from_trigger(
    discourse: Discourse,
    sentence: Sentence,
    trigger: Trigger,
    span: Span,
    places: list[PlaceMention],
    dates: list[DateMention],
) -> list[EngagementMention]:
    """The engagements a trigger tells of: one, or one for each party met "with" apart
    ("met with King Abdullah and with General Al-Rawashdeh": two meetings)."""
    doc = discourse.doc
    if trigger.needs_person_object and _NOT_A_GUEST.match(doc.folded, span.end):
        return []
    if _PLANNED.search(doc.folded, max(sentence.span.start, span.start - 60), span.start):
        return []  # "agreed to hold regular consultations between ...": none held yet
    if trigger.kind == "visit" and (
        _ITS_VISIT.search(doc.folded, span.start, span.end)
        or _OTHER_VISIT.search(doc.folded, max(sentence.span.start, span.start - 40), span.end)
    ):
        return []  # "hospitality extended to the delegation during its recent visit": not the subject's
    subject, subject_span = ([], None) if trigger.held_subject else _visitor(discourse, sentence, trigger, span)
    if trigger.needs_subject and not subject and not _PRONOUN.search(doc.folded, sentence.span.start, span.start):
        return []  # "The rice was received at the port by": a thing received, no guest
    # "the visit to Moldova on 3-4 March of the Commissioner": the state before the visitor
    named_in = [m for m in discourse.within(span) if m.agent.kind == "place"] if trigger.visitor == "after" else []
    if trigger.visitor == "after" and subject_span is not None:
        span = Span(span.start, subject_span.end)  # the places after the visitor are the visit's
    delegation = _DELEGATION_LED.match(doc.folded, span.end)
    if delegation is not None and trigger.object_role in ("visitor", "attendee"):
        # "received the delegation ... headed by X", "met with the delegation led by X": X is the guest
        span = Span(span.start, delegation.end())
    if not subject and trigger.kind == "visit" and re.search(r"\b(?:his|her)\b", doc.folded[span.start : span.end], _F):
        # "During his visit": the one "he" is, or the person the sentence named before it
        named = [m.agent for m in discourse.within(Span(sentence.span.start, span.start)) if m.agent.kind == "person"]
        subject = [discourse.salient] if discourse.salient else named[-1:]
    objects_end = sentence.span.end
    if trigger.kind == "meeting" and _OPENING_MEETING.fullmatch(
        doc.folded, discourse.clause_start(sentence, span.start), span.start
    ):
        # "In her talks with X, the Secretary General ...": the main clause's subject met X;
        # "At the meeting with Ambassador X, the sides ...": the one last spoken of did.
        objects_end, main = _main_clause(discourse, sentence, span)
        subject = main or subject or ([discourse.salient] if discourse.salient else [])
    discourse.attend(subject)
    to = _TO_RECIPIENT.search(doc.folded, span.end, sentence.span.end) if trigger.objects_after_to else None
    # "consultations between the foreign ministries of X and Y": between the states
    bodies = (
        _BODIES_OF.match(doc.folded, span.end)
        if doc.folded[span.start : span.end].casefold().endswith("between")
        else None
    )
    objects = named_in + discourse.objects(to.end() if to else (bodies.end() if bodies else span.end), objects_end)
    if trigger.all_after:
        clause_end = doc.folded.find(";", span.end, objects_end)
        after = discourse.within(Span(span.end, objects_end if clause_end == -1 else clause_end))
        objects = [m for m in after if m.agent.kind == "person"] or objects
    if trigger.needs_person_object and not any(m.agent.kind == "person" for m in objects):
        return []
    groups = _apart(doc.folded, objects) if trigger.kind == "meeting" else [objects]
    told = (_engagement(discourse, sentence, trigger, span, places, dates, subject, subject_span, g) for g in groups)
    return [visit for mention in told if mention is not None for visit in _per_state(mention)]


def _per_state(engagement: EngagementMention) -> list[EngagementMention]:
    """A visit to several states ("an official tour of Malawi and Zambia") is a visit to each;
    the date told is the first one's, and a city only that of its own state."""
    states = [a for a, role in engagement.participants if role == "host" and a.kind == "place"]
    if engagement.kind != "visit" or len(states) < 2:
        return [engagement]
    others = [(a, role) for a, role in engagement.participants if not (role == "host" and a.kind == "place")]
    visits = []
    for n, state in enumerate(states):
        city = engagement.place if engagement.place and _state_name(engagement.place) == state.key else None
        visits.append(
            replace(
                engagement,
                participants=[*others, (state, "host")],
                date=engagement.date if n == 0 else None,
                place=city,
                place_span=engagement.place_span if city else None,
                masked=list(engagement.masked),
                also=list(engagement.also),
                topics_from=list(engagement.topics_from),
                present=list(engagement.present),
            )
        )
    return visits


def _state_name(city: KnownPlace) -> str | None:
    return country_name(city.country) if city.country else None


def _visitor(discourse: Discourse, sentence: Sentence, trigger: Trigger, span: Span) -> tuple[list[Agent], Span | None]:
    """The subject of a trigger's clause, or the visitor a visit's noun phrase names: its
    owner ("O'Connell's visit") or the person after it ("a visit by the minister")."""
    if trigger.visitor == "subject":
        return discourse.subject(sentence, span.start)
    if trigger.visitor == "owner":
        owners = [m for m in discourse.within(Span(sentence.span.start, span.start)) if m.span.end == span.start]
    elif trigger.visitor == "before":
        owners = [m for m in discourse.within(Span(sentence.span.start, span.start)) if m.agent.kind == "person"][-1:]
    else:
        owners = discourse.objects(span.end, sentence.span.end)[:1]
    if not owners or owners[0].agent.kind == "place":
        return [], None
    return [owners[0].agent], owners[0].span


def _main_clause(discourse: Discourse, sentence: Sentence, trigger: Span) -> tuple[int, list[Agent]]:
    """Where an opening phrase holding `trigger` ends (its comma), and the agents that
    begin the main clause after it: those met are listed before the comma only."""
    comma = discourse.doc.folded.find(",", trigger.end, sentence.span.end)
    if comma == -1:
        return sentence.span.end, []
    return comma, [m.agent for m in discourse.objects(comma + 1, sentence.span.end)]


def _apart(text: str, objects: list[AgentMention]) -> list[list[AgentMention]]:
    """The agents met, in groups that a repeated "with" or a semicolon sets apart."""
    groups: list[list[AgentMention]] = [objects[:1]] if objects else [[]]
    for before, mention in itertools.pairwise(objects):
        if _WITH_AGAIN.search(text, before.span.end, mention.span.start):
            groups.append([mention])
        else:
            groups[-1].append(mention)
    return groups


def _engagement(
    discourse: Discourse,
    sentence: Sentence,
    trigger: Trigger,
    span: Span,
    places: list[PlaceMention],
    dates: list[DateMention],
    subject: list[Agent],
    subject_span: Span | None,
    objects: list[AgentMention],
) -> EngagementMention | None:
    """The engagement of a trigger with its subject and these agents after it."""
    doc = discourse.doc
    if trigger.kind == "visit":
        objects = [m for m in objects if m.agent.kind != "person"]
    # A visit is a person's; an institution's only when no one is named ("The Royal Navy
    # frigate HMS Arbroath arrived in Duqm ... for a port visit").
    visiting = [a for a in subject if a.kind == "person"] or [a for a in subject if a.kind == "organization"]
    participants = [(a, trigger.subject_role) for a in (visiting if trigger.kind == "visit" else subject)]
    for mention in objects:
        if any(mention.agent == a for a, _ in participants):
            continue
        # "visited Tajikistan to meet ... U.S. Embassy officials": those met attend the visit.
        met = trigger.kind == "visit" and _TO_MEET.search(doc.folded, span.end, mention.span.start)
        participants.append((mention.agent, "attendee" if met else trigger.object_role))
    if len(participants) < 2 and discourse.parties and _BETWEEN_PARTIES.match(doc.folded, span.end):
        # "Talks between the two delegations were held ...": the parties of the engagement told
        participants += [(a, "attendee") for a in discourse.parties if not any(a == b for b, _ in participants)]
    if len(participants) < 2 and discourse.visitors and _THE_GUESTS.match(doc.folded, span.end):
        # "met with the delegation": the visitors of the visit being told
        participants += [(a, "attendee") for a in discourse.visitors if not any(a == b for b, _ in participants)]
    if len(participants) < 2:  # "... took place with the participation of X and Y"
        participation = _PARTICIPATION.search(doc.folded, span.end, sentence.span.end)
        if participation is not None:
            objects = discourse.objects(participation.end(), sentence.span.end)
            participants += [(m.agent, "attendee") for m in objects if m.agent.kind == "person"]
    visitors = [a for a, r in participants if r == "visitor"]
    if trigger.kind == "visit":
        if not visitors:
            return None
    elif len(participants) < (1 if trigger.alone else 2):
        return None
    ends = [span.end, *(m.span.end for m in objects)]
    start = min(span.start, subject_span.start if subject_span else span.start)
    # A call joins two places, neither its own ("a call ..., to be held in Tashkent in March").
    place, place_span = _place(doc.folded, sentence, span, places) if trigger.kind != "phone-call" else (None, None)
    to_state = trigger.kind == "visit" and _visit_to_state(doc.folded, span, places)
    if to_state and place_span is not None and place_span.start < span.start:
        place, place_span = None, None  # "talks in Hanoi with X, who is on a visit to Vietnam"
    # "MUSCAT, Jan 24 - ..., currently visiting Oman": the dateline's city is not the visit's
    filed_from = (
        trigger.kind == "visit"
        and place_span is not None
        and place_span.start < discourse.clause_start(sentence, span.start)
    )
    if filed_from:
        place, place_span = None, None
    if trigger.kind == "visit" and not any(r == "host" for _, r in participants):
        host = _host(doc.folded, place, places, sentence, span)
        if host is not None:  # else the state visited is found where the visitor was met, or none is
            participants.append((host, "host"))
    # "X, currently visiting Oman,": the visit goes on; the day it began is told elsewhere if at all
    date = _nearest_date(dates, sentence, span, doc.folded) if trigger.visitor != "before" else None
    if trigger.kind == "visit" and date is not None:
        date = _visit_start(doc.folded, sentence, span, date)
    evidence = Span(start, max(ends + ([place_span.end] if place_span else []) + ([date.span.end] if date else [])))
    kind = trigger.kind
    if kind == "reception" and _CREDENTIALS_NAMED.search(doc.folded, sentence.span.start, sentence.span.end):
        kind = "ceremony"  # "received the ambassador in connection with the presentation of his credentials"
    # A visit to a state is placed in a city only when its words name one, not by the dateline.
    elsewhere = place is None and (to_state or filed_from or _elsewhere(doc.folded, sentence, places))
    return EngagementMention(kind, evidence, participants, span, date, place, place_span, elsewhere=elsewhere)


def _visit_to_state(text: str, trigger: Span, places: list[PlaceMention]) -> bool:
    """Whether a visit's words go on to the state visited ("visit to Vietnam")."""
    after = next((p for p in places if p.span.start >= trigger.end), None)
    return (
        after is not None
        and after.place.kind == "country"
        and not after.adjective
        and _TO_STATE.search(text, trigger.start, after.span.start) is not None
    )


# Words between a trigger and a city that make the city no venue of it: a clause of its own
# ("signed ..., and agreed to hold the next meeting in Santiago"), a plan, or what was discussed
# ("discussed the river transport between Aswan and Wadi Halfa", "the route linking the port of Mombasa to",
# "a meeting in which they reviewed the trafficking across the border at Desaguadero").
_NOT_THE_VENUE = re.compile(
    r",\s+and\b|;|\b(?:discuss\w*|agreed|to\s+hold|will|next|between|linking|connecting|links|connects"
    r"|review(?:ed|ing)|examin(?:ed|ing)|tackl(?:ed|ing)|in\s+which|across)\b",
    _F,
)


def _place(
    text: str, sentence: Sentence, trigger: Span, places: list[PlaceMention]
) -> tuple[KnownPlace | None, Span | None]:
    """The city the clause places the engagement in: after the trigger first, else before it;
    not one it is placed by ("south-east of Tbilisi", "near Osh") or came from."""
    asides = [Span(m.start(), m.end()) for m in _ASIDE.finditer(text, sentence.span.start, sentence.span.end)]
    cities = [
        p
        for p in places
        if p.place.kind == "city"
        and p.span.within(sentence.span)
        and not p.adjective
        and not _placed_by(text, sentence, p)
        and not _NAMES_MORE.match(text, p.span.end)
        # "The minister, who began his visit in Mindelo, was received by": the aside's city is its own
        and not any(p.span.within(a) and not trigger.within(a) for a in asides)
    ]
    before = [p for p in cities if p.span.start < trigger.start]
    after = [p for p in cities if p.span.start >= trigger.start]
    after = [p for p in after if not _NOT_THE_VENUE.search(text, trigger.end, p.span.start)]
    chosen = after[0] if after else (before[-1] if before else None)
    chosen = _city_of_district(text, chosen, cities)
    return (chosen.place, chosen.span) if chosen else (None, None)


# "in Port Area, Manila": a district, then its city; not a list ("in Aswan, Luxor and Cairo")
_DISTRICT_OF = re.compile(r",\s*$")
_LISTED_ON = re.compile(r"\s*(?:,|and\b|or\b)", _F)


def _city_of_district(text: str, chosen: PlaceMention | None, cities: list[PlaceMention]) -> PlaceMention | None:
    """The city a district chosen is told as part of ("at the headquarters in Port Area, Manila")."""
    if chosen is None:
        return None
    city = next((c for c in cities if c.span.start > chosen.span.end), None)
    if (
        city is None
        or city.place == chosen.place
        or not _DISTRICT_OF.match(text[chosen.span.end : city.span.start])
        or _LISTED_ON.match(text, city.span.end)
    ):
        return chosen
    return city


# "in Manila Bay", "the Almaty Region", "in Battambang province": a city's name in the name of a bay or
# region around it
_NAMES_MORE = re.compile(r"\s+(?:Bay|Region|River|Lake|Gulf|Strait|Harbou?r|Valley|Province|District|Oblast)\b", _F)


def _placed_by(text: str, sentence: Sentence, city: PlaceMention) -> bool:
    """Whether the sentence places something by `city`, not in it ("south-east of Tbilisi")."""
    return bool(_ELSEWHERE.search(text, max(sentence.span.start, city.span.start - 40), city.span.start))


def _elsewhere(text: str, sentence: Sentence, places: list[PlaceMention]) -> bool:
    """Whether the sentence places what it tells away from a city it names: then the
    dateline's city is no better a guess."""
    return any(
        p.place.kind == "city" and p.span.within(sentence.span) and _placed_by(text, sentence, p) for p in places
    )


_NEAR = 60  # characters: "visited Port Louis, Mauritius", "a visit to the Republic of Tajikistan"


def _host(
    text: str, city: KnownPlace | None, places: list[PlaceMention], sentence: Sentence, trigger: Span
) -> Agent | None:
    """The state visited: the first country named after the trigger, else the city's
    country, else a country the visitor is said to be in ("is in Kyrgyzstan on a visit")."""
    countries = [m for m in places if m.place.kind == "country" and not m.adjective and m.span.within(sentence.span)]
    after = [m for m in countries if m.span.start >= trigger.end]
    # "arrived in Beirut ... nationals who arrive in Cyprus": a state named near the trigger, or the city's
    near = [m for m in after if m.span.start - trigger.end <= _NEAR or city is None or city.country is None]
    if near:
        return Agent("place", near[0].place.name)
    if city is not None and city.country is not None:
        return Agent("place", country_name(city.country))
    for mention in reversed(countries):
        if _IN_STATE.search(text, max(sentence.span.start, mention.span.start - 4), mention.span.start):
            return Agent("place", mention.place.name)
    return None


_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5}
_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "1": 1, "2": 2, "3": 3, "4": 4, "5": 5}
# "on the second day of her visit": the visit began days before the date told.
_DAY_OF_VISIT = re.compile(
    r"\b(?:on|in)\s+the\s+(?P<nth>" + "|".join(_ORDINALS) + r")\s+day\s+of\b(?:[^,;.]{0,40})$", _F
)
# "concluded a two-day visit", "at the end of her two-day visit" on a day: it began the day before.
_VISIT_ENDED = re.compile(
    r"\b(?:conclud(?:ed|es|ing)|complet(?:ed|es|ing)|end(?:ed|s|ing)|wrap(?:ped|s|ping)\s+up|finished"
    r"|at\s+the\s+(?:end|close|conclusion)\s+of|after)"  # "departed Suva after a five-day visit"
    r"\s+(?:(?:today|yesterday|on\s+\w+day)\s+)?"
    r"(?:an?\s+|his\s+|her\s+|their\s+|the\s+)?(?P<n>" + "|".join(_NUMBERS) + r")-day\b",
    _F,
)


# "concluded his introductory visit today": the day told is the visit's last
ONE_DAY_VISIT = re.compile(r"\b(?:one|1|single)-day\b|\bday-long\b", _F)
_VISIT_CLOSED = re.compile(
    r"\b(?:conclud(?:ed|es|ing)|complet(?:ed|es|ing)|end(?:ed|s|ing)|wrap(?:ped|s|ping)\s+up|finished)\b", _F
)


def _visit_start(text: str, sentence: Sentence, trigger: Span, date: DateMention) -> DateMention | None:
    """The day a visit began, when the date told is a later day of it: counted back from
    that date ("on the second day of Marchand's visit", "concluded a two-day visit"); none
    when it is the last day of a visit of days not told ("concluded his visit today")."""
    if date.until is not None:
        return date  # "from 18 to 20 March": the range gives its start
    day = _DAY_OF_VISIT.search(text, max(sentence.span.start, trigger.start - 60), trigger.start + 1)
    # "departed this afternoon after a five-day port visit to": the length may stand before the trigger
    ended = _VISIT_ENDED.search(text, max(sentence.span.start, trigger.start - 40), trigger.end)
    if day is not None:
        nth = _ORDINALS[day["nth"].casefold()]
        return DateMention(Span(day.start("nth"), day.end("nth")), offset=1 - nth, after=date)
    if ended is not None:
        days = _NUMBERS[ended["n"].casefold()]
        return DateMention(Span(ended.start("n"), ended.end()), offset=1 - days, after=date)
    if _VISIT_CLOSED.match(text, trigger.start) and not ONE_DAY_VISIT.search(text, trigger.start, trigger.end):
        return None
    return date


# A clause about a person set off by a comma ("X, who arrived here on Sunday"): its day is its
# own; one about a thing ("the visit, which began on Sunday") may be the event's.
_ASIDE = re.compile(r",\s*who\b[^,;.]*", _F)
_ONGOING = re.compile(r",\s*who\s+(?:is|are)\b", _F)


def _nearest_date(dates: list[DateMention], sentence: Sentence, trigger: Span, text: str) -> DateMention | None:
    """The date in the sentence nearest the trigger, but not the day something was said
    ("the ministry said on Thursday") nor one in an aside the trigger is not in."""
    asides = [Span(m.start(), m.end()) for m in _ASIDE.finditer(text, sentence.span.start, sentence.span.end)]
    inside = [
        d
        for d in dates
        if d.span.within(sentence.span)
        and (
            not _SAID_ON.search(text, max(sentence.span.start, d.span.start - 20), d.span.start)
            or _SAID_AFTER.fullmatch(text, d.span.end, trigger.start) is not None
        )
        # "signed by X, who arrived here on Sunday,": the aside's day is its own, and what
        # an aside says is so now ("X, who is on a five-day visit,") has no day outside it
        and not any(
            d.span.within(a) != trigger.within(a) and (d.span.within(a) or _ONGOING.match(text, a.start, a.end))
            for a in asides
        )
    ]
    # "concluded today a visit, during which she met X": the visit's day, not the meeting's
    inside = [
        d for d in inside if d.span.end > trigger.start or not _DURING_WHICH.search(text, d.span.end, trigger.start)
    ]
    if not inside:
        return None
    return min(inside, key=lambda d: abs(d.span.start - trigger.end))


_DURING_WHICH = re.compile(r",\s*(?:during|in\s+the\s+course\s+of)\s+which\b", _F)


_TALKED = re.compile(
    r"\b(?:discussed|reviewed|exchanged\s+views|talked|conferred|held\s+(?:[\w-]+\s+)?discussions)\b", _F
)
_TRIGGER_TALKED = Trigger("meeting", _TALKED, "attendee", "attendee", ())


def _counterparts_talked(
    discourse: Discourse, sentence: Sentence, places: list[PlaceMention], dates: list[DateMention]
) -> list[EngagementMention]:
    """ "The Minister of Health and her Brazilian counterpart, Minister X, discussed ...": a
    meeting of the two, told by what they did at it."""
    talked = _TALKED.search(discourse.doc.folded, sentence.span.start, sentence.span.end)
    if talked is None:
        return []
    subject, words = discourse.subject(sentence, talked.start())
    people = [a for a in subject if a.kind == "person"]
    if len(people) < 2 or words is None or "counterpart" not in discourse.doc.quote(words).casefold():
        return []
    discourse.attend(people)
    span = Span(talked.start(), talked.end())
    told = _engagement(discourse, sentence, _TRIGGER_TALKED, span, places, dates, people, words, [])
    return [told] if told is not None else []


_BRIEFED = re.compile(r"\bbriefed\s+(?P<whom>him|her|them|the\s+(?:guests?|visitors?|delegation))\b", _F)


def _briefed(
    discourse: Discourse, sentence: Sentence, taken: list[Span], places: list[PlaceMention], dates: list[DateMention]
) -> list[EngagementMention]:
    """ "visited the Academy, where its head, General X, briefed him on ...": a meeting of the
    guest told before with the one who briefed, its host, at the site the sentence went to."""
    doc = discourse.doc
    found = []
    for match in _BRIEFED.finditer(doc.folded, sentence.span.start, sentence.span.end):
        trigger = Span(match.start(), match.end())
        where = _WHERE.search(doc.folded, max(sentence.span.start, match.start() - 160), match.start())
        if where is None or any(trigger.overlaps(t) for t in taken):
            continue  # "The Governor briefed him on ..." tells more of a meeting told; a site's briefing is new
        named = [m for m in discourse.within(Span(where.end(), match.start())) if m.agent.kind == "person"]
        hosts = [named[-1].agent] if named else []
        went, _ = discourse.subject(sentence, where.start())  # who went to the site
        guests = [a for a in went if a.kind == "person"]
        if not guests and match["whom"].casefold() in ("him", "her"):
            guests = [discourse.salient] if discourse.salient else []
        guests = [g for g in guests or discourse.visitors or discourse.parties if g not in hosts]
        if not hosts or not guests:
            continue
        participants: list[tuple[Agent, ParticipantRole]] = [(g, "visitor") for g in guests]
        participants += [(h, "host") for h in hosts]
        place, place_span = _place(doc.folded, sentence, trigger, places)
        date = _nearest_date(dates, sentence, trigger, doc.folded)
        span = Span(named[-1].span.start, trigger.end)
        told = EngagementMention("meeting", span, participants, trigger, date, place, place_span)
        told.topics_from.append(Span(trigger.end, sentence.body.end))  # "briefed him on the training of ..."
        found.append(told)
    return found


def _discussed_with(
    discourse: Discourse, sentence: Sentence, taken: list[Span], places: list[PlaceMention], dates: list[DateMention]
) -> list[EngagementMention]:
    """ "He discussed ... with President X; Minister Y" tells of a meeting with each."""
    doc = discourse.doc
    found = []
    for match in _DISCUSSED_WITH.finditer(doc.folded, sentence.span.start, sentence.span.end):
        if any(Span(match.start(), match.end()).overlaps(t) for t in taken):
            continue
        with_ = re.compile(r"\bwith\s+", _F).search(doc.folded, match.end(), sentence.span.end)
        if with_ is None or any(c in doc.folded[match.end() : with_.start()] for c in ";."):
            continue
        objects = [m for m in discourse.objects(with_.start(), sentence.span.end) if m.agent.kind == "person"]
        subject, subject_span = discourse.subject(sentence, match.start())
        if not objects or not subject:
            continue
        place, place_span = _place(doc.folded, sentence, Span(match.start(), match.end()), places)
        date = _nearest_date(dates, sentence, Span(match.start(), match.end()), doc.folded)
        start = subject_span.start if subject_span else match.start()
        for other in objects:
            span = Span(start, with_.start()).join(other.span)
            participants: list[tuple[Agent, ParticipantRole]] = [(a, "attendee") for a in (*subject, other.agent)]
            # The verb is also a statement's ("discussed"), so it does not stand as the trigger.
            found.append(EngagementMention("meeting", span, participants, None, date, place, place_span))
    return found


def _conferences(
    discourse: Discourse, sentence: Sentence, places: list[PlaceMention], dates: list[DateMention]
) -> list[EngagementMention]:
    """ "for hosting the recent conference in Dushanbe on counter terrorism": a conference
    hosted by the agent thanked; "attended the forum": one attended by the subject."""
    doc = discourse.doc
    found = []
    readings: tuple[tuple[re.Pattern[str], ParticipantRole], ...] = ((_HOSTING, "host"), (_ATTENDING, "attendee"))
    for pattern, role in readings:
        for match in pattern.finditer(doc.folded, sentence.span.start, sentence.span.end):
            tail = _CONFERENCE_TAIL.match(doc.folded, match.end(), sentence.span.end)
            end = tail.end() if tail else match.end()
            if match.group().casefold().startswith("for "):
                before = [
                    m for m in discourse.within(Span(sentence.span.start, match.start())) if m.agent.kind != "person"
                ]
                agents = [before[-1].agent] if before else []
            else:
                agents, _ = discourse.subject(sentence, match.start())
            if not agents:
                continue
            noun = re.search(CONFERENCE, doc.folded[match.start() : end], _F)
            assert noun is not None
            name_start = match.start() + noun.start()
            evidence = Span(match.start() + (4 if match.group().casefold().startswith("for ") else 0), end)
            cities = [p for p in places if p.place.kind == "city" and p.span.within(Span(name_start, end))]
            cities = cities or _where_before(doc.folded, sentence, match.start(), places)
            name = doc.quote(Span(name_start, end))
            found.append(
                EngagementMention(
                    "conference",
                    evidence,
                    [(a, role) for a in agents],
                    trigger=Span(match.start(), match.end()),
                    date=_nearest_date(dates, sentence, Span(match.start(), match.end()), doc.folded),
                    place=cities[0].place if cities else None,
                    place_span=cities[0].span if cities else None,
                    name=name[0].upper() + name[1:],
                )
            )
    return found


_WHERE = re.compile(r"\s*,\s*where\b", _F)


def _where_before(text: str, sentence: Sentence, position: int, places: list[PlaceMention]) -> list[PlaceMention]:
    """ "left for Vienna, where he attended a conference": the city a ", where" clause
    holding `position` refers back to."""
    before = [p for p in places if p.place.kind == "city" and sentence.span.start <= p.span.end <= position]
    where = _WHERE.match(text, before[-1].span.end) if before else None
    return before[-1:] if where is not None and "," not in text[where.end() : position] else []


def _partnerships(discourse: Discourse, sentence: Sentence, places: list[PlaceMention]) -> list[EngagementMention]:
    """ "the U.S.-Tajik partnership": a partnership between the two states."""
    doc = discourse.doc
    countries = [p for p in places if p.place.kind == "country" and p.span.within(sentence.span)]
    found = []
    for left, right in itertools.pairwise(countries):
        gap = _PARTNERSHIP.fullmatch(doc.folded, left.span.end, right.span.start)
        noun = _PARTNERSHIP_NOUN.match(doc.folded, right.span.end)
        if gap is None or noun is None or left.place == right.place:
            continue
        if _TOPIC_OF.search(doc.folded, max(0, left.span.start - 12), left.span.start):
            continue  # "prospects of the Tajik-Indian partnership": a topic, not the partnership told
        span = Span(left.span.start, noun.end())
        name = doc.quote(span)
        participants: list[tuple[Agent, ParticipantRole]] = [
            (Agent("place", left.place.name), "attendee"),
            (Agent("place", right.place.name), "attendee"),
        ]
        word = Span(noun.end() - len(noun.group().lstrip()), noun.end())
        mention = EngagementMention("partnership", sentence.body, participants, word, name=name)
        mention.masked.append(word)
        mention.years = _first(YEARS, doc.folded, sentence.span)
        paragraph = doc.paragraph_of(sentence)
        mention.since = _first(SINCE, doc.folded, Span(paragraph[0].span.start, paragraph[-1].span.end))
        found.append(mention)
    return found


_EXERCISE_NOUNS = ("exercise", "drill", "manoeuvres", "maneuvers")
_EXERCISE = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:military\s+)?(?:exercises?|drills|manoeuvres|maneuvers)\b", _F)
_UNTIL = re.compile(r"\b(?:until|till|through|to)\s+$", _F)
_TAKING_PART = re.compile(
    r"\b(?:are|were|is|was)\s+(?:taking|to\s+take)\s+part\s+in\s+the\s+(?:[\w-]+\s+){0,3}?(?:exercises?|drills|manoeuvres)\b"
    r"|\b(?:took|take|takes)\s+part\s+in\s+the\s+(?:[\w-]+\s+){0,3}?(?:exercises?|drills|manoeuvres)\b"
    # "The Armed Forces of Kazakhstan and Kyrgyzstan held a joint exercise": the states named before it
    r"|\b(?:held|holds|conducted|conducts|staged|stages)\s+(?:an?\s+|the\s+)?joint\s+(?:[\w-]+\s+){0,3}?"
    r"(?:exercises?|drills?|manoeuvres|maneuvers)\b",
    _F,
)


def _exercises(
    discourse: Discourse, sentence: Sentence, places: list[PlaceMention], dates: list[DateMention]
) -> list[EngagementMention]:
    """ "the joint Kazakh-American counter-terrorism exercise", "servicemen from Kazakhstan and
    the United States are taking part in the exercise": an exercise of the states."""
    doc = discourse.doc
    countries = [p for p in places if p.place.kind == "country" and p.span.within(sentence.span)]
    found = []
    for left, right in itertools.pairwise(countries):
        noun = _EXERCISE.match(doc.folded, right.span.end)
        if _PARTNERSHIP.fullmatch(doc.folded, left.span.end, right.span.start) and noun and left.place != right.place:
            states = [Agent("place", left.place.name), Agent("place", right.place.name)]
            found.append(_exercise(doc.folded, sentence, Span(left.span.start, noun.end()), states, dates, places))
    taking = _TAKING_PART.search(doc.folded, sentence.span.start, sentence.span.end)
    if taking is not None:
        states = list(dict.fromkeys(Agent("place", p.place.name) for p in countries if p.span.end <= taking.start()))
        if len(states) >= 2:
            span = Span(sentence.body.start, taking.end())
            found.append(_exercise(doc.folded, sentence, span, states, dates, places))
    if not found:
        found.extend(_joint_exercise(discourse, sentence, dates, places))
    if not found:
        found.extend(_exercise_of_troops(discourse, sentence, countries, dates, places))
    return found


# 'exercise "Iron Wolf", which began on 13 November ... with some 3,000 troops from Lithuania, Germany and Norway'
_TROOPS_FROM = re.compile(
    r"\b(?:exercises?|drills|manoeuvres|maneuvers)\b[^.;]{0,200}?\b(?:troops|forces|servicemen|soldiers|personnel"
    r"|sailors|units|contingents)\s+(?:from|of)\s+",
    _F,
)


def _exercise_of_troops(
    discourse: Discourse,
    sentence: Sentence,
    countries: list[PlaceMention],
    dates: list[DateMention],
    places: list[PlaceMention],
) -> list[EngagementMention]:
    """An exercise held "with troops from" the states listed after it, each a party."""
    troops = _TROOPS_FROM.search(discourse.doc.folded, sentence.span.start, sentence.span.end)
    if troops is None:
        return []
    listed = [p for p in countries if p.span.start >= troops.end()]
    states = list(dict.fromkeys(Agent("place", p.place.name) for p in listed))
    if len(states) < 2:
        return []
    return [_exercise(discourse.doc.folded, sentence, Span(troops.start(), troops.end()), states, dates, places)]


_JOINT_EXERCISE = re.compile(
    # "a two-day bilateral exercise", 'the "Caspian Shield" joint tactical exercise', "a joint search and
    # rescue and oil spill response exercise"
    r"\b(?:a|the)\s+(?:[\w\"“”'-]+\s+){0,3}?(?:joint|bilateral|combined)\s+(?:[\w-]+\s+){0,7}?(?:exercise|drill)\b"
    r"(?!\s+(?:programme|plan))",
    _F,
)
_NOT_HELD = re.compile(
    r"\b(?:(?:to|will|would|shall)\s+(?:\w+\s+)?(?:hold|conduct|stage|carry|organi[sz]e|take|participate)|plans?"
    r"|planned|next|future|upcoming|discuss\w*|review\w*|agreed|results|outcomes?|preparations?)\b",
    _F,
)


def _joint_exercise(
    discourse: Discourse, sentence: Sentence, dates: list[DateMention], places: list[PlaceMention]
) -> list[EngagementMention]:
    """ "watched a joint riverine patrol exercise", "The bilateral exercise, which began on 8
    May,": an exercise of the report's two states (the first two it names), the forces named
    by unit or by a demonym, not by the states before it; none planned or talked of."""
    doc = discourse.doc
    joint = _JOINT_EXERCISE.search(doc.folded, sentence.span.start, sentence.span.end)
    if joint is None or _NOT_HELD.search(doc.folded, discourse.clause_start(sentence, joint.start()), joint.start()):
        return []
    states = list(dict.fromkeys(p.place.name for p in discourse.places if p.place.kind == "country"))[:2]
    if len(states) < 2:
        return []
    span = Span(joint.start(), joint.end())
    return [_exercise(doc.folded, sentence, span, [Agent("place", s) for s in states], dates, places)]


def _exercise(
    text: str,
    sentence: Sentence,
    span: Span,
    states: list[Agent],
    dates: list[DateMention],
    places: list[PlaceMention],
) -> EngagementMention:
    """An exercise of the states, on the day it began, at the town its clause names ("travelled
    to Hai Phong, where the two vessels conducted a joint drill")."""
    participants: list[tuple[Agent, ParticipantRole]] = [(a, "attendee") for a in states]
    starting = [d for d in dates if not _UNTIL.search(text[max(0, d.span.start - 12) : d.span.start])]
    date = _nearest_date(starting, sentence, span, text)
    place, place_span = _place(text, sentence, span, places)
    return EngagementMention("exercise", span, participants, Span(span.end - 8, span.end), date, place, place_span)


# "when he visited Bratislava in 2021", "who met her in March 2019": a year in the clause
_IN_YEAR = re.compile(r"\bin\s+(?:[a-z]+\s+)?(?P<year>(?:19|20)\d{2})\b(?!\s*[-–/])", _F)


_HISTORIC = frozenset({"visit", "meeting", "agreement-signing"})
# "in 1980, when ...": the clause after it tells of that year ("," and "when" with no comma before the verb)
_YEAR_WHEN = re.compile(r"\b(?P<year>(?:19|20)\d{2}),?\s+when\b[^,;]*$", _F)


def of_past_year(doc: Document, engagement: EngagementMention, year: int) -> bool:
    """Whether a visit or meeting no day dates is told as one of a year before the report's
    ("Novak also met Kral when he visited Bratislava in 2021"): history, not an engagement told."""
    trigger = engagement.trigger
    if engagement.kind not in _HISTORIC or engagement.date is not None or trigger is None:
        return False
    sentence = doc.sentence_of(trigger.start).span
    end = min(sentence.end, trigger.end + 60)
    clause = re.search(r"[,;]", doc.folded[trigger.end : end])
    found = _IN_YEAR.search(doc.folded, trigger.end, trigger.end + clause.start() if clause else end)
    if found is None:  # "dates back to 1980, when the minister signed the first agreement"
        found = _YEAR_WHEN.search(doc.folded, max(sentence.start, trigger.start - 80), trigger.start)
    return found is not None and int(found["year"]) < year


def _first(pattern: re.Pattern[str], text: str, span: Span) -> re.Match[str] | None:
    return pattern.search(text, span.start, span.end)
