"""Who a clause speaks of: agent mentions in text order, the subject before a verb, the
objects after it, and the people that pronouns and descriptions refer to.

The genre's sentences are regular enough for a shallow reading: an optional opening
phrase ("During his visit,", "On May 11,"), a subject (a name with its titles, names
joined by "and", a pronoun, "the two sides"), a verb, and objects listed with commas,
semicolons and "and". `Discourse` keeps the state a reader needs across sentences:
the last person who was a subject (for "he") and the parties of the engagement being
told (for "the two sides" and for passive clauses with no agent).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Literal

from engagement_schema.extraction.places import PlaceMention
from engagement_schema.extraction.text import CuedPattern, Document, Sentence, Span

__all__ = ["ADVERBS", "HEDGE", "Agent", "AgentMention", "Discourse", "skip_space"]

AgentKind = Literal["person", "organization", "place"]

_OPENING = re.compile(
    r"(?:during|in|at|on|following|after|before|upon|as|while|within|speaking|addressing|earlier|later"
    r"|today|yesterday|with|throughout|amid|under|according|by|for|from|since)\b",
    re.IGNORECASE,
)
#: Words that hedge a claim ("The two sides reportedly discussed ..."): it is reported, not seen.
#: (Tried only at the letters those words start with.)
HEDGE = CuedPattern(
    r"(?=[airw])\b(?:reportedly|allegedly|(?:is|are|was|were)\s+said\s+to)\b", "reportedly", "allegedly", "said"
)
_SAME_PERSON = re.compile(r"\b(?:he|she|his|her)\b", re.IGNORECASE)
_PARTIES = re.compile(
    r"\b(?:(?:the|both)\s+(?:two\s+|2\s+)?(?:sides|parties|leaders|officials|ministers|presidents|commanders|generals"
    r"|chiefs|heads|delegations|interlocutors|counterparts|diplomats|co-chairs|co-chairmen)"
    r"|the\s+(?:two|2)\s+[\w ]{0,30}?s|the\s+two(?=\s+[a-z]+ed\b)|they)\b",
    re.IGNORECASE,
)
_TWO_TITLED = re.compile(r"the\s+(?:two|2)\s+(?P<title>[\w ]{3,30}?s)", re.IGNORECASE)
_VISITORS = re.compile(
    r"\bthe\s+(?:(?:head|leader|chief)\s+of\s+the\s+)?(?:\w+\s+)?(?:delegation|guests?|visitors?|dignitar(?:y|ies)"
    r"|ship|vessel)\b",  # a navy ship's port visit: those it carries
    re.IGNORECASE,
)
#: What joins listed agents: "A and B", "A, B", "A and the B", "A and his counterpart B".
_JOINED = re.compile(
    r"\s*(?:,\s*(?:and\s+)?|and\s+|as\s+well\s+as\s+)(?:the\s+|his\s+|her\s+|their\s+)?", re.IGNORECASE
)
_REPORTED = CuedPattern(
    r"\b(?:said|stated|reported|announced)\s+(?:that\s+)?"
    # "announced Wednesday after talks with X": when it was said, no clause of its own
    r"(?!(?i:(?:(?:on\s+)?(?:\w+day|today|yesterday)\s+)?(?:after|following|during|upon"
    r"|at\s+the\s+(?:end|close|conclusion)\s+of)\b))",
    "said",
    "stated",
    "reported",
    "announced",
)
#: A reporting verb right after an agent: it is the subject of ", the ministry said".
#: Lowercase, as verbs are in running text: "Omar Said" and "Talal Al Said" are names.
_SAYS = re.compile(r"\s+(?:said|says|stated|states|reported|reports|announced|announces|added|adds)\b")
_NEW_CLAUSE = re.compile(r"(?:[,;]\s*(?:and|but|while|whereas|where|when)|;)\s*$", re.IGNORECASE)
_DATELINE = re.compile(r"[A-Z][\w .'-]{1,40},[^\n–—]{0,60}?\s(?:–|—|--|-)\s+")
_RELATIVE = CuedPattern(r"\b(?:that|which)\b", "that", "which")
_WHO = CuedPattern(r"\s*,?\s*who(?:se)?\b", "who", "whose")  # "X, whose delegation arrived": X arrived
#: Words of when and how that may stand between a verb and its objects ("received
#: today a delegation", "welcomed on Monday the minister").
ADVERBS = (
    r"(?:today|yesterday|this)\s+(?:morning|afternoon|evening)|today|yesterday|warmly|officially|cordially"
    r"|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
)
#: Where an institution is the venue between a verb and those it names, not one of them.
_AT_VENUE = re.compile(
    rf"(?:\s|,|\b(?:{ADVERBS})\b)*\bat\s+(?:the|his|her|its|their)\s+(?-i:[A-Z][\w-]*(?:'s)?\s+){{0,3}}", re.IGNORECASE
)
# What may stand between the agents of a list: separators, determiners, group nouns, adverbs.
# A state's title the lexicon does not know, before its holder's name: "Bangladesh's Flood Relief Commissioner, "
_STATES_TITLE = re.compile(r"'s\s+(?-i:[A-Z][\w-]*(?:\s+(?:(?:and|of|for|the)\s+)*[A-Z][\w-]*){0,7}),\s*(?=[A-Z])")
_LIST_GAP = re.compile(
    rf"^(?:\s|,|;|\b(?:{ADVERBS})\b|"
    r"\band\b|\bas well as\b|\bthe\b|\bhis\b|\bher\b|\btheir\b|\bits\b|\bwith\b|\bofficials\b"
    r"|\brepresentatives\b|\bstaff\b|\bleaders\b|\bleadership\b|\bdelegations?\b|\balso\b|\bseparately\b"
    r"|\bsenior\b|\btop\b|\bhigh-level\b|\bhigh-ranking\b|\bother\b|\blocal\b|\bto\s+meet(?:\s+with)?\b"
    # "the credentials of Ambassador X, and of the newly appointed Ambassador Y"; "attended by X, and by Y"
    r"|\band\s+of\b|\band\s+by\b|\bnewly[\s-]+(?:appointed|accredited|elected)\b|\boutgoing\b|\bincoming\b|\bvisiting\b"
    # where, between a verb and those it names: "received at his office in Bait Al Falaj today X"
    r"|\bat\s+(?:his|her|its|their|the)\s+(?:[\w']+\s+){0,2}?(?:office|residence|palace|headquarters)\b"
    r"(?:\s+of\s+(?:the\s+)?\w+){0,2}"
    r"|(?-i:\b(?:in|at(?:\s+the)?)\s+(?:[A-Z][\w'-]*\s*){1,4}(?=\s|,|$))"
    # "received by his Ghanaian counterpart, the CAS, X"
    r"|(?:(?-i:[A-Z][\w-]*)\s+)?counterparts?\b"
    # "met the director of the Nurek hydropower plant, X": a head of something, before the name
    r"|\bthe\s+(?:(?:deputy|acting|general|executive|managing)\s+)?(?:director|head|chief|manager|chair(?:man|woman|person)?"
    r"|governor|mayor|commander|coordinator|rector|principal|administrator|superintendent)(?:[\s-]general)?"
    r"\s+of\s+(?:the\s+)?(?:[\w'-]+\s+){0,6}?[\w'-]+\s*,"
    # a title the lexicon does not know, set before the name: "met the Relief Commissioner, X"
    r"|(?-i:\bthe\s+[A-Z][\w'-]*(?:\s+(?:(?:and|of|for|the)\s+)*[A-Z][\w'-]*){0,7}(?:\s*,|\s+(?:and|of|for)\s*)?)"
    # when: "received on May 8 the delegation", "on 8 May 2024"
    r"|(?-i:\bon\s+(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)(?:,?\s+\d{4})?\b))*$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True, order=True)
class Agent:
    """A person, organization or state as a party to what is told; `key` names it."""

    kind: AgentKind
    key: str


@dataclass(frozen=True, slots=True)
class AgentMention:
    """Words of the text naming an agent (a person's with their titles)."""

    span: Span
    agent: Agent


@dataclass
class Discourse:
    """Agent mentions of a document and the reading state carried across sentences."""

    doc: Document
    mentions: list[AgentMention]
    places: list[PlaceMention]
    """Every place the document names, as `Marks` read them: read once, not again by a
    reader that counts the states named."""
    salient: Agent | None = None
    """The last person who was the subject of a clause: who "he" and "she" are."""
    parties: list[Agent] = field(default_factory=list)
    """The parties of the engagement being told: who "the two sides" are."""
    visitors: list[Agent] = field(default_factory=list)
    """The visitors of the visit being told: who "the delegation" is."""

    def __post_init__(self) -> None:
        self.mentions.sort(key=lambda m: (m.span.start, -m.span.end))
        self._starts = [m.span.start for m in self.mentions]

    def within(self, span: Span) -> list[AgentMention]:
        """Mentions inside `span`, in order."""
        first, stop = bisect.bisect_left(self._starts, span.start), bisect.bisect_left(self._starts, span.end)
        return [m for m in self.mentions[first:stop] if m.span.end <= span.end]

    def clause_start(self, sentence: Sentence, position: int) -> int:
        """Where the clause holding `position` starts: after an opening phrase and comma
        ("During his visit, he ..."), after the last semicolon before it."""
        start = sentence.span.start
        folded = self.doc.folded
        dateline = _DATELINE.match(folded, start, position)
        # "Bishkek, 14 March 2023 (Kabar) – ...": the agency is no subject; a dash inside a
        # name's titles ("Founder of Peace – Leader of the Nation, President X") is no dateline's
        if dateline is not None and not any(
            m.span.start < dateline.end() < m.span.end for m in self.within(Span(start, position))
        ):
            start = dateline.end()
        semicolon = folded.rfind(";", start, position)
        if semicolon != -1 and not self._listing(semicolon, position):
            start = semicolon + 1
        reported = [r for r in _REPORTED.finditer(self.doc, start, position) if r.group()[0].islower()]
        if reported:  # "the presidency said the two leaders discussed ...": a clause of its own
            start = reported[-1].end()
        while True:
            text = folded[start:position]
            stripped = len(text) - len(text.lstrip())
            if not _OPENING.match(text, stripped):
                return start
            comma = folded.find(",", start, position)
            if comma == -1:
                return start
            start = comma + 1

    def _listing(self, semicolon: int, position: int) -> bool:
        """Whether a semicolon separates listed agents rather than clauses."""
        after = self.within(Span(semicolon, position))
        return bool(after) and _LIST_GAP.match(self.doc.folded[semicolon + 1 : after[0].span.start]) is not None

    def subject(self, sentence: Sentence, position: int) -> tuple[list[Agent], Span | None]:
        """The agents a clause's verb at `position` has as subject, and their words:
        people named before the verb (joined by "and"), else other agents, else what a
        pronoun, "the two sides" or "the delegation" refers to. In a relative clause the
        subject follows "that" or "which", or is the agent "who" refers back to."""
        start = self.clause_start(sentence, position)
        relative = list(_RELATIVE.finditer(self.doc, start, position))
        if relative:
            start = relative[-1].end()
        who = list(_WHO.finditer(self.doc, start, position))
        if who:
            antecedent = list(self.within(Span(sentence.span.start, who[-1].start() + 1)))
            antecedent = [m for m in antecedent if m.span.end == who[-1].start()]
            if antecedent:  # the widest words ending there: a person's, not an institution in its title
                return [antecedent[0].agent], antecedent[0].span
        opening = _VISITORS.match(self.doc.folded, skip_space(self.doc.folded, start), position)
        if opening is not None and self.visitors:  # "The Indian delegation is ...": the guests told of
            return list(self.visitors), Span(opening.start(), opening.end())
        before = [m for m in self.within(Span(start, position)) if m.span.end <= position]
        # A reference after the last name is nearer the verb: "..., and the two leaders signed".
        referring = self._reference(max([start, *(m.span.end for m in before)]), position)
        if (
            referring is not None
            and before
            and not _NEW_CLAUSE.search(self.doc.folded, before[-1].span.end, referring[1].start)
        ):
            # "General Awan spoke of ... the two countries and stressed", "Aydın, for his
            # part, stressed": words after the name but in its own clause are no new subject.
            referring = None
        if referring is not None:
            return referring
        people = [m for m in before if m.agent.kind == "person"]
        group = self._group(people or before)
        if group:
            return [m.agent for m in group], group[0].span.join(group[-1].span)
        return [], None

    def _reference(self, start: int, position: int) -> tuple[list[Agent], Span] | None:
        """Who "the delegation", "the two sides" or "he" between `start` and `position` is."""
        text = self.doc.folded[start:position]
        for pattern, agents in ((_VISITORS, self.visitors), (_PARTIES, self.parties)):
            found = pattern.search(text)
            if found and agents:
                words = Span(start + found.start(), start + found.end())
                return self._titled_pair(words, agents) or list(agents), words
        pronoun = _SAME_PERSON.search(text)
        if pronoun is None:
            return None
        # Before any clause's subject is known, "he" is the person named last.
        person = self.salient or self._person_before(start + pronoun.start())
        return ([person], Span(start + pronoun.start(), start + pronoun.end())) if person else None

    def _titled_pair(self, words: Span, agents: list[Agent]) -> list[Agent] | None:
        """Of more than two parties, the two "the two prime ministers" names: those whose
        words carry that title ("the Prime Minister of Albania, Arben Shehu")."""
        title = _TWO_TITLED.fullmatch(self.doc.folded, words.start, words.end)
        if title is None or len(agents) <= 2:
            return None
        singular = title["title"].casefold().removesuffix("s")
        titled = [
            a
            for a in agents
            if any(singular in self.doc.folded[m.span.start : m.span.end].casefold() for m in self._of(a))
        ]
        return titled if len(titled) == 2 else None

    def _of(self, agent: Agent) -> list[AgentMention]:
        return [m for m in self.mentions if m.agent == agent]

    def _person_before(self, position: int) -> Agent | None:
        """The person named last before `position`."""
        earlier = self.mentions[: bisect.bisect_left(self._starts, position)]
        return next((m.agent for m in reversed(earlier) if m.agent.kind == "person" and m.span.end <= position), None)

    def _group(self, mentions: list[AgentMention]) -> list[AgentMention]:
        """The first mention and those joined to it by "and" or commas."""
        if not mentions:
            return []
        group = [mentions[0]]
        for mention in mentions[1:]:
            if mention.span.start < group[-1].span.end:
                continue  # words within the last ("European Union" in "The European Union")
            gap = self.doc.folded[group[-1].span.end : mention.span.start]
            if not _JOINED.fullmatch(gap):
                break
            group.append(mention)
        return group

    def objects(self, start: int, end: int) -> list[AgentMention]:
        """The agents listed right after `start` ("with President X; Minister Y; and ..."),
        up to `end`: the list ends at the first words that are not a separator, or at the
        subject of a reporting clause ("visited Turkmenistan, the ministry said")."""
        found: list[AgentMention] = []
        cursor, owned_end = start, -1
        for mention in self.within(Span(start, end)):
            titled = self._title_apposed(cursor, end)
            if titled is not None and mention.agent.kind == "person" and _holds(mention, titled):
                found.append(mention)
                cursor = mention.span.end
                continue
            if titled is not None and mention.span.end < titled:
                continue  # "the Commander of the Jungle Brigade, General X": the brigade is in X's title
            if mention.span.start < owned_end < mention.span.end and mention.agent.kind == "person":
                found.append(mention)  # the holder of the state's title, named with it
                cursor, owned_end = mention.span.end, -1
                continue
            if mention.span.start < cursor:
                continue
            gap = self.doc.folded[cursor : mention.span.start]
            if mention.agent.kind == "organization" and _AT_VENUE.fullmatch(gap):
                cursor = mention.span.end  # "received at the Prime Minister's Office the Ambassador"
                continue
            if not _LIST_GAP.match(gap) or _SAYS.match(self.doc.folded, mention.span.end):
                break
            owned = _STATES_TITLE.match(self.doc.folded, mention.span.end) if mention.agent.kind == "place" else None
            if owned is not None:  # "met Bangladesh's Flood Relief Commissioner, X": X, not the state
                cursor = owned_end = owned.end()
                continue
            found.append(mention)
            cursor = mention.span.end
        return found

    def _title_apposed(self, start: int, end: int) -> int | None:
        """Where an unknown title from `start` ends whose holder is named right after its comma,
        perhaps after the holder's demonym ("its commander, German Lieutenant Colonel X")."""
        titled = _TITLE_APPOSED.match(self.doc.folded, start, end)
        if titled is None:
            return None
        after = self.within(Span(titled.start(), end))
        demonym = next((m for m in after if m.span.start == titled.end() and m.agent.kind == "place"), None)
        title_end = demonym.span.end + 1 if demonym is not None else titled.end()
        held = any(m.agent.kind == "person" and _holds(m, title_end) for m in after)
        return title_end if held else None

    def attend(self, subject: list[Agent]) -> None:
        """Note a clause's subject: a single person becomes who "he" or "she" is."""
        people = [a for a in subject if a.kind == "person"]
        if len(people) == 1:
            self.salient = people[0]


# A title the lexicon does not know, set before its holder's name by a comma ("the Commander
# of the Brazilian Army's 1st Jungle Brigade, General X"); the institution in it is no agent met.
_TITLE_APPOSED = re.compile(
    r"[\s,]*(?:the|its)\s+(?:\w+'s\s+)?(?-i:Commander|Chief|Head|Director|Governor|Mayor|Speaker|Chairman|Chairperson"
    r"|Secretary|Administrator|Coordinator|Representative|[Rr]ector|[Cc]ommander|[Dd]irector|[Hh]ead)"
    r"(?:\s+(?:of|for)\s+[^,;.]{1,80})?,\s*",
    re.IGNORECASE,
)


def _holds(mention: AgentMention, title_end: int) -> bool:
    """Whether a person's words begin where an apposed title ends, or take in its last word
    ("rector, Major General X" after "the university's")."""
    return mention.span.start <= title_end < mention.span.end


def skip_space(text: str, start: int) -> int:
    """The first offset from `start` that is not a space."""
    while start < len(text) and text[start].isspace():
        start += 1
    return start
