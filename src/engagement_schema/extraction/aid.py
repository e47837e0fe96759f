"""Aid: amounts of money given, granted or pledged, by whom, to whom, since when, for what.

A sentence's amount (see `money`) is aid only when a verb or noun of giving stands by it
("provided", "allocated", "assistance", "grant"); trade figures and budgets are not aid.
The donor is the clause's subject (see `donors`); the recipient the agent after "to" or
"for", the state whose sectors the aid supports ("Tajikistan's agriculture"), or the
state "in" which it is spent (see `recipients`). The sectors are the OECD DAC categories
of the topics the aid supports (see `aid_terms`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from engagement_schema.extraction.aid_agents import aid_agency, public
from engagement_schema.extraction.aid_terms import (
    AidMention,
    institution_sector,
    kinds_and_sectors,
    read_period,
    relief_sector,
    security_sector,
)
from engagement_schema.extraction.discourse import Agent, Discourse
from engagement_schema.extraction.donors import (
    GIVEN_BY,
    GIVER_AFTER,
    RECEIVED,
    find_donor,
    find_receipt,
    first_body,
    named_giver,
    opening_end,
    signers,
)
from engagement_schema.extraction.money import (
    Money,
    dollars_of,
    find_money,
    first_tellings,
    local_money,
    money_state,
)
from engagement_schema.extraction.places import country_name
from engagement_schema.extraction.recipients import (
    find_recipient,
    institution_before,
    main_state,
    named_to,
    provided_with,
    signing_partner,
    subject_state,
    supported_work,
)
from engagement_schema.extraction.text import Sentence, Span
from engagement_schema.extraction.topics import TopicReader

__all__ = ["AidMention", "Money", "extend_aid", "find_money", "money_state", "read_aid", "restated"]

_F = re.IGNORECASE


# Verbs and nouns of giving, a cheque presented and a fund's lending among them, and "development
# cooperation" ("€N in cooperation"), the genre's name for what a state gives. (?=...): the
# letters its words begin with, where the scan tries the whole list.
_GIVING = re.compile(
    r"(?=[acdefghilmprst])\b(?:provided|provides|providing|provide|allocated|allocates|allocate|allocating|allocations?|granted|granting"
    r"|donated|donates|donate|donating|(?:hand|turn)(?:ed|s|ing)?\s+over|delivered|delivers|transferred|disbursed|disburses|disburse|disbursements?"
    r"|committed|commits|committing|commit|pledged|pledges|pledging|pledge|contributed|contributes|contributing"
    r"|contribute|contributions?|funded|funds|financed|finances|gave|gives|give|given|giving|gifted|awarded|earmarked|earmarks|earmarking|released|spent|allotted|extended|extends"
    r"|extending|extend|approved|approves|assistance|aid|grants?|donations?|funding|development\s+cooperation"
    r"|in\s+cooperation(?!\s+with)"
    r"|loans?|lending|cheques?|mobili[sz]ed)\b",
    _F,
)
# "the UK's total support to the response", "a programme of UK support": the vaguest word for aid,
# read as giving only where no other word of giving is ("to support" is a purpose, not a gift);
# "supported by the EU with €3 million" names its giver; "adopted a package of €20 million for
# Moldova", "the UK's £10 million package for Ukraine" are sums set aside for another.
_SUPPORT = re.compile(r"(?<!to\s)\bsupport\b|\bsupported\s+by\b|\bpackages?\b", _F)
# States "invest" in what they fund; firms invest for profit, so only a state's investing is aid.
_INVESTED = re.compile(r"\b(?:invested|invests|investing|invest)\b", _F)
# "KOICA is implementing a $7 million project", "USAID launched a new $10 million project": an aid
# agency's project is aid; a contractor's or a firm's is work paid for.
_IMPLEMENTS = re.compile(
    r"\b(?:implementing|implements|implemented|launched|launches|launching)\s+(?:an?\s+)?(?:new\s+)?$", _F
)


# A sentence right after aid opening on the thing given: "It was bought ...", "The vehicles were ...".
_SAME_GIFT = re.compile(
    r"(?:It|(?:The|These)\s+(?:\w+\s+)?(?:equipment|vehicles|supplies|goods|items|consignment|shipment))\b"
)
_FOLLOW_UP = re.compile(
    r"(?:The|This|These|Such)\s+(?:\w+\s+)?(?:funding|funds|aid|assistance|grants?|support|project|programs?|programmes?"
    r"|equipment|donations?|contribution)\b"
)
# Figures of trade, budgets (not "budget support", a donor's aid paid into one) and prices; a
# project's cost ("estimated to cost $96 million") is what it takes, whoever pays.
_NOT_AID = re.compile(
    r"\b(?:trade|turnover|exports?|imports?|GDP|budget(?!\s+support)|salar(?:y|ies)|revenue|debts?|prices?|market|investments?\s+of"
    r"|cost|costs|costing)\b",
    _F,
)


# "The total cost is $100 million, of which the Bank will provide $80 million": words of costs or
# budgets before the whole are the whole's, not its part's.
_PART_OF = re.compile(r"\bof\s+(?:which|this|that|it)\b", _F)
# "with a budget of €5 million funded by the EU", "at a cost of $3 million, financed by Japan": a sum
# a giver named after it pays is aid, whatever it is the budget or cost of.
_FUNDED_AFTER = re.compile(
    r"\s*,?\s*(?:and\s+)?(?:(?:fully|entirely|jointly|wholly)\s+)?(?:funded|financed|provided)\s+by\b", _F
)
# "allocated 2.4 million manats from the state budget", "spent $70 million of its own resources",
# "allocates $10 million a year from the national budget": a state spending its own money.
_OWN_BUDGET = re.compile(
    r"\s+(?:(?:a|per|each)\s+year\s+)?(?:from|of)\s+(?:the|its|their)\s+"
    r"(?:own\s+(?:resources|funds)|(?:own\s+)?(?:state\s+|national\s+|federal\s+)?budgets?)\b",
    _F,
)
# "contributes about KSh 7.4 billion a year to the local economy": what a body adds to an economy
# by spending there is no gift.
# "two loan agreements worth a combined $208 million": the sum of gifts each told on its own, which the
# records leave out (each part is one).
_COMBINED = re.compile(r"\b(?:a\s+)?combined\s+(?:total\s+of\s+)?$", _F)
# "The grant is part of a new support package of USD 500 million", "the loan forms part of a $500 million
# programme": the whole a gift told on its own belongs to is no gift of its own ("the opening forms part of
# a £4.5 million programme" is: no gift is told before it).
_PART_OF_WHOLE = re.compile(
    r"\b(?:grant|aid|assistance|loan|contribution|donation|funding|sum|amount)\s+(?:is|was|forms?|formed)\s+"
    r"(?:a\s+)?part\s+of\s+(?:an?|the)\s+(?:(?:[\w-]+\s+){0,4}(?:package|programme|program|plan|initiative)\s+(?:of|worth)\s+)?$",
    _F,
)
_TO_ECONOMY = re.compile(r"(?:\s+(?:a|per|each)\s+year)?\s+to\s+(?:the\s+|its\s+)?(?:[\w-]+\s+)?econom(?:y|ies)\b", _F)


def _not_aid(discourse: Discourse, before: Span) -> bool:
    """Whether a word of trade, budgets or prices comes before an amount, outside the names of
    institutions ("the Ministry of Foreign Affairs and Trade has provided")."""
    named = [m.span for m in discourse.within(before) if m.agent.kind != "place"]
    return any(
        not any(s.start <= m.start() < s.end for s in named)
        for m in _NOT_AID.finditer(discourse.doc.folded, before.start, before.end)
    )


def read_aid(discourse: Discourse, sentence: Sentence, topics_reader: TopicReader) -> list[AidMention]:
    """The aid a sentence tells of: one record per amount given."""
    text = discourse.doc.folded
    clause = Span(sentence.span.start, sentence.body.end)
    found: list[AidMention] = []
    amounts = first_tellings(text, find_money(text, sentence.span))
    for before, money, after in zip([None, *amounts], amounts, [*amounts[1:], None], strict=False):
        clause_start = discourse.clause_start(sentence, money.span.start)
        told_from = max(clause_start, opening_end(text, sentence, money.span.start))
        if before is not None and _PART_OF.search(text, before.span.end, money.written.start):
            told_from = max(told_from, before.span.end)
        giving = _giving(text, clause, money)
        if (
            not giving
            or (
                _not_aid(discourse, Span(told_from, money.span.start)) and not _FUNDED_AFTER.match(text, money.span.end)
            )
            or _OWN_BUDGET.match(text, money.span.end)
            or _TO_ECONOMY.match(text, money.span.end)
            or _PART_OF_WHOLE.search(text, max(0, money.written.start - 100), money.written.start)
            or _COMBINED.search(text, max(0, money.written.start - 30), money.written.start)
        ):
            continue
        verb = min(giving, key=lambda g: abs(g.start() - money.span.start))
        handover = _handed_over_before(discourse, sentence)
        receipt = find_receipt(discourse, sentence, clause, money) or _gapped_receipt(discourse, found, before, money)
        donor = (
            receipt[0]
            if receipt
            else find_donor(discourse, sentence, verb.start(), clause, money)
            or (handover.giver if handover else None)
            or _giver_next(discourse, sentence)
            or _signed_before(discourse, sentence)
        )
        if donor is None or (_INVESTED.fullmatch(verb.group()) and not public(donor)):
            continue
        if verb.group().casefold().startswith(("implement", "launch")) and not aid_agency(donor):
            continue
        money = dollars_of(money, text, donor)
        recipient, method = (
            (receipt[1], None)
            if receipt
            else provided_with(discourse, clause_start, money) or find_recipient(discourse, clause, money, donor)
        )
        if recipient is None and handover and handover.receiver not in (None, donor):
            recipient, method = handover.receiver, "The recipient is the one the sentence before handed the gift to."
        if recipient is None:
            recipient, method = (
                signing_partner(discourse, sentence, donor)
                or supported_work(discourse, sentence, money, donor)
                or institution_before(discourse, sentence, money, donor)
                or subject_state(discourse, sentence, money, donor)
                or main_state(discourse, donor)
            )
        local = local_money(money, donor, recipient) if recipient is not None else None
        if recipient is None or local is None:
            continue
        money = local
        told = handover.told.join(clause) if handover else Span(clause_start, clause.end)
        mention = AidMention(told, money, donor, recipient, method)
        mention.donor_state = _THEIR_COUNTRY.search(text, clause_start, verb.start()) is not None
        # "which has given $70 million since 2013, will provide a further $4.5 million in 2024": the
        # years told after an amount (before the next) are its own, else those told before it.
        later = Span(money.span.end, after.span.start if after else clause.end)
        earlier = Span(before.span.end if before else clause.start, money.span.start)
        read_period(mention, text, later) or read_period(mention, text, earlier)
        kinds_and_sectors(mention, text, clause, topics_reader)
        security_sector(mention)
        institution_sector(mention)
        relief_sector(mention, text)
        found.append(mention)
        found += _each_of(discourse, mention, clause)
    return found


# "Uganda will receive a loan of $112 million and Kenya a loan of $96.4 million": the verb of receiving
# left out after "and" is the one before, so the sum's receiver is the one named after "and" ("the EU
# provided €5 million and the UK €3 million" names givers, so only a receipt is read so).
_AND_GAPPED = re.compile(r"\s+and\s+", _F)
_GAPPED_SUM = re.compile(r"\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}(?:of\s+)?$", _F)


def _gapped_receipt(
    discourse: Discourse, found: list[AidMention], before: Money | None, money: Money
) -> tuple[Agent, Agent] | None:
    """The giver of the sum received before, and the receiver named after "and" between it and this one."""
    text = discourse.doc.folded
    if before is None or not found or found[-1].money.span != before.span:
        return None
    if RECEIVED.search(text, max(0, before.written.start - 60), before.written.start) is None:
        return None
    gap = _AND_GAPPED.match(text, before.span.end)
    listed = discourse.objects(gap.end(), money.written.start) if gap else []
    if not listed or not _GAPPED_SUM.fullmatch(text, listed[0].span.end, money.written.start):
        return None
    return found[-1].donor, listed[0].agent


_EACH_TO = re.compile(r"\s+each\s+(?:to|for)\s+", _F)


def _each_of(discourse: Discourse, mention: AidMention, clause: Span) -> list[AidMention]:
    """ "$2 million each to Laos and Cambodia": the sum again for each receiver listed after the first."""
    each = _EACH_TO.match(discourse.doc.folded, mention.money.span.end)
    if each is None:
        return []
    listed = [m.agent for m in discourse.objects(each.end(), clause.end) if m.agent.kind != "person"]
    return [
        replace(
            mention,
            recipient=agent,
            recipient_method=None,
            kinds=[*mention.kinds],
            topics=[*mention.topics],
            sectors=[*mention.sectors],
            sector_sources=[*mention.sector_sources],
        )
        for agent in listed[1:]
        if agent not in (mention.donor, mention.recipient)
    ]


# A sentence opening on the thing given: "The aid, worth ...", "The equipment, worth ...", "The
# grant, worth 500 million yen, will fund ..." (after "Japan signed a grant agreement with X").
_THE_GIFT = re.compile(
    r"(?:The|This|These)\s+(?:\w+\s+)?(?:aid|assistance|equipment|vehicles|supplies|goods|items|consignment"
    r"|shipment|cargo|donation|gift|grant|loan|funding|funds)\b",
    _F,
)


@dataclass(frozen=True, slots=True)
class _Handover:
    """The gift a sentence before handed over: who gave it, who it was handed to, and where told."""

    giver: Agent | None
    receiver: Agent | None
    told: Span


def _handed_over_before(discourse: Discourse, sentence: Sentence) -> _Handover | None:
    """ "X handed over fodder to Y. The aid, worth 1.2 billion tenge, includes ...": a sentence
    opening on the thing given tells the worth of the gift the sentence before handed over; its
    giver ("donated by X", else who handed it over) and receiver are that gift's."""
    text = discourse.doc.folded
    if sentence.index == 0 or not _THE_GIFT.match(text, sentence.span.start):
        return None
    before = discourse.doc.sentences[sentence.index - 1]
    verb = _GIVING.search(text, before.span.start, before.body.end)
    if verb is None:
        return None
    by = GIVER_AFTER.search(text, verb.start(), before.body.end)
    agents, _ = discourse.subject(before, verb.start())
    giver = (first_body(discourse, by.end(), before.body.end) if by else None) or next(iter(agents), None)
    receiver = named_to(discourse, verb.end(), before.body.end, giver, people=True)
    return _Handover(giver, receiver, before.span)


# "built with €1.6 million from the EU": an amount something was paid "with".
_PAID_WITH = re.compile(r"\bwith\s+$", _F)
# "has announced NZ$12 million to improve ...", "announced a further €1.5 million for ...": a sum
# announced outright is one given, whatever word of giving the sentence lacks.
_ANNOUNCED_SUM = re.compile(r"\b(?:announced|unveiled)\s+(?:an?\s+)?(?:(?:further|additional|extra|new)\s+)?$", _F)


def _giving(text: str, clause: Span, money: Money) -> list[re.Match[str]]:
    """The words of giving in a clause, a receipt with its giver among them ("received $N from
    X"; not "which received $N last year"); where none, "support", or a giver named with an
    amount something was paid with ("built with €1.6 million from the EU"), say the amount is
    given, as a sum announced outright does."""
    given_by = GIVEN_BY.match(text, money.span.end, clause.end)
    window = max(clause.start, money.written.start - 60)
    received = RECEIVED.finditer(text, window, money.written.start) if given_by else ()
    strong = [*_GIVING.finditer(text, clause.start, clause.end), *_INVESTED.finditer(text, clause.start, clause.end)]
    strong += received
    strong += _IMPLEMENTS.finditer(text, max(clause.start, money.written.start - 20), money.written.start)
    paid_with = _PAID_WITH.search(text, max(0, money.written.start - 6), money.written.start)
    announced = _ANNOUNCED_SUM.search(text, max(0, money.written.start - 40), money.written.start)
    weak = [*_SUPPORT.finditer(text, clause.start, clause.end)] or [
        m for m in (given_by if paid_with else None, announced) if m
    ]
    return strong or weak


# "noting that his country has provided": the speaker's state gives, not their embassy.
_THEIR_COUNTRY = re.compile(r"\b(?:his|her|their)\s+country\s+(?:\w+\s+){0,2}$", _F)


def _signed_before(discourse: Discourse, sentence: Sentence) -> Agent | None:
    """ "Addis Ababa (ENA) - Ethiopia and Italy signed two financing agreements worth 28 million Euro.
    Of the total, 20 million Euro is a soft loan ...": a sum with no giver told after two states
    signed (in the two sentences before) is the one's the report is not filed from (the state of its
    first city receives)."""
    home = next((p.place.country for p in discourse.places if p.place.kind == "city"), None)
    home_state = Agent("place", country_name(home)) if home else None
    for before in discourse.doc.sentences[max(0, sentence.index - 2) : sentence.index]:
        states = [a for a in signers(discourse, before) if a.kind == "place"]
        if len(states) == 2 and home_state in states:
            return next(a for a in states if a != home_state)
    return None


def _giver_next(discourse: Discourse, sentence: Sentence) -> Agent | None:
    """ "Vehicles worth EUR 2.4 million were handed over to the State Police. The equipment was funded by
    the Ministry of the Interior": a gift told with no giver is the one the next sentence, opening on the
    thing given, names the giver of."""
    following = sentence.index + 1
    if following >= len(discourse.doc.sentences):
        return None
    after = discourse.doc.sentences[following]
    return named_giver(discourse, after) if _SAME_GIFT.match(discourse.doc.folded, after.span.start) else None


def extend_aid(aid: AidMention, discourse: Discourse, sentence: Sentence, reader: TopicReader) -> bool:
    """Read "The funding will support emergency food assistance, health care ..." after a
    sentence of aid as more of that aid; returns whether the sentence was such. Sentences
    right after it on the thing given may name its giver: "The vehicles were gifted by D"."""
    text = discourse.doc.folded
    if (
        _SAME_GIFT.match(text, sentence.span.start)
        and _right_after(aid, discourse, sentence)
        and not find_money(text, sentence.span)
    ):
        aid.donor = named_giver(discourse, sentence) or aid.donor
        aid.span = aid.span.join(sentence.body)
    if not _FOLLOW_UP.match(text, sentence.span.start) or find_money(text, sentence.span):
        return False  # (the opening words first: they are quicker to test, and rarely there)
    extra = reader.read(sentence.body)
    aid.topics += extra
    aid.span = aid.span.join(sentence.body)
    kinds_and_sectors(aid, text, aid.span, reader, extra)
    return True


def restated(aid: list[AidMention]) -> list[AidMention]:
    """The aid less sums told again with a shorter name of the same receiver ("EU grants €4 million
    to equip the Border Police" above "... €4 million ... to equip the General Inspectorate of
    Border Police"): one gift, named in full where the text names it so."""
    return [a for a in aid if not any(_shorter_name_of(a, b) for b in aid)]


def _shorter_name_of(short: AidMention, full: AidMention) -> bool:
    """Whether two mentions are one sum from one giver whose first receiver's name ends the second's."""
    same_sum = (short.money.value, short.money.currency) == (full.money.value, full.money.currency)
    if not same_sum or short.donor != full.donor or short.recipient == full.recipient:
        return False
    names = (short.recipient.key.partition("|")[0], full.recipient.key.partition("|")[0])
    return short.recipient.kind == full.recipient.kind == "organization" and names[1].endswith(" " + names[0])


def _right_after(aid: AidMention, discourse: Discourse, sentence: Sentence) -> bool:
    """Whether a sentence follows the last that told of the aid."""
    return sentence.index > 0 and aid.span.end >= discourse.doc.sentences[sentence.index - 1].span.start
