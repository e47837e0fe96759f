"""Statements: who said or did what ("discussed", "stressed", "pledged", "thanked"), to
whom, about which topics.

A statement is found by a verb of the speech-acts vocabulary. Its actors are the
clause's subject — a name, "he" for the last person spoken of, "the two sides" for
the parties of the engagement being told — or, in a passive clause ("a special focus
was made on ..."), those parties. Its content runs from the subject to the next
coordinated verb or the end of the sentence, leaving out a closing attribution
(", the president's website said"). Verbs the vocabulary files under meeting,
receiving, signing or giving aid are read as engagements and aid, not statements.
Hedged claims ("reportedly") are marked as reported. A signing told by its verb is
also a "signed" statement of its signatories, about what the signed document is about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from engagement_schema.extraction.discourse import HEDGE, Agent, Discourse, skip_space
from engagement_schema.extraction.engagements import EngagementMention
from engagement_schema.extraction.text import CuedPattern, Document, PhraseMatcher, Sentence, Span
from engagement_schema.extraction.topics import TopicMention, TopicReader
from engagement_schema.extraction.triggers import SIGNED_WHAT
from engagement_schema.vocabularies import speech_acts

__all__ = ["StatementMention", "read_statements", "signed_once"]

#: Acts told as engagements or aid rather than as statements.
ENGAGEMENT_ACTS = frozenset({"met", "received", "signed", "provided-aid"})
#: Acts two parties do together: a guest "met the minister, with whom he discussed ..." discussed with the minister.
JOINT_ACTS = frozenset({"discussed", "exchanged-views"})

# Before a verb of the list these make it a noun: "the details", "exchange of notes".
_NOUN_BEFORE = frozenset(
    {"the", "a", "an", "his", "her", "their", "its", "these", "those", "our", "of", "for", "with", "in", "on"}
)
_COORDINATED = re.compile(r"\s*,?\s*(?:and|but|while|as well as)\s+(?:also\s+)?$", re.IGNORECASE)
_CLOSING = CuedPattern(
    r",\s*(?:according\s+to\b.*|(?:the\s+)?[\w'\s.-]{0,60}?\b(?:said|says|reported|reports|stated|noted|added"
    r"|informed|announced)\.?)$",
    *("according", "said", "says", "report", "stated", "noted", "added", "informed", "announced"),
)
_AND_SAID = CuedPattern(
    r"\s*,?\s*\band\s+(?:also\s+)?(?:said|says|added|adds|told|invited|invites|wished|wishes|asked|asks|called|calls"
    r"|proposed|proposes|suggested|urged|recalled|congratulated|offered"
    r"|expressed\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:hope|confidence|interest|desire))\b",
    *("said", "says", "add", "told", "invite", "wish", "ask", "call", "propose", "suggested", "urged", "recalled"),
    *("congratulated", "offered", "expressed"),
)
_WITH = re.compile(r"\s+with\s+", re.IGNORECASE)
_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?$", re.IGNORECASE)


@dataclass
class StatementMention:
    """A speech act as the text tells it."""

    act: str
    span: Span
    actors: list[Agent]
    addressees: list[Agent] = field(default_factory=list)
    about: list[Agent] = field(default_factory=list)
    topics: list[TopicMention] = field(default_factory=list)
    reported: bool = False
    engagement: EngagementMention | None = None
    rest: list[TopicMention] = field(default_factory=list)
    """Topics of a coordinated clause that is no act ("... and said that ..."): the
    engagement's, not the statement's."""


@cache
def _verbs() -> PhraseMatcher[str]:
    return PhraseMatcher(
        (verb, act.id) for act in speech_acts().concepts if act.id not in ENGAGEMENT_ACTS for verb in act.verbs
    )


def read_statements(
    discourse: Discourse,
    sentence: Sentence,
    engagements: list[EngagementMention],
    topics: TopicReader,
) -> list[StatementMention]:
    """The statements of a sentence, in order."""
    doc = discourse.doc
    triggers = [e.trigger for e in engagements if e.trigger is not None]
    verbs = [
        m
        for m in _verbs().find(doc, sentence.span)
        if not any(m.span.overlaps(t) for t in triggers) and not _noun(discourse, m.span)
    ]
    body_end = _without_closing(discourse, sentence)
    ends = [body_end] * len(verbs)
    coordinated = [False] * len(verbs)
    for n, verb in enumerate(verbs[:-1]):
        joint = _COORDINATED.search(doc.folded, verb.span.end, verbs[n + 1].span.start)
        if joint is not None:
            ends[n], coordinated[n + 1] = joint.start(), True
    rests: list[Span | None] = [None] * len(verbs)
    for n, verb in enumerate(verbs):
        # "thanked the Minister for the welcome and said that ...": what follows is said, not thanked for.
        said = _AND_SAID.search(doc, verb.span.end, ends[n])
        if said is not None:
            rests[n] = Span(said.start(), ends[n])
            ends[n] = said.start()
    found: list[StatementMention] = []
    for n, verb in enumerate(verbs):
        end = ends[n]
        if end <= verb.span.start:
            continue
        if coordinated[n] and found:
            actors, start = found[-1].actors, verb.span.start  # "He thanked ... and detailed ..."
        elif _PASSIVE.search(doc.folded, max(0, verb.span.start - 30), verb.span.start):
            # "issues of ... were discussed": the parties of the engagement being told.
            actors, start = list(discourse.parties), discourse.clause_start(sentence, verb.span.start)
        else:
            at = _speaker_at(discourse, sentence, verb.span.start)
            actors, subject = discourse.subject(sentence, at)
            start = subject.start if subject is not None else discourse.clause_start(sentence, at)
            if at != verb.span.start:  # what the speaker said before is no content of this act
                start = verb.span.start
            discourse.attend(actors)
        if not actors:
            actors = list(discourse.parties)
        if not actors:
            continue
        start = skip_space(doc.folded, start)
        span = Span(start, end)
        addressees, span = _addressees(discourse, verb.span, span)
        if verb.value in JOINT_ACTS and not addressees:  # "discussed ... with X" names X apart
            actors = _jointly(actors, engagements)
        mention = StatementMention(
            verb.value,
            span,
            actors,
            addressees,
            topics=topics.read(span),
            reported=bool(HEDGE.search(doc, span.start, span.end)),
        )
        rest = rests[n]
        if rest is not None:  # no act's, but still what the engagement was about
            mention.rest = topics.read(rest)
        mention.about = [
            m.agent
            for m in discourse.within(span)
            if m.agent.kind == "place" and m.agent not in actors and m.agent not in addressees
        ]
        found.append(mention)
    return found + _signed(discourse, sentence, engagements, topics)


_SIGNED_VERB = re.compile(r"\b(?:signed|inked)\b", re.IGNORECASE)
# Those who watched a signing sign nothing: "in the presence of", "witnessed by".
_PRESENCE = re.compile(
    r"\b(?:in\s+the\s+presence\s+of|witnessed\s+by|attended\s+by|with\s+the\s+participation\s+of)\b",
    re.IGNORECASE,
)


def _signed(
    discourse: Discourse, sentence: Sentence, engagements: list[EngagementMention], topics: TopicReader
) -> list[StatementMention]:
    """A signing told by its verb is also the signatories' act: they signed a document about its topics."""
    doc = discourse.doc
    found = []
    for engagement in engagements:
        trigger = engagement.trigger
        if engagement.kind != "agreement-signing" or trigger is None:
            continue
        # "signed and exchanged notes": the verb may stand just before the trigger
        if not _SIGNED_VERB.search(doc.folded, max(sentence.span.start, trigger.start - 15), trigger.end):
            continue
        actors = _signatories(discourse, sentence, engagement, trigger)
        span = _document(discourse, sentence, trigger)
        found.append(StatementMention("signed", span, actors, topics=topics.read(span), engagement=engagement))
    return found


_THE_TWO = re.compile(
    r"\b(?:(?:the\s+two|both|the)\s+(?:[\w-]+\s+){0,2}?(?:ministers|sides|parties|diplomats|co-?chairs?|leaders"
    r"|officials|heads|chiefs|presidents|secretaries|counterparts|commanders|directors)|they)\s+(?:also\s+|then\s+)?$",
    re.IGNORECASE,
)


def _signatories(discourse: Discourse, sentence: Sentence, engagement: EngagementMention, trigger: Span) -> list[Agent]:
    """The parties named in the signing's sentence, but for those who only watched: named
    after "in the presence of", or before "signed by" and "witnessed the signing of ... by"."""
    doc = discourse.doc
    start = trigger.end if doc.folded[trigger.start : trigger.end].endswith("by") else sentence.span.start
    presence = _PRESENCE.search(doc.folded, start, sentence.span.end)
    words = Span(start, presence.start() if presence else sentence.span.end)
    named = {m.agent for m in discourse.within(words)}
    signatories = [a for a in engagement.agents() if a in named]
    if signatories or not _THE_TWO.search(doc.folded, sentence.span.start, trigger.start):
        return signatories
    # "the two ministers signed": whom the reader of engagements found them to be
    return [a for a in engagement.agents() if a.kind == "person"]


_THE_DOCUMENT = re.compile(
    r"\b(?:the|this|these|those)\s+(?:[\w-]+\s+){0,3}?" + SIGNED_WHAT + r"(?!\s+(?:on|of|for|to)\b)", re.IGNORECASE
)


def signed_once(statements: list[StatementMention], doc: Document, topics: TopicReader) -> list[StatementMention]:
    """Signings told twice, by the parties ("the Bank and the Government signed a loan
    agreement to rebuild canals") and then by the signatories ("The agreement was signed
    by A and B"), are one act: the signatories', about what the first telling said the
    document is about. A document no words describe is about what the headline tells.
    States alone sign no act of their own."""
    dropped: set[int] = set()
    last: StatementMention | None = None
    for statement in (s for s in statements if s.act == "signed"):
        told_again = _THE_DOCUMENT.search(doc.folded, statement.span.start, statement.span.end)
        if last is not None and not statement.topics and told_again:
            statement.topics = last.topics
            if not any(a.kind == "person" for a in last.actors):
                dropped.add(id(last))
        if not statement.topics and doc.headline is not None:
            statement.topics = topics.read(doc.headline.span)
        if all(a.kind == "place" for a in statement.actors):
            dropped.add(id(statement))
        last = statement
    return [s for s in statements if id(s) not in dropped]


_CLAUSE_END = re.compile(r";|,\s*(?:and|while|but|as\s+well\s+as)\b|\band\s+then\b", re.IGNORECASE)
_NOTHING_AFTER = re.compile(r"\s*(?:[,.;]|$)")


def _document(discourse: Discourse, sentence: Sentence, trigger: Span) -> Span:
    """The words of what was signed: before a passive verb ("the agreement was signed by")
    or a verb with nothing after ("the plan the two signed,"), else after it up to the clause's end."""
    doc = discourse.doc
    end = _without_closing(discourse, sentence)
    if doc.folded[trigger.start : trigger.end].endswith("by") or _NOTHING_AFTER.match(doc.folded, trigger.end):
        return Span(discourse.clause_start(sentence, trigger.start), trigger.end)
    stop = _CLAUSE_END.search(doc.folded, trigger.end, end)
    return Span(trigger.start, stop.start() if stop else end)


def _jointly(actors: list[Agent], engagements: list[EngagementMention]) -> list[Agent]:
    """The parties of an engagement of the same sentence one actor takes part in ("X was
    received by Y, with whom he discussed ..."); else the actors as told."""
    if len(actors) != 1:
        return actors
    for engagement in engagements:
        people = [a for a in engagement.agents() if a.kind == "person"]
        if actors[0] in people and len(people) > 1:
            return people
    return actors


_SAID = re.compile(r"\b(?:said|says|stated|noted|told\s+\w+)\b(?:\s+that)?", re.IGNORECASE)
_AND_BEFORE = re.compile(r",?\s+and\s+(?:also\s+)?$", re.IGNORECASE)


def _speaker_at(discourse: Discourse, sentence: Sentence, verb: int) -> int:
    """Where the subject of a verb joined to a telling is read: "Lin said the gesture
    reflected the friendship ..., and pledged support" pledged by who said, not by the
    subject of what was said."""
    folded = discourse.doc.folded
    if not _AND_BEFORE.search(folded, sentence.span.start, verb):
        return verb
    said = list(_SAID.finditer(folded, sentence.span.start, verb))
    return said[-1].start() if said else verb


def _noun(discourse: Discourse, span: Span) -> bool:
    """ "the details", "thanks to": words of the verb list used otherwise."""
    doc = discourse.doc
    i = doc.token_at(span.start)
    after = doc.token_at(span.end)
    if doc.keys[i] == "thanks" and after < len(doc.keys) and doc.keys[after] == "to":
        return True
    if doc.text[span.start].isupper() and doc.keys[after : after + 1] in (["on"], ["of"]):
        return True  # "Notes on the grant were exchanged": a capitalised noun opening its sentence
    return i > 0 and doc.keys[i - 1] in _NOUN_BEFORE and doc.keys[i] != "special"


def _without_closing(discourse: Discourse, sentence: Sentence) -> int:
    """Where a sentence's content ends: before ", according to X" or ", X said"."""
    closing = _CLOSING.search(discourse.doc, sentence.body.start, sentence.body.end)
    return closing.start() if closing else sentence.body.end


def _addressees(discourse: Discourse, verb: Span, span: Span) -> tuple[list[Agent], Span]:
    """Who the act was addressed to: people listed after "with" (who then close the
    content: "discussed security issues with President X; Minister Y"), else the agent
    right after the verb ("thanked the Tajik government")."""
    folded = discourse.doc.folded
    for with_ in _WITH.finditer(folded, verb.end, span.end):
        listed = [m for m in discourse.objects(with_.start(), span.end) if m.agent.kind == "person"]
        if listed:
            return [m.agent for m in listed], Span(span.start, with_.start())
    direct = discourse.objects(verb.end, span.end)
    return ([direct[0].agent] if direct and direct[0].agent.kind != "place" else []), span
