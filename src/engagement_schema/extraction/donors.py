"""Donors: who gives a sum of aid.

The giver named with the amount ("funded by Germany", "a grant from Japan") or "on
behalf of" whom it is given, else the clause's subject: past an opening phrase, a
"which" to its antecedent, a board to the body it governs, a person to the state or
institution they serve.
"""

from __future__ import annotations

import re

from engagement_schema.extraction.aid_agents import PUBLIC, kind_of, name_of, state_institution
from engagement_schema.extraction.discourse import Agent, AgentMention, Discourse
from engagement_schema.extraction.money import Money
from engagement_schema.extraction.places import gazetteer
from engagement_schema.extraction.text import Sentence, Span

__all__ = [
    "GIVEN_BY",
    "GIVER_AFTER",
    "RECEIVED",
    "SIGNED",
    "WITH_PARTY",
    "find_donor",
    "find_receipt",
    "first_body",
    "named_giver",
    "opening_end",
    "signers",
]

_F = re.IGNORECASE

# "In response to the UN appeal, Japan provided ...", "In line with its trade policy, the EU
# ...": a sentence's opening phrase (after its dateline) names neither giver nor what the sum is.
_OPENING = re.compile(
    r"(?:[^\n]{0,60}?\s-+\s+)?(?:In|Under|Following|At|On|Responding|As|After|Amid|Within"
    r"|Despite|Upon|Given|Through)\s[^,.;]{0,100},\s*"
)


def opening_end(text: str, sentence: Sentence, position: int) -> int:
    """Where a sentence's opening phrase closing before `position` ends (its start if none)."""
    opening = _OPENING.match(text, sentence.span.start, position)
    return opening.end() if opening else sentence.span.start


SIGNED = re.compile(r"\b(?:signed|signs|concluded|concludes|initialled|initialed)\b", _F)
WITH_PARTY = re.compile(r"(?:\s+[\w-]+){0,4}?\s+with\s+", _F)


# "Bangladesh received $50 million from", "has secured a $20 million grant from": a sum the subject
# received, a few words before the amount, or the worth of the things received ("has received 20
# vehicles and training equipment worth K8.5 million from").
RECEIVED = re.compile(
    r"\b(?:received|receives|receive|receiving|secured|obtained)\s+"
    r"(?:(?:[\w-]+\s+){0,3}|(?:[\w,-]+\s+){0,8}(?:worth|valued\s+at)\s+)$",
    _F,
)


def find_receipt(discourse: Discourse, sentence: Sentence, clause: Span, money: Money) -> tuple[Agent, Agent] | None:
    """ "Bangladesh received $50 million from the World Bank": the subject of a verb of receiving
    receives the sum, and the one named after "from" gives it (with none named, the body that signed
    for it the sentence before)."""
    text = discourse.doc.folded
    verb = RECEIVED.search(text, max(clause.start, money.written.start - 60), money.written.start)
    given_by = GIVEN_BY.match(text, money.span.end, clause.end) if verb else None
    if verb is None:
        return None
    giver = first_body(discourse, given_by.end(), clause.end) if given_by else _signer_before(discourse, sentence)
    receivers, _ = discourse.subject(sentence, verb.start())
    return (giver, receivers[0]) if giver and receivers and giver != receivers[0] else None


def _signer_before(discourse: Discourse, sentence: Sentence) -> Agent | None:
    """ "The Bank signed two loan agreements with Uganda and Kenya. The Government of Uganda will receive a
    loan of $112 million": a sum received from no one named comes from the body that signed for it in
    the sentence before."""
    if sentence.index == 0:
        return None
    agents = signers(discourse, discourse.doc.sentences[sentence.index - 1])
    return agents[0] if len(agents) == 1 and agents[0].kind == "organization" else None


def signers(discourse: Discourse, sentence: Sentence) -> list[Agent]:
    """Those a sentence says signed ("Ethiopia and Italy signed two agreements"), none if it tells
    of no signing."""
    signed = SIGNED.search(discourse.doc.folded, sentence.span.start, sentence.body.end)
    return discourse.subject(sentence, signed.start())[0] if signed else []


_ANNOUNCED = re.compile(r"\b(?:announced|announces|unveiled|unveils)\b", _F)
_ON_BEHALF = re.compile(r"\bon\s+behalf\s+of\s+", _F)


# "worth $1.4 million, funded by Germany,", "a $3 million grant from New Zealand", "the $30 million
# grant announced by Qatar", "$15 million in humanitarian aid from the EU", "valued at CAD 420,000 and
# funded by Global Affairs Canada": the giver named with the amount, whoever hands it over.
GIVEN_BY = re.compile(
    r"(?:\s*\([^)]*\))?\s*,?\s*(?:(?:grant|loan|donation|contribution|cheque|check)\s+"
    r"|in\s+(?:[a-z-]+\s+)?(?:aid|assistance|funding|support|grants|loans|financing)\s+)?"
    r"(?:(?:and\s+)?(?:donated|funded|financed|gifted|provided|granted|announced|offered|contributed|pledged|allocated)\s+by"
    r"|from)\s+",
    _F,
)


# "run with funding from Norway", "a project funded (supported) by the EU": where the word of giving nearest
# the amount names its giver, that one gives, whatever the clause's subject.
_FUNDED_BY = re.compile(r"(?:funding\s+from|(?:funded|financed|supported)\s+by)\s+", _F)
# With no subject to give, the giver named after "by" or "from" later in the clause.
_BY = re.compile(r"\b(?:by|from)\s+", _F)


def first_body(discourse: Discourse, start: int, end: int) -> Agent | None:
    """The first institution or state listed right after `start` (after "by", "from", "on
    behalf of"): a person named there gives for the body they serve, not as a giver named."""
    listed = [m for m in discourse.objects(start, end) if m.agent.kind != "person"]
    return (_agency_named(discourse, listed[0], end) or listed[0].agent) if listed else None


# "financed by the Luxembourg development agency LuxDev", "from Japan's aid agency JICA": a state's body
# described by its state and what it is, then named.
_DESCRIBED = re.compile(r"(?:'s)?\s+(?:[a-z-]+\s+){0,2}(?:agency|bank|fund)\s+$")


def _agency_named(discourse: Discourse, state: AgentMention, end: int) -> Agent | None:
    """The body named right after a state and lowercase words saying what body of it it is."""
    if state.agent.kind != "place":
        return None
    after = [m for m in discourse.within(Span(state.span.end, end)) if m.span.start > state.span.end][:1]
    if not after or after[0].agent.kind != "organization":
        return None
    between = discourse.doc.text[state.span.end : after[0].span.start]
    return after[0].agent if _DESCRIBED.fullmatch(between) else None


def find_donor(discourse: Discourse, sentence: Sentence, position: int, clause: Span, money: Money) -> Agent | None:
    """Who gives the amount at `position`: the body it is given "on behalf of" ("On behalf of
    U.S. Army Central, the American side donated ..."), or named with it ("funded by X"); a
    "which" clause's antecedent; else the clause's subject past any opening phrase, or who
    announced it; with no subject, the body named after "by" or "from"."""
    text = discourse.doc.folded
    named = [(b.end(), position) for b in _ON_BEHALF.finditer(text, sentence.span.start, position)]
    given_by, funded = GIVEN_BY.match(text, money.span.end, clause.end), _FUNDED_BY.match(text, position)
    named += [(m.end(), clause.end) for m in (given_by, funded) if m is not None]
    for start, end in named:
        giver = first_body(discourse, start, end)
        if giver is not None:
            return giver
    antecedent = _which_antecedent(discourse, sentence, position)
    if antecedent is not None:
        return antecedent
    agents, words = discourse.subject(sentence, position)
    opening = opening_end(text, sentence, position)
    if words is not None and words.start < opening:  # "In response to the UN appeal, Japan provided"
        after = [m for m in discourse.within(Span(opening, position)) if m.span.end <= position]
        agents, words = ([after[0].agent], after[0].span) if after else ([], None)
    announced = list(_ANNOUNCED.finditer(text, sentence.span.start, position))
    if not agents and announced:  # "X today announced £12 million in new funding": X gives
        agents, words = discourse.subject(sentence, announced[-1].start())
    if agents:  # a person gives for the institution or state they serve (see records)
        return (
            _qualified_giver(discourse, agents, position)
            or _lender_among(agents)
            or _lender_signed_with(discourse, sentence, money, clause)
            or _board_of(discourse, agents[0], words, clause.end)
            or _owned_giver(discourse, agents[0], words, position)
        )
    givers = (first_body(discourse, m.end(), clause.end) for m in _BY.finditer(text, position, clause.end))
    giver = next((giver for giver in givers if giver is not None), None)
    return giver or (_qualified_giver(discourse, [], position) if _AID_NOUN.match(text, position) else None)


# Nouns of aid a demonym may qualify: "Swedish development cooperation", "Japanese grant aid" (not "a
# Chinese company invested").
_AID_NOUN = re.compile(
    r"(?:aid|assistance|(?:development\s+)?cooperation|grants?|loans?|funding|support|contributions?)\b", _F
)


def _lender_signed_with(discourse: Discourse, sentence: Sentence, money: Money, clause: Span) -> Agent | None:
    """ "Tajikistan signed a $30 million grant agreement with the Asian Development Bank": a bank or
    fund a state signs with gives (the state, the other party, receives)."""
    text = discourse.doc.folded
    if SIGNED.search(text, sentence.span.start, money.span.start) is None:
        return None
    with_party = WITH_PARTY.match(text, money.span.end, clause.end)
    listed = discourse.objects(with_party.end(), clause.end) if with_party else []
    lender = listed[0].agent if listed else None
    return lender if lender and lender.kind == "organization" and _LENDER.search(name_of(lender)) else None


_LENDER = re.compile(r"\b(?:bank|fund)\b")


def _lender_among(agents: list[Agent]) -> Agent | None:
    """ "Tajikistan and the Asian Development Bank signed grants totalling $100 million", "the
    Ministry of Finance and the World Bank signed": of a state or a state's body and a bank or fund
    named together, the bank or fund gives."""
    lenders = [a for a in agents if a.kind == "organization" and _LENDER.search(name_of(a))]
    states = [
        a
        for a in agents
        if a.kind == "place" or (a.kind == "organization" and a not in lenders and kind_of(a) in PUBLIC)
    ]
    return lenders[0] if states and lenders else None


_BOARD_OF = re.compile(r"\s+of\s+(?:(?:directors|governors|trustees)\s+of\s+)?(?:the\s+)?", _F)


def _board_of(discourse: Discourse, agent: Agent, words: Span | None, end: int) -> Agent | None:
    """ "the Board of Directors of the Fund approved a loan", "the IMF Executive Board approved":
    a board decides for the body it governs, and that body gives."""
    if words is None or agent.kind != "organization" or "board" not in name_of(agent).split():
        return None
    governed = [m.agent for m in discourse.within(words) if m.agent.kind == "organization" and m.agent != agent]
    if governed:
        return governed[0]
    of = _BOARD_OF.match(discourse.doc.folded, words.end)
    if of is None:
        return None
    listed = discourse.objects(of.end(), end)
    return listed[0].agent if listed and listed[0].span.start == of.end() else None


def _owned_giver(discourse: Discourse, agent: Agent, words: Span | None, end: int) -> Agent:
    """ "China's Exim Bank provided a $500 million loan": the institution a state's possessive
    names gives, not the state."""
    named = next((m for m in discourse.within(words) if m.agent == agent), None) if words else None
    return state_institution(discourse, named, end) if named else agent


_WHICH = re.compile(r",\s*which\b", _F)


def _which_antecedent(discourse: Discourse, sentence: Sentence, position: int) -> Agent | None:
    """ "the European Union, which provided €5 million": the institution or state a "which"
    before the verb refers back to gives (and it is the subject after the clause too:
    "Russia, which has given $70 million since 2013, will provide a further $4 million")."""
    which = list(_WHICH.finditer(discourse.doc.folded, sentence.span.start, position))
    if not which:
        return None
    before = discourse.within(Span(sentence.span.start, which[-1].start()))
    named = [m for m in before if m.span.end == which[-1].start() and m.agent.kind != "person"]
    return named[0].agent if named else None


# A demonym before the noun of giving, a few words between: "a Japanese official development
# assistance (ODA) loan".
_QUALIFIES = re.compile(r"(?:\s+[\w()-]+){0,5}?\s+$")


def _qualified_giver(discourse: Discourse, agents: list[Agent], position: int) -> Agent | None:
    """ "Viet Nam and Japan exchanged notes on a Japanese loan": of states named together, the
    one whose demonym qualifies the loan or grant gives it; "the minister announced new Irish
    funding": people announce what their state gives, and the demonym names it; "Swedish
    development cooperation with Liberia amounted to SEK N": with no subject, it names the giver."""
    people = all(a.kind == "person" for a in agents)
    if len(agents) < 2 and not people:
        return None
    doc = discourse.doc
    for mention in reversed(gazetteer().find(doc, Span(max(0, position - 60), position))):
        giver = Agent("place", mention.place.name)
        if (
            mention.adjective
            and (people or giver in agents)
            and _QUALIFIES.fullmatch(doc.folded, mention.span.end, position)
        ):
            return giver
    return None


# "The vehicles were gifted by the Government of India.", "The equipment, funded by the Federal
# Foreign Office, includes ...": the giver of what was handed over, named after it.
GIVER_AFTER = re.compile(
    r"\b(?:(?:donated|funded|financed|gifted|provided|granted|allocated)\s+by|grant\s+(?:of|from))\s+", _F
)


def named_giver(discourse: Discourse, sentence: Sentence) -> Agent | None:
    """The giver a sentence telling more of aid names: it outranks who handed the aid over."""
    given = GIVER_AFTER.search(discourse.doc.folded, sentence.span.start, sentence.body.end)
    if given is None:
        return None
    return first_body(discourse, given.end(), sentence.body.end)
