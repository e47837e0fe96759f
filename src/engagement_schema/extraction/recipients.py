"""Recipients: who a sum of aid is for.

The agent after "to" or "for", the one "provided with" it, the state whose sectors the
aid supports ("Tajikistan's agriculture") or the state "in" which it is spent; where the
amount names none, the other party to an agreement signed, the body whose work is
supported, the institution named before it, or the state the report is about.
"""

from __future__ import annotations

import re

from engagement_schema.extraction.aid_agents import (
    bare_government,
    kind_of,
    name_of,
    state_for,
    state_institution,
    state_of,
)
from engagement_schema.extraction.discourse import Agent, AgentMention, Discourse
from engagement_schema.extraction.donors import SIGNED, WITH_PARTY
from engagement_schema.extraction.money import Money, find_money
from engagement_schema.extraction.places import gazetteer
from engagement_schema.extraction.text import Sentence, Span, SpanIndex

__all__ = [
    "find_recipient",
    "institution_before",
    "main_state",
    "named_to",
    "provided_with",
    "signing_partner",
    "subject_state",
    "supported_work",
]

_F = re.IGNORECASE

# "to the Ministry", "for UNICEF", and a purpose whose object receives: "to help the Constabulary
# Force clear its backlog", "to strengthen the Coast Guard", "to equip the Border Police".
# Not "according to the Ministry", "due to", "thanks to", "in addition to", "with regard to": no receiver follows.
_RECIPIENT = re.compile(
    r"(?<!\baccording)(?<!\bdue)(?<!\bthanks)(?<!\bprior)(?<!\baddition)(?<!\bregard)\s+(?:to|for)\s+"
    r"(?:(?:help|assist|enable|strengthen|equip)\s+)?",
    _F,
)


_IN = re.compile(r"\bin\s+$", _F)


# "JICA and the Department of Finance signed a loan agreement of up to 58.4 billion yen": a finance
# ministry borrows and receives for its state.
_FINANCE = re.compile(r"\b(?:finance|treasury)\b")


def _borrower(discourse: Discourse, agent: Agent, donor: Agent) -> Agent:
    """A finance ministry as the state it borrows for (its own, else the one the report is about)."""
    if agent.kind != "organization" or not _FINANCE.search(name_of(agent)):
        return agent
    state = state_of(agent)
    return Agent("place", state) if state else main_state(discourse, donor)[0] or agent


def signing_partner(discourse: Discourse, sentence: Sentence, donor: Agent) -> tuple[Agent, str] | None:
    """ "USAID and the Government of Georgia signed an agreement ... USAID will provide $20 million":
    aid naming no recipient goes to the other party of the agreement signed in its sentence or the
    one before (a government stands for its state)."""
    doc = discourse.doc
    text = doc.folded
    before = [doc.sentences[sentence.index - 1]] if sentence.index > 0 else []
    for signing in (sentence, *before):
        for verb in SIGNED.finditer(text, signing.span.start, signing.body.end):
            agents, _ = discourse.subject(signing, verb.start())
            with_party = WITH_PARTY.match(text, verb.end(), signing.body.end)
            if with_party:
                agents = [*agents, *(m.agent for m in discourse.objects(with_party.end(), signing.body.end)[:1])]
            parties = [a for a in agents if a.kind != "person"]
            others = [a for a in parties if name_of(a) != name_of(donor)]
            if len(others) == 1 and len(parties) == 2:
                quoted = doc.quote(Span(signing.span.start, verb.end()))
                partner = _borrower(discourse, state_for(others[0]), donor)
                return partner, f'The recipient is not named with the amount; it is the other party to "{quoted}".'
    return None


def find_recipient(discourse: Discourse, clause: Span, money: Money, donor: Agent) -> tuple[Agent | None, str | None]:
    """Who the aid is for: after "to"/"for", a state whose sectors it supports, or the
    state it is spent "in"."""
    text = discourse.doc.folded
    named = named_to(discourse, money.span.end, clause.end, donor, people=False) or _handed_to(
        discourse, clause, money, donor
    )
    named = named or _with_funding_subject(discourse, clause, money, donor)
    if named is not None and bare_government(named):
        return main_state(discourse, donor)
    if named is not None:
        return state_for(named), None
    after = [
        m for m in discourse.within(Span(money.span.end, clause.end)) if m.agent.kind == "place" and m.agent != donor
    ]
    for mention in after:
        if text.startswith("'s", mention.span.end) or _IN.search(
            text, max(0, mention.span.start - 4), mention.span.start
        ):
            return mention.agent, None
    return None, None


# "With a $2 million grant from Japan, UNICEF will vaccinate ...": the opening phrase's sum is the
# main clause's subject's to spend.
_WITH_OPENING = re.compile(r"With\s+(?:[\w-]+\s+){0,4}$")


def _with_funding_subject(discourse: Discourse, clause: Span, money: Money, donor: Agent) -> Agent | None:
    """The institution after the comma closing a sentence's opening "With <sum> from X," phrase."""
    text = discourse.doc.folded
    if not _WITH_OPENING.fullmatch(text, clause.start, money.written.start):
        return None
    comma = text.find(",", money.span.end, clause.end)
    listed = discourse.objects(comma + 1, clause.end) if comma >= 0 else []
    if not listed or listed[0].agent.kind != "organization" or listed[0].agent == donor:
        return None
    return listed[0].agent


# "handed over to the Ministry of Health equipment worth $200,000", "will send its 22nd package to
# Ukraine, worth EUR 188 million", "turned over to Admiral X drones worth PHP 38 million" (a person
# receives for the institution of their post): the receiver named before the gift's worth.
_HANDED_TO = re.compile(
    r"\b(?:(?:hand|turn)(?:ed|s|ing)?\s+over|transferred|donated|delivered|presented|sent|send|sends|sending"
    r"|shipped)\b",
    _F,
)


def _handed_to(discourse: Discourse, clause: Span, money: Money, donor: Agent) -> Agent | None:
    """The agent a gift is handed over or sent to, named between the verb and the amount."""
    handed = list(_HANDED_TO.finditer(discourse.doc.folded, clause.start, money.written.start))
    if not handed:
        return None
    return named_to(discourse, handed[-1].end(), money.written.start, donor, people=True)


def named_to(discourse: Discourse, start: int, end: int, donor: Agent | None, *, people: bool) -> Agent | None:
    """The agent named right after the first "to" or "for" between `start` and `end` that names
    one other than the donor; with `people`, a person too (who receives for the institution they
    serve: the person a gift is handed to)."""
    text = discourse.doc.folded
    for match in _RECIPIENT.finditer(text, start, end):
        run = _run_by(discourse, match.end(), end, donor)
        if run is not None:
            return run
        owned = _OWNED_BY.match(text, match.end())
        after = owned.end() if owned else match.end()
        objects = discourse.objects(after, end)
        listed = [m for m in objects if people or m.agent.kind != "person"]
        served = None if people or not objects else _served_institution(discourse, objects[0], donor)
        if served is not None and (
            objects[0].span.start - after < 6 or _NAME_LEAD.fullmatch(text, after, objects[0].span.start)
        ):
            return served
        if listed and listed[0].agent != donor and listed[0].span.start - after < 6:
            return state_institution(discourse, listed[0], end)
        led = next(iter(discourse.within(Span(after, end))), None)
        if (
            led
            and led.agent.kind == "organization"
            and led.agent != donor
            and _NAME_LEAD.fullmatch(text, after, led.span.start)
        ):
            return led.agent
    return None


def _served_institution(discourse: Discourse, mention: AgentMention, donor: Agent | None) -> Agent | None:
    """ "handed over to the Director of the National Disaster Office, Mr. X": the institution a
    receiving person's title names receives for them."""
    if mention.agent.kind != "person":
        return None
    inside = [m.agent for m in discourse.within(mention.span) if m.agent.kind == "organization"]
    return inside[0] if inside and inside[0] != donor else None


# "to a UNDP programme", "to an IOM project": a body's work named after "a", which the body receives.
_A_BODYS_WORK = re.compile(r"an?\s+(?=[A-Z])")
_WORK = re.compile(r"\s+(?:programmes?|programs?|projects?|operations?|appeals?|initiatives?|response)\b")


def _run_by(discourse: Discourse, start: int, end: int, donor: Agent | None) -> Agent | None:
    """The institution whose programme or project named right after `start` ("a UNDP programme") is."""
    text = discourse.doc.folded
    article = _A_BODYS_WORK.match(text, start, end)
    if article is None:
        return None
    named = next(iter(discourse.within(Span(article.end(), end))), None)
    if named is None or named.span.start != article.end() or named.agent.kind != "organization":
        return None
    return named.agent if named.agent != donor and _WORK.match(text, named.span.end) else None


# "to the Royal Cambodian Armed Forces", "to the National Disaster Management Authority": the
# capitalised words of a name may lead the part read as the institution.
_NAME_LEAD = re.compile(r"(?:the\s+)?(?:[A-Z][\w'-]*\s+){1,3}")


# "to the canton's Civil Protection Administration", "for the city's hospital": a common noun's
# possessive before the institution says whose it is; the institution receives, as the one a
# branch, office or unit belongs to does ("to the Lebap branch of the State Committee for ...",
# "for the engineering units of the Royal Cambodian Armed Forces"), as the one whose training,
# equipment or capacity the aid is for ("for the training and equipment of Azerbaijani Army units").
_OWNED_BY = re.compile(
    r"(?:the\s+)?[a-z]+'s\s+"
    r"|the\s+(?:[\w-]+\s+){0,2}(?:branch|branches|office|offices|chapters?|units?)\s+of\s+(?:the\s+)?"
    r"|the\s+(?:training|equipment|equipping|modernisation|modernization|capacity|capacities)"
    r"(?:\s+and\s+[a-z]+)?\s+of\s+(?:the\s+)?"
)


_PROVIDING = re.compile(r"\b(?:provided|provides|providing|provide|supplied|supplies|supply|equipped|equips)\b", _F)
_WITH = re.compile(r"\s+with\b", _F)


def provided_with(discourse: Discourse, clause_start: int, money: Money) -> tuple[Agent, None] | None:
    """ "Germany has provided the Ministry of Internal Affairs with equipment worth ...", "will
    provide Laos with a grant of ...": the one provided with the aid is the recipient, however
    near a noun of giving stands to the amount."""
    text = discourse.doc.folded
    providing = list(_PROVIDING.finditer(text, clause_start, money.span.start))
    if providing:
        listed = discourse.objects(providing[-1].end(), money.span.start)
        if listed and listed[0].agent.kind != "person" and _WITH.match(text, listed[-1].span.end):
            return listed[0].agent, None
    return _given_object(discourse, clause_start, money)


# "will give the Lebanese Army $20 million", "granted Tanzania DKK 200 million": the one given to
# named between the verb and the sum.
_GIVE = re.compile(r"\b(?:give|gives|gave|giving|granted|grants|awarded|awards|offered|offers)\s+(?:the\s+)?$", _F)
_SUM_AFTER = re.compile(r"\s+(?:(?:an?|some|another)\s+)?(?:(?:additional|further|extra|new)\s+)?$", _F)


def _given_object(discourse: Discourse, clause_start: int, money: Money) -> tuple[Agent, None] | None:
    """The agent named right after a verb of giving and right before the sum it is given."""
    text = discourse.doc.folded
    for mention in discourse.within(Span(clause_start, money.written.start)):
        if (
            mention.agent.kind != "person"
            and _GIVE.search(text, max(0, mention.span.start - 20), mention.span.start)
            and _SUM_AFTER.fullmatch(text, mention.span.end, money.written.start)
        ):
            return mention.agent, None
    return None


# "through KfW Development Bank", "via the Fund": the channel aid goes by, not who receives it.
_THROUGH = re.compile(r"\b(?:through|via)\s+(?:the\s+)?$", _F)


# "signed at the Ministry of Foreign Affairs", "a reception at the Embassy": the seat of a state's
# office named after "at" is where something happened, not who receives.
_AT = re.compile(r"\bat\s+(?:the\s+)?$", _F)
_SEATS = frozenset({"ministry", "diplomatic-mission", "head-of-state-office"})


def _venue(text: str, mention: AgentMention) -> bool:
    """Whether an office of state is named as the place something happened ("at the Ministry")."""
    return (
        kind_of(mention.agent) in _SEATS
        and _AT.search(text, max(0, mention.span.start - 8), mention.span.start) is not None
    )


def institution_before(
    discourse: Discourse, sentence: Sentence, money: Money, donor: Agent
) -> tuple[Agent, str] | None:
    """ "opened a maternity wing at Lautoka Hospital, built with a NZ$3.2 million grant", "IOM's
    response is supported by the EU, which provided €5 million": an amount naming no recipient
    goes to the institution its sentence names last before it. Not the donor under any of its
    names, one in a person's title, a bare head ("the Board"), a channel ("through KfW"), a venue
    ("at the Ministry") or a government (a party to an agreement, it stands for its state); a
    finance ministry borrows for its state, which receives; none when an earlier amount of the
    sentence may be the one the institution is named for."""
    text = discourse.doc.folded
    before = Span(sentence.span.start, money.span.start)
    if find_money(text, before):
        return None
    mentions = discourse.within(before)
    titles = [m.span for m in mentions if m.agent.kind == "person"]
    named = [
        m
        for m in mentions
        if m.agent.kind == "organization"
        and not any(title.start <= m.span.start < title.end for title in titles)
        and name_of(m.agent) != name_of(donor)
        and " " in name_of(m.agent)
        and kind_of(m.agent) != "government"
        and not _THROUGH.search(text, max(0, m.span.start - 14), m.span.start)
        and not _venue(text, m)
    ]
    if not named:
        return None
    last = named[-1]
    quoted = discourse.doc.quote(last.span)
    method = f'The recipient is not named with the amount; "{quoted}" is the institution named last before it.'
    return _borrower(discourse, last.agent, donor), method


# "IOM's response is supported by the EU, which provided €5 million, and by Japan, which
# contributed $1.5 million": the work supported is the institution's.
_SUPPORTED_BY = re.compile(
    r"\b(?:is|are|was|were|been)\s+(?:also\s+|being\s+)?(?:supported|funded|financed)\s+by\b", _F
)


def supported_work(discourse: Discourse, sentence: Sentence, money: Money, donor: Agent) -> tuple[Agent, str] | None:
    """The institution whose work a sentence says is supported by the givers it names next,
    each sum they provide its own (the first institution its subject names, not the donor)."""
    text = discourse.doc.folded
    supported = _SUPPORTED_BY.search(text, sentence.span.start, money.written.start)
    if supported is None:
        return None
    named = [
        m
        for m in discourse.within(Span(sentence.span.start, supported.start()))
        if m.agent.kind == "organization" and name_of(m.agent) != name_of(donor)
    ]
    if not named:
        return None
    quoted = discourse.doc.quote(Span(named[0].span.start, supported.end()))
    return named[0].agent, f'The recipient is not named with the amount; "{quoted}" names whose work the aid supports.'


# "The Jordanian section of the line was financed with a loan of KWD 25 million from the Arab Fund":
# a passive of paying, whose subject a state's demonym opens.
_THE = re.compile(r"The\s+")
_PAID_FOR = re.compile(r"\b(?:was|were|has\s+been|have\s+been|is|are)\s+(?:financed|funded|built|paid\s+for)\b", _F)


def subject_state(discourse: Discourse, sentence: Sentence, money: Money, donor: Agent) -> tuple[Agent, str] | None:
    """The state whose demonym opens the subject of a passive of paying for the thing the amount
    pays for: that state's thing is what the aid pays for."""
    text = discourse.doc.folded
    opening = _THE.match(text, sentence.span.start)
    paid = _PAID_FOR.search(text, sentence.span.start, money.written.start) if opening else None
    if opening is None or paid is None:
        return None
    first = next((p for p in discourse.places if p.span.start == opening.end()), None)
    if first is None or not first.adjective or first.place.kind != "country" or first.place.name == donor.key:
        return None
    quoted = discourse.doc.quote(Span(sentence.span.start, paid.end()))
    return Agent("place", first.place.name), f'The recipient is not named with the amount; "{quoted}" says whose.'


_CURRENCY_OF = re.compile(r"\$|\s+dollars?\b", _F)


def main_state(discourse: Discourse, donor: Agent) -> tuple[Agent | None, str | None]:
    """The state a report is about, for aid whose recipient it does not name: the one it
    names most often, other than the donor, counting every naming of a state ("North
    Macedonia's Minister", "the Macedonian side"), not only those naming a party."""
    counts: dict[Agent, int] = {}
    donors = {donor.key, state_of(donor), *_served_states(discourse, donor), *_named_states(discourse, donor)}
    institutions = SpanIndex(m.span for m in discourse.mentions if m.agent.kind == "organization")
    for mention in discourse.places:
        if (
            mention.place.kind != "country"
            or institutions.overlaps(mention.span)
            or _CURRENCY_OF.match(discourse.doc.folded, mention.span.end)
        ):
            continue  # "US dollars", "Korea International Cooperation Agency" name no state the report is about
        if mention.place.name not in donors:
            state = Agent("place", mention.place.name)
            counts[state] = counts.get(state, 0) + 1
    if not counts:
        return _cities_state(discourse, donors)
    state = max(sorted(counts), key=counts.__getitem__)
    method = f"The recipient is not named with the amount; {state.key} is the state the report names most often."
    return state, method


def _cities_state(discourse: Discourse, donors: set[str | None]) -> tuple[Agent | None, str | None]:
    """ "TBILISI — The school was built with $3 million from the Government of Estonia": where a
    report names no state but the donor's, the state of the first city it names (its dateline's,
    as a rule) is where the aid is given."""
    for mention in discourse.places:
        known = gazetteer().countries.get(mention.place.country or "") if mention.place.kind == "city" else None
        if known is not None and known.name not in donors:
            city = mention.place.name
            method = f"The recipient is not named with the amount; {city}, the first city named, is in {known.name}."
            return Agent("place", known.name), method
    return None, None


def _named_states(discourse: Discourse, donor: Agent) -> set[str]:
    """The states of the places a donor institution's name holds ("Abu Dhabi Fund for Development"):
    the fund gives from there, and it is not the state the aid is for."""
    if donor.kind != "organization":
        return set()
    spans = SpanIndex(m.span for m in discourse.mentions if m.agent == donor)
    countries = gazetteer().countries
    return {
        countries[p.place.country].name
        for p in discourse.places
        if p.place.country in countries and spans.covers(p.span)
    }


# "Ambassador of Japan to the Republic of Djibouti": the state after "to" is where one serves, not whom.
_POSTED_TO = re.compile(r"\bto\s+(?:the\s+)?(?:[\w-]+\s+of\s+)?$", _F)


def _served_states(discourse: Discourse, person: Agent) -> set[str]:
    """The states a person's titles name as the one they serve ("the Ambassador of Japan",
    "the Japanese Ambassador"): a person gives for that state, which is not the recipient."""
    if person.kind != "person":
        return set()
    text = discourse.doc.folded
    titles = [m.span for m in discourse.mentions if m.agent == person]
    return {
        p.place.name
        for p in discourse.places
        if p.place.kind == "country"
        and any(t.start <= p.span.start < t.end for t in titles)
        and not _POSTED_TO.search(text, max(0, p.span.start - 30), p.span.start)
    }
