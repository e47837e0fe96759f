"""Aid: amounts of money given, granted or pledged, by whom, to whom, since when, for what.

An amount is read as the source writes it — "over $1.8 billion", "nearly $500,000",
"1.5 million euros" — into a decimal value (never a float), an ISO 4217 currency and a
qualifier saying how the figure bounds the real one ("over", "about", "up-to",
"at-least", "under", "exactly"). A sentence's amount is aid only when a verb or noun of
giving stands by it ("provided", "allocated", "assistance", "grant"); trade figures and
budgets are not aid. The donor is the clause's subject; the recipient the agent after
"to" or "for", the state whose sectors the aid supports ("Tajikistan's agriculture"),
or the state "in" which it is spent. The sectors are the OECD DAC categories of the
topics the aid supports, through the topics vocabulary's DAC mappings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import cache

from engagement_schema.extraction.dates import SINCE
from engagement_schema.extraction.discourse import Agent, AgentMention, Discourse
from engagement_schema.extraction.lexicon import lexicon
from engagement_schema.extraction.places import gazetteer
from engagement_schema.extraction.text import Sentence, Span, SpanIndex
from engagement_schema.extraction.topics import TopicMention, TopicReader, ancestors
from engagement_schema.models.aid import AidKind, Qualifier
from engagement_schema.vocabularies import sectors, topics

__all__ = ["AidMention", "Money", "extend_aid", "find_money", "money_state", "read_aid"]

_F = re.IGNORECASE
# "one trillion yen": a number written as a word counts only before a scale.
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
# "€1,2 million": a decimal comma, as European releases write it, before a scale.
_NUMBER = (
    r"(?P<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3},\d{1,2}(?=\s*(?i:million|billion|mln|bn)\b)|\d+(?:\.\d+)?"
    rf"|(?i:{'|'.join(_NUMBER_WORDS)})(?=[\s-]+(?i:thousand|million|billion|trillion)\b))"
)
# Headlines capitalise their words ("Provides $2.5 Million", "€5M"); a compound joins the scale
# with a hyphen ("a $12-million grant").
_SCALE = r"(?:(?:\s*|-)(?P<scale>(?i:thousand|million|billion|trillion|crore|lakh|mln|bln|bn|mn|m|k))\b\.?)?"
_CODES = (
    "USD|EUR|GBP|JPY|CNY|RUB|TJS|KZT|UZS|KGS|TMT|AZN|CHF|TRY|INR|PKR|KRW|AED|SAR|CAD|AUD|NPR|BDT|LKR|AFN|MNT|GEL"
    "|AMD|UAH|EGP|JOD|QAR|KWD|NGN|KES|GHS|ZAR|ETB|BRL|MXN|IDR|MYR|THB|VND|PHP|KHR|SGD|HKD|NZD|TWD|SEK|NOK|DKK|PLN"
    "|RWF|XOF|XAF|MDL|BAM|MZN|ZMW|MWK|TZS|UGX|PGK|FJD|IQD|OMR|BHD|HUF|CZK|RON|BGN|RSD|ISK|MAD|TND|DZD|LBP|SDG"
    "|MMK|LAK|BTN|MVR|COP|ARS|CLP|ILS|LYD|YER"
)
_WORDS = (
    r"(?:(?:U\.?S\.?|American|Canadian|Australian)\s+)?dollars?|euros?|pounds?(?:\s+sterling)?|yen|yuan|renminbi"
    r"|rubles?|roubles?|somoni|tenge|soums?|Swiss\s+francs?|lira|liras|won|dirhams?|riyals?|manats?"
    r"|(?:(?:Nepalese|Nepali|Indian|Pakistani|Sri\s+Lankan)\s+)?rupees?|taka|lari|drams?|hryvnias?|tugriks?|riels?"
    r"|ringgit|baht|rupiah|naira|cedis?|rand|birr|afghanis?|dong"
    r"|(?:Kuwaiti|Jordanian|Iraqi)\s+dinars?|(?:Saudi|Qatari)\s+riyals?|(?:Rwandan|CFA)\s+francs?"
    r"|zloty(?:s|ies)?|forints?|korun(?:a|as|y)|(?:Norwegian|Danish|Swedish)\s+(?:kron(?:e|er|a|or))"
    r"|(?:Kenyan|Ugandan|Tanzanian)\s+shillings?|(?:Zambian|Malawian)\s+kwacha|(?:Philippine|Mexican|Colombian)\s+pesos?"
)
# Nigerian papers write the naira's sign as a bare capital before a scaled sum: "N5 billion", "N200m".
_NAIRA = r"\bN(?=\d[\d,.]*\s?(?:billion|million|trillion|bn|m)\b)"
# Every amount starts with a currency's sign, a capital (of a sign or code), a digit or a
# number's word ("one trillion yen"): the scan tries the whole pattern only there.
_MONEY = re.compile(
    rf"(?=[$€£¥₦₹₩₱₺₽A-Z\d]|(?i:{'|'.join(_NUMBER_WORDS)})[\s-])(?:(?P<symbol>US\$|U\.S\.\s?\$|C\$|A\$|NZ\$|S\$|HK\$|R\$"
    rf"|\bNRs\.?|\bRs\.?|\bKD|\bTk\.?|\bKSh(?:s\.?)?|\bKsh(?:s\.?)?|\bDhs?\.?|\bSR|\bQR|\bJD|\bRp\.?"
    rf"|\$|€|£|¥|₦|₹|₩|₱|₺|₽|{_NAIRA})\s?{_NUMBER}{_SCALE}"
    rf"|\b(?P<code>{_CODES})\s?{_NUMBER.replace('number', 'number2')}{_SCALE.replace('scale', 'scale2')}"
    rf"|\b{_NUMBER.replace('number', 'number3')}{_SCALE.replace('scale', 'scale3')}"
    rf"(?:\s+|-)(?P<word>(?i:{_WORDS})|{_CODES})\b)",  # "28 million Euro", "a five-million-euro grant"
)
_SYMBOLS = {
    "$": "USD",
    "US$": "USD",
    "U.S.$": "USD",
    "U.S. $": "USD",
    "C$": "CAD",
    "A$": "AUD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "NRs": "NPR",
    "NRs.": "NPR",
    "Rs": "INR",  # the rupee written so in Indian releases; Nepal's is "NRs"
    "Rs.": "INR",
    "NZ$": "NZD",
    "S$": "SGD",
    "HK$": "HKD",
    "KD": "KWD",
    # South Asian and African releases write their own currencies' signs: "Tk 10 crore", "KSh 2bn".
    "Tk": "BDT",
    "Tk.": "BDT",
    "KSh": "KES",
    "KShs": "KES",
    "KShs.": "KES",
    "Ksh": "KES",
    "Kshs": "KES",
    "Kshs.": "KES",
    "₦": "NGN",
    "N": "NGN",
    # Gulf, Indonesian and other signs: "Dh50 million", "SR 187.5 million", "Rp 10 billion", "₹5 crore".
    "Dh": "AED",
    "Dh.": "AED",
    "Dhs": "AED",
    "Dhs.": "AED",
    "SR": "SAR",
    "QR": "QAR",
    "JD": "JOD",
    "Rp": "IDR",
    "Rp.": "IDR",
    "R$": "BRL",
    "₹": "INR",
    "₩": "KRW",
    "₱": "PHP",
    "₺": "TRY",
    "₽": "RUB",
}
_CURRENCY_WORDS = (
    ("zlot", "PLN"),
    ("forint", "HUF"),
    ("korun", "CZK"),
    ("norwegian", "NOK"),
    ("danish", "DKK"),
    ("swedish", "SEK"),
    ("kenyan", "KES"),
    ("ugandan", "UGX"),
    ("tanzanian", "TZS"),
    ("zambian", "ZMW"),
    ("malawian", "MWK"),
    ("philippine", "PHP"),
    ("mexican", "MXN"),
    ("colombian", "COP"),
    ("canadian", "CAD"),
    ("australian", "AUD"),
    ("nepal", "NPR"),
    ("indian", "INR"),
    ("pakistani", "PKR"),
    ("sri lankan", "LKR"),
    ("rupee", "INR"),  # bare "rupees": India's, as a bare "Rs" is
    ("taka", "BDT"),
    ("lari", "GEL"),
    ("dram", "AMD"),
    ("hryvnia", "UAH"),
    ("tugrik", "MNT"),
    ("riel", "KHR"),
    ("ringgit", "MYR"),
    ("baht", "THB"),
    ("rupiah", "IDR"),
    ("naira", "NGN"),
    ("cedi", "GHS"),
    ("rand", "ZAR"),
    ("birr", "ETB"),
    ("afghani", "AFN"),
    ("kuwaiti", "KWD"),
    ("jordanian", "JOD"),
    ("iraqi", "IQD"),
    ("qatari", "QAR"),
    ("saudi", "SAR"),
    ("rwandan", "RWF"),
    ("cfa", "XOF"),
    ("dong", "VND"),
    ("dollar", "USD"),
    ("euro", "EUR"),
    ("pound", "GBP"),
    ("yen", "JPY"),
    ("yuan", "CNY"),
    ("renminbi", "CNY"),
    ("ruble", "RUB"),
    ("rouble", "RUB"),
    ("somoni", "TJS"),
    ("tenge", "KZT"),
    ("soum", "UZS"),
    ("franc", "CHF"),
    ("lira", "TRY"),
    ("won", "KRW"),
    ("dirham", "AED"),
    ("riyal", "SAR"),
    ("manat", "TMT"),
)
# Signs, codes and words of currencies, lowercase: one must be in a passage for an amount
# to be there.
_CURRENCY_CUES = (
    *("$", "€", "£", "¥", "₦", "₹", "₩", "₱", "₺", "₽", "nrs", "rs", "kd", "tk", "ksh", "dh", "sr", "qr", "jd", "rp"),
    *(code.lower() for code in _CODES.split("|")),
    *(stem for stem, _ in _CURRENCY_WORDS),
)
# Any one of the cues, found in one scan rather than one scan per cue.
_ANY_CURRENCY_CUE = re.compile("|".join(re.escape(cue) for cue in _CURRENCY_CUES))
# Every amount _MONEY reads has a digit or a scale ("one trillion"): a passage without either
# has none (a quick test).
_FIGURE = re.compile(r"\d|thousand|illion", _F)
_SCALES = {
    "thousand": 10**3,
    "k": 10**3,
    "million": 10**6,
    "mln": 10**6,
    "mn": 10**6,
    "m": 10**6,
    "billion": 10**9,
    "bln": 10**9,
    "bn": 10**9,
    "trillion": 10**12,
    "crore": 10**7,
    "lakh": 10**5,
}
# "nearly" and "almost" say the figure is close, rounded up: read as "about", not as a bound.
_QUALIFIERS: tuple[tuple[str, Qualifier], ...] = (
    (
        r"more\s+than|over|above|in\s+excess\s+of|exceeding|exceeded|exceeds|surpassed|surpasses|topped"
        r"|upwards\s+of",
        "over",
    ),
    (
        r"nearly|almost|about|around|approximately|approx\.|some|roughly|close\s+to|an\s+estimated|circa|an\s+approximate",
        "about",
    ),
    (r"up\s+to|as\s+much\s+as|a\s+maximum\s+of|not\s+exceeding", "up-to"),
    (r"at\s+least|no\s+less\s+than|not\s+less\s+than|a\s+minimum\s+of", "at-least"),
    (r"under|less\s+than|below|no\s+more\s+than|not\s+more\s+than", "under"),
)
_QUALIFIER = re.compile(r"\b(?:" + "|".join(f"(?P<q{n}>{p})" for n, (p, _) in enumerate(_QUALIFIERS)) + r")\s+$", _F)
# Verbs and nouns of giving, a cheque presented and a fund's lending among them, and "development
# cooperation" ("€N in cooperation"), the genre's name for what a state gives. (?=...): the
# letters its words begin with, where the scan tries the whole list.
_GIVING = re.compile(
    r"(?=[acdefghilmprst])\b(?:provided|provides|providing|provide|allocated|allocates|allocate|allocating|allocations?|granted|granting"
    r"|donated|donates|donate|donating|hand(?:ed|s|ing)?\s+over|delivered|delivers|transferred|disbursed|disburses|disburse|disbursements?"
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
_AGENCY = re.compile(r"\b(?:agency|cooperation|development)\b")
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
# "In response to the UN appeal, Japan provided ...", "In line with its trade policy, the EU
# ...": a sentence's opening phrase (after its dateline) names neither giver nor what the sum is.
_OPENING = re.compile(
    r"(?:[^\n]{0,60}?\s-+\s+)?(?:In|Under|Following|At|On|Responding|As|After|Amid|Within"
    r"|Despite|Upon|Given|Through)\s[^,.;]{0,100},\s*"
)


def _opening_end(text: str, sentence: Sentence, position: int) -> int:
    """Where a sentence's opening phrase closing before `position` ends (its start if none)."""
    opening = _OPENING.match(text, sentence.span.start, position)
    return opening.end() if opening else sentence.span.start


# "The total cost is $100 million, of which the Bank will provide $80 million": words of costs or
# budgets before the whole are the whole's, not its part's.
_PART_OF = re.compile(r"\bof\s+(?:which|this|that|it)\b", _F)
# "with a budget of €5 million funded by the EU", "at a cost of $3 million, financed by Japan": a sum
# a giver named after it pays is aid, whatever it is the budget or cost of.
_FUNDED_AFTER = re.compile(r"\s*,?\s*(?:(?:fully|entirely|jointly|wholly)\s+)?(?:funded|financed|provided)\s+by\b", _F)
# "allocated 2.4 million manats from the state budget", "spent $70 million of its own resources",
# "allocates $10 million a year from the national budget": a state spending its own money.
_OWN_BUDGET = re.compile(
    r"\s+(?:(?:a|per|each)\s+year\s+)?(?:from|of)\s+(?:the|its|their)\s+"
    r"(?:own\s+(?:resources|funds)|(?:own\s+)?(?:state\s+|national\s+|federal\s+)?budget)\b",
    _F,
)
# "contributes about KSh 7.4 billion a year to the local economy": what a body adds to an economy
# by spending there is no gift.
_TO_ECONOMY = re.compile(r"(?:\s+(?:a|per|each)\s+year)?\s+to\s+(?:the\s+|its\s+)?(?:[\w-]+\s+)?econom(?:y|ies)\b", _F)
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
# "to the Ministry", "for UNICEF", and a purpose whose object receives: "to help the Constabulary
# Force clear its backlog", "to strengthen the Coast Guard".
# Not "according to the Ministry", "due to", "thanks to", "in addition to", "with regard to": no receiver follows.
_RECIPIENT = re.compile(
    r"(?<!\baccording)(?<!\bdue)(?<!\bthanks)(?<!\bprior)(?<!\baddition)(?<!\bregard)\s+(?:to|for)\s+"
    r"(?:(?:help|assist|enable|strengthen)\s+)?",
    _F,
)
# "1.3 billion yen, about 5.9 billion CFA francs", "SR 187.5 million (about $50 million)": the
# same sum again in another currency, no aid of its own.
_AGAIN = r"(?:about|around|approximately|roughly|some|nearly|or|i\.e\.|equivalent\s+to)\s+"
_RESTATED = re.compile(rf"\s*(?:\(\s*(?:{_AGAIN})?|,\s*{_AGAIN})[A-Z]{{0,3}}", _F)
_IN = re.compile(r"\bin\s+$", _F)


@dataclass(frozen=True, slots=True)
class Money:
    """An amount as written: its value, currency and qualifier."""

    span: Span
    value: Decimal
    currency: str
    qualifier: Qualifier
    written: Span
    """The qualifier with the amount ("over $1.8 billion")."""


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


def find_money(text: str, span: Span) -> list[Money]:
    """The amounts of money in `span` of the (folded) text."""
    found: list[Money] = []
    if _FIGURE.search(text, span.start, span.end) is None:
        return found
    matches = list(_MONEY.finditer(text, span.start, span.end))
    # The cues after the pattern: most passages with a digit hold a cue ("rs" of "years")
    # and no amount, and the scan for the cues is now the slower of the two.
    if not matches or (
        _ANY_CURRENCY_CUE.search(text[span.start : span.end].lower()) is None
        and not any(m.group("symbol") == "N" for m in matches)
    ):
        return found
    for match in matches:
        groups = {k: v for k, v in match.groupdict().items() if v is not None}
        number = next(v for k, v in groups.items() if k.startswith("number"))
        scale = next((v for k, v in groups.items() if k.startswith("scale")), None)
        value = _number(number) * _SCALES.get((scale or "").casefold(), 1)
        if (scale or "").casefold() == "m" and "symbol" not in groups and "code" not in groups:
            continue  # "5 m" without a currency sign or code before it is more likely metres
        currency = _currency(groups)
        if currency is None or value == 0:
            continue
        qualifier, written_start = _qualifier(text, match.start())
        found.append(
            Money(
                Span(match.start(), match.end()), _plain(value), currency, qualifier, Span(written_start, match.end())
            )
        )
    return found


# "handed over 20 million yuan worth of supplies": the verb's particle, not a bound.
_HANDED = re.compile(r"\b(?:hand|turn)(?:ed|s|ing)?\s+$", _F)


def _qualifier(text: str, start: int) -> tuple[Qualifier, int]:
    """How the words before an amount starting at `start` bound it, and where they start."""
    before = _QUALIFIER.search(text, max(0, start - 30), start)
    if before is None:
        return "exactly", start
    n = next(int(k[1:]) for k, v in before.groupdict().items() if v is not None)
    qualifier = _QUALIFIERS[n][1]
    if qualifier == "over" and _HANDED.search(text, max(0, before.start() - 10), before.start()):
        return "exactly", start
    return qualifier, before.start()


def _number(written: str) -> Decimal:
    """A number in figures ("1,250.5", "1,2" with a decimal comma) or a word ("one")."""
    word = _NUMBER_WORDS.get(written.casefold())
    if word is not None:
        return Decimal(word)
    decimal_comma = re.fullmatch(r"\d{1,3},\d{1,2}", written) is not None
    return Decimal(written.replace(",", "." if decimal_comma else ""))


def _currency(groups: dict[str, str]) -> str | None:
    if "symbol" in groups:
        return _SYMBOLS.get(re.sub(r"\s+", " ", groups["symbol"]))
    if "code" in groups:
        return groups["code"]
    word = groups["word"].casefold()
    if word.upper() in _CODES.split("|"):
        return word.upper()
    return next((code for stem, code in _CURRENCY_WORDS if stem in word), None)


# States whose own dollar a bare "$" means when they give: "Canada will provide $25 million".
_DOLLARS = {"CA": "CAD", "AU": "AUD", "NZ": "NZD", "SG": "SGD", "HK": "HKD", "TW": "TWD"}


def _dollars_of(money: Money, text: str, donor: Agent) -> Money:
    """An amount in bare "$" given by a state with a dollar of its own is in that dollar."""
    if money.currency != "USD" or not text.startswith("$", money.span.start):
        return money
    code = _country_code(donor)
    local = _DOLLARS.get(code or "")
    return Money(money.span, money.value, local, money.qualifier, money.written) if local else money


def _country_code(agent: Agent) -> str | None:
    """The code of a state agent, or of the state an organization belongs to."""
    if agent.kind == "organization":
        return agent.key.rpartition("|")[2] or None
    if agent.kind == "place":
        state = gazetteer().country_names.get(agent.key)
        return state.country if state else None
    return None


# Currencies of many states, or spent the world over: they name no giver.
_SHARED_CURRENCIES = frozenset({"USD", "EUR", "XOF", "XAF"})


def money_state(currency: str) -> str | None:
    """The one state whose currency an ISO 4217 code is (its first two letters are the state's
    code: "AUD" is Australia's), none for a currency many states use."""
    state = gazetteer().countries.get(currency[:2]) if currency not in _SHARED_CURRENCIES else None
    return state.name if state else None


def _plain(value: Decimal) -> Decimal:
    """Whole amounts without a fractional part: 1.8 billion is 1800000000, not 1800000000.0."""
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()


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
    doc = discourse.doc
    text = doc.folded
    found: list[AidMention] = []
    amounts = _first_tellings(text, find_money(text, sentence.span))
    for before, money, after in zip([None, *amounts], amounts, [*amounts[1:], None], strict=False):
        clause_start = discourse.clause_start(sentence, money.span.start)
        told_from = max(clause_start, _opening_end(text, sentence, money.span.start))
        if before is not None and _PART_OF.search(text, before.span.end, money.written.start):
            told_from = max(told_from, before.span.end)
        clause = Span(sentence.span.start, sentence.body.end)
        giving = _giving(text, clause, money)
        if (
            not giving
            or (
                _not_aid(discourse, Span(told_from, money.span.start)) and not _FUNDED_AFTER.match(text, money.span.end)
            )
            or _OWN_BUDGET.match(text, money.span.end)
            or _TO_ECONOMY.match(text, money.span.end)
        ):
            continue
        verb = min(giving, key=lambda g: abs(g.start() - money.span.start))
        handover = _handed_over_before(discourse, sentence)
        receipt = _received(discourse, sentence, clause, money)
        donor = (
            receipt[0]
            if receipt
            else _donor(discourse, sentence, verb.start(), clause, money) or (handover.giver if handover else None)
        )
        if donor is None or (_INVESTED.fullmatch(verb.group()) and not _public(donor)):
            continue
        if verb.group().casefold().startswith(("implement", "launch")) and not _aid_agency(donor):
            continue
        money = _dollars_of(money, text, donor)
        recipient, method = (
            (receipt[1], None)
            if receipt
            else _provided_with(discourse, clause_start, money) or _recipient(discourse, clause, money, donor)
        )
        if recipient is None and handover and handover.receiver not in (None, donor):
            recipient, method = handover.receiver, "The recipient is the one the sentence before handed the gift to."
        if recipient is None:
            recipient, method = (
                _signing_partner(discourse, sentence, donor)
                or _supported_work(discourse, sentence, money, donor)
                or _institution_before(discourse, sentence, money, donor)
                or _main_state(discourse, donor)
            )
        if recipient is None:
            continue
        told = handover.told.join(clause) if handover else Span(clause_start, clause.end)
        mention = AidMention(told, money, donor, recipient, method)
        mention.donor_state = _THEIR_COUNTRY.search(text, clause_start, verb.start()) is not None
        # "which has given $70 million since 2013, will provide a further $4.5 million in 2024": the
        # years told after an amount (before the next) are its own, else those told before it.
        later = Span(money.span.end, after.span.start if after else clause.end)
        earlier = Span(before.span.end if before else clause.start, money.span.start)
        _period(mention, text, later) or _period(mention, text, earlier)
        _kinds_and_sectors(mention, text, clause, topics_reader)
        _security_sector(mention)
        _institution_sector(mention)
        _relief_sector(mention, text)
        found.append(mention)
        found += _each_of(discourse, mention, clause)
    return found


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


_SIGNED = re.compile(r"\b(?:signed|signs|concluded|concludes|initialled|initialed)\b", _F)
_WITH_PARTY = re.compile(r"(?:\s+[\w-]+){0,4}?\s+with\s+", _F)


def _signing_partner(discourse: Discourse, sentence: Sentence, donor: Agent) -> tuple[Agent, str] | None:
    """ "USAID and the Government of Georgia signed an agreement ... USAID will provide $20 million":
    aid naming no recipient goes to the other party of the agreement signed in its sentence or the
    one before (a government stands for its state)."""
    doc = discourse.doc
    text = doc.folded
    before = [doc.sentences[sentence.index - 1]] if sentence.index > 0 else []
    for signing in (sentence, *before):
        for verb in _SIGNED.finditer(text, signing.span.start, signing.body.end):
            agents, _ = discourse.subject(signing, verb.start())
            with_party = _WITH_PARTY.match(text, verb.end(), signing.body.end)
            if with_party:
                agents = [*agents, *(m.agent for m in discourse.objects(with_party.end(), signing.body.end)[:1])]
            parties = [a for a in agents if a.kind != "person"]
            others = [a for a in parties if _name_of(a) != _name_of(donor)]
            if len(others) == 1 and len(parties) == 2:
                quoted = doc.quote(Span(signing.span.start, verb.end()))
                partner = _state_for(others[0])
                return partner, f'The recipient is not named with the amount; it is the other party to "{quoted}".'
    return None


def _bare_government(agent: Agent) -> bool:
    """ "to help the Government protect health spending": a government of no state named is the
    host's, the state the report is about."""
    return agent.kind == "organization" and _name_of(agent) == "government" and _state_of(agent) is None


def _state_for(agent: Agent) -> Agent:
    """A government as the state it governs."""
    state = _state_of(agent) if agent.kind == "organization" and _kind_of(agent) == "government" else None
    return Agent("place", state) if state else agent


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
    by = _GIVER_AFTER.search(text, verb.start(), before.body.end)
    named = [m for m in discourse.objects(by.end(), before.body.end) if m.agent.kind != "person"] if by else []
    agents, _ = discourse.subject(before, verb.start())
    giver = named[0].agent if named else next(iter(agents), None)
    receiver = _named_to(discourse, verb.end(), before.body.end, giver, people=True)
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
    given_by = _GIVEN_BY.match(text, money.span.end, clause.end)
    window = max(clause.start, money.written.start - 60)
    received = _RECEIVED.finditer(text, window, money.written.start) if given_by else ()
    strong = [*_GIVING.finditer(text, clause.start, clause.end), *_INVESTED.finditer(text, clause.start, clause.end)]
    strong += received
    strong += _IMPLEMENTS.finditer(text, max(clause.start, money.written.start - 20), money.written.start)
    paid_with = _PAID_WITH.search(text, max(0, money.written.start - 6), money.written.start)
    announced = _ANNOUNCED_SUM.search(text, max(0, money.written.start - 40), money.written.start)
    weak = [*_SUPPORT.finditer(text, clause.start, clause.end)] or [
        m for m in (given_by if paid_with else None, announced) if m
    ]
    return strong or weak


# "Bangladesh received $50 million from", "has secured a $20 million grant from": a sum the subject
# received, a few words before the amount.
_RECEIVED = re.compile(r"\b(?:received|receives|receive|receiving|secured|obtained)\s+(?:[\w-]+\s+){0,3}$", _F)


def _received(discourse: Discourse, sentence: Sentence, clause: Span, money: Money) -> tuple[Agent, Agent] | None:
    """ "Bangladesh received $50 million from the World Bank": the subject of a verb of receiving
    receives the sum, and the one named after "from" gives it."""
    text = discourse.doc.folded
    verb = _RECEIVED.search(text, max(clause.start, money.written.start - 60), money.written.start)
    given_by = _GIVEN_BY.match(text, money.span.end, clause.end) if verb else None
    if verb is None or given_by is None:
        return None
    givers = [m.agent for m in discourse.objects(given_by.end(), clause.end) if m.agent.kind != "person"]
    receivers, _ = discourse.subject(sentence, verb.start())
    return (givers[0], receivers[0]) if givers and receivers and givers[0] != receivers[0] else None


def _first_tellings(text: str, amounts: list[Money]) -> list[Money]:
    """The amounts less those that restate the one before in another currency."""
    pairs = zip([None, *amounts], amounts, strict=False)
    return [m for p, m in pairs if p is None or not _RESTATED.fullmatch(text, p.span.end, m.span.start)]


_PUBLIC = frozenset(
    {"government", "ministry", "diplomatic-mission", "international-organization", "head-of-state-office"}
)


def _public(agent: Agent) -> bool:
    """Whether an agent invests as a donor does: a state, or a public or international body
    ("the EU has invested nearly €20 million in Armenia's water sector")."""
    return agent.kind == "place" or (agent.kind == "organization" and _kind_of(agent) in _PUBLIC)


def _aid_agency(agent: Agent) -> bool:
    """Whether an agent gives through projects it runs: a public body, or an aid agency (the
    lexicon's known agencies, or one whose name says it is one)."""
    if _public(agent):
        return True
    name = _name_of(agent)
    known_agency = name in _known_kinds() and _kind_of(agent) == "other"
    return agent.kind == "organization" and (known_agency or _AGENCY.search(name) is not None)


def _kind_of(agent: Agent) -> str:
    """The kind of an organization agent, from the lexicon's known names or its name's words."""
    name = _name_of(agent)  # the name's key: lowercase words
    return _known_kinds().get(name) or lexicon().organization_kind(name)


@cache
def _known_kinds() -> dict[str, str]:
    """The lexicon's known organizations' kinds, by their names' keys."""
    return {
        " ".join(keys): value[1]
        for keys, entries in lexicon().known_organizations.phrases().items()
        for _, value in entries[:1]
    }


# "noting that his country has provided": the speaker's state gives, not their embassy.
_THEIR_COUNTRY = re.compile(r"\b(?:his|her|their)\s+country\s+(?:\w+\s+){0,2}$", _F)
_ANNOUNCED = re.compile(r"\b(?:announced|announces|unveiled|unveils)\b", _F)
_ON_BEHALF = re.compile(r"\bon\s+behalf\s+of\s+", _F)


# "worth $1.4 million, funded by Germany,", "a $3 million grant from New Zealand", "the $30 million
# grant announced by Qatar", "$15 million in humanitarian aid from the EU": the giver named with the
# amount, whoever hands it over.
_GIVEN_BY = re.compile(
    r"(?:\s*\([^)]*\))?\s*,?\s*(?:(?:grant|loan|donation|contribution|cheque|check)\s+"
    r"|in\s+(?:[a-z-]+\s+)?(?:aid|assistance|funding|support|grants|loans|financing)\s+)?"
    r"(?:(?:donated|funded|financed|gifted|provided|granted|announced|offered|contributed|pledged|allocated)\s+by|from)\s+",
    _F,
)


# "run with funding from Norway", "a project funded (supported) by the EU": where the word of giving nearest
# the amount names its giver, that one gives, whatever the clause's subject.
_FUNDED_BY = re.compile(r"(?:funding\s+from|(?:funded|financed|supported)\s+by)\s+", _F)


def _donor(discourse: Discourse, sentence: Sentence, position: int, clause: Span, money: Money) -> Agent | None:
    # "On behalf of U.S. Army Central, the American side donated ...": the one behalf is taken for
    for behalf in _ON_BEHALF.finditer(discourse.doc.folded, sentence.span.start, position):
        listed = [m for m in discourse.objects(behalf.end(), position) if m.agent.kind != "person"]
        if listed:
            return listed[0].agent
    given_by = _GIVEN_BY.match(discourse.doc.folded, money.span.end, clause.end)
    if given_by is not None:
        listed = [m for m in discourse.objects(given_by.end(), clause.end) if m.agent.kind != "person"]
        if listed:
            return listed[0].agent
    funded = _FUNDED_BY.match(discourse.doc.folded, position)
    if funded is not None:
        listed = [m for m in discourse.objects(funded.end(), clause.end) if m.agent.kind != "person"]
        if listed:
            return listed[0].agent
    antecedent = _which_antecedent(discourse, sentence, position)
    if antecedent is not None:
        return antecedent
    agents, words = discourse.subject(sentence, position)
    opening = _opening_end(discourse.doc.folded, sentence, position)
    if words is not None and words.start < opening:  # "In response to the UN appeal, Japan provided"
        after = [m for m in discourse.within(Span(opening, position)) if m.span.end <= position]
        agents, words = ([after[0].agent], after[0].span) if after else ([], None)
    announced = list(_ANNOUNCED.finditer(discourse.doc.folded, sentence.span.start, position))
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
    by = re.compile(r"\b(?:by|from)\s+", _F)
    for match in by.finditer(discourse.doc.folded, position, clause.end):
        listed = [m for m in discourse.objects(match.end(), clause.end) if m.agent.kind != "person"]
        if listed:
            return listed[0].agent
    return None


def _lender_signed_with(discourse: Discourse, sentence: Sentence, money: Money, clause: Span) -> Agent | None:
    """ "Tajikistan signed a $30 million grant agreement with the Asian Development Bank": a bank or
    fund a state signs with gives (the state, the other party, receives)."""
    text = discourse.doc.folded
    if _SIGNED.search(text, sentence.span.start, money.span.start) is None:
        return None
    with_party = _WITH_PARTY.match(text, money.span.end, clause.end)
    listed = discourse.objects(with_party.end(), clause.end) if with_party else []
    lender = listed[0].agent if listed else None
    return lender if lender and lender.kind == "organization" and _LENDER.search(_name_of(lender)) else None


_LENDER = re.compile(r"\b(?:bank|fund)\b")


def _lender_among(agents: list[Agent]) -> Agent | None:
    """ "Tajikistan and the Asian Development Bank signed grants totalling $100 million", "the
    Ministry of Finance and the World Bank signed": of a state or a state's body and a bank or fund
    named together, the bank or fund gives."""
    lenders = [a for a in agents if a.kind == "organization" and _LENDER.search(_name_of(a))]
    states = [
        a
        for a in agents
        if a.kind == "place" or (a.kind == "organization" and a not in lenders and _kind_of(a) in _PUBLIC)
    ]
    return lenders[0] if states and lenders else None


_BOARD_OF = re.compile(r"\s+of\s+(?:(?:directors|governors|trustees)\s+of\s+)?(?:the\s+)?", _F)


def _board_of(discourse: Discourse, agent: Agent, words: Span | None, end: int) -> Agent | None:
    """ "the Board of Directors of the Fund approved a loan", "the IMF Executive Board approved":
    a board decides for the body it governs, and that body gives."""
    if words is None or agent.kind != "organization" or "board" not in _name_of(agent).split():
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
    return _state_institution(discourse, named, end) if named else agent


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
    funding": people announce what their state gives, and the demonym names it."""
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


def _recipient(discourse: Discourse, clause: Span, money: Money, donor: Agent) -> tuple[Agent | None, str | None]:
    """Who the aid is for: after "to"/"for", a state whose sectors it supports, or the
    state it is spent "in"."""
    text = discourse.doc.folded
    named = _named_to(discourse, money.span.end, clause.end, donor, people=False) or _handed_to(
        discourse, clause, money, donor
    )
    named = named or _with_funding_subject(discourse, clause, money, donor)
    if named is not None and _bare_government(named):
        return _main_state(discourse, donor)
    if named is not None:
        return _state_for(named), None
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


# "handed over to the Ministry of Health equipment worth $200,000": the receiver named before the gift.
_HANDED_TO = re.compile(r"\b(?:hand(?:ed|s|ing)?\s+over|transferred|donated|delivered|presented)(?=\s+to\b)", _F)


def _handed_to(discourse: Discourse, clause: Span, money: Money, donor: Agent) -> Agent | None:
    """The agent a gift is handed over to, named between the verb and the amount."""
    handed = list(_HANDED_TO.finditer(discourse.doc.folded, clause.start, money.written.start))
    if not handed:
        return None
    return _named_to(discourse, handed[-1].end(), money.written.start, donor, people=False)


def _named_to(discourse: Discourse, start: int, end: int, donor: Agent | None, *, people: bool) -> Agent | None:
    """The agent named right after the first "to" or "for" between `start` and `end` that names
    one other than the donor; with `people`, a person too (who receives for the institution they
    serve: the person a gift is handed to)."""
    text = discourse.doc.folded
    for match in _RECIPIENT.finditer(text, start, end):
        owned = _OWNED_BY.match(text, match.end())
        after = owned.end() if owned else match.end()
        listed = [m for m in discourse.objects(after, end) if people or m.agent.kind != "person"]
        if listed and listed[0].agent != donor and listed[0].span.start - after < 6:
            return _state_institution(discourse, listed[0], end)
        led = next(iter(discourse.within(Span(after, end))), None)
        if (
            led
            and led.agent.kind == "organization"
            and led.agent != donor
            and _NAME_LEAD.fullmatch(text, after, led.span.start)
        ):
            return led.agent
    return None


# "to the Royal Cambodian Armed Forces", "to the National Disaster Management Authority": the
# capitalised words of a name may lead the part read as the institution.
_NAME_LEAD = re.compile(r"(?:the\s+)?(?:[A-Z][\w'-]*\s+){1,3}")


def _state_institution(discourse: Discourse, mention: AgentMention, end: int) -> Agent:
    """ "to Ethiopia's Ministry of Agriculture": the institution a state's possessive names
    receives, not the state ("to UNICEF's response": an institution's own work is its own)."""
    if mention.agent.kind != "place" or not discourse.doc.folded.startswith("'s ", mention.span.end):
        return mention.agent
    owned = discourse.objects(mention.span.end + 3, end)
    if owned and owned[0].agent.kind == "organization" and owned[0].span.start == mention.span.end + 3:
        return owned[0].agent
    return mention.agent


# "to the canton's Civil Protection Administration", "for the city's hospital": a common noun's
# possessive before the institution says whose it is; the institution receives, as the one a
# branch or office belongs to does ("to the Lebap branch of the State Committee for ...").
_OWNED_BY = re.compile(
    r"(?:the\s+)?[a-z]+'s\s+"
    r"|the\s+(?:[A-Z][\w-]*\s+){0,2}(?:branch|branches|office|offices|chapter|unit)\s+of\s+(?:the\s+)?"
)


_PROVIDING = re.compile(r"\b(?:provided|provides|providing|provide|supplied|supplies|supply|equipped|equips)\b", _F)
_WITH = re.compile(r"\s+with\b", _F)


def _provided_with(discourse: Discourse, clause_start: int, money: Money) -> tuple[Agent, None] | None:
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
        _kind_of(mention.agent) in _SEATS
        and _AT.search(text, max(0, mention.span.start - 8), mention.span.start) is not None
    )


def _institution_before(
    discourse: Discourse, sentence: Sentence, money: Money, donor: Agent
) -> tuple[Agent, str] | None:
    """ "opened a maternity wing at Lautoka Hospital, built with a NZ$3.2 million grant", "IOM's
    response is supported by the EU, which provided €5 million": an amount naming no recipient
    goes to the institution its sentence names last before it. Not the donor under any of its
    names, one in a person's title, a bare head ("the Board"), a channel ("through KfW"), a venue
    ("at the Ministry") or a government (a party to an agreement, it stands for its state); none
    when an earlier amount of the sentence may be the one the institution is named for."""
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
        and _name_of(m.agent) != _name_of(donor)
        and " " in _name_of(m.agent)
        and _kind_of(m.agent) != "government"
        and not _THROUGH.search(text, max(0, m.span.start - 14), m.span.start)
        and not _venue(text, m)
    ]
    if not named:
        return None
    last = named[-1]
    quoted = discourse.doc.quote(last.span)
    return (
        last.agent,
        f'The recipient is not named with the amount; "{quoted}" is the institution named last before it.',
    )


# "IOM's response is supported by the EU, which provided €5 million, and by Japan, which
# contributed $1.5 million": the work supported is the institution's.
_SUPPORTED_BY = re.compile(
    r"\b(?:is|are|was|were|been)\s+(?:also\s+|being\s+)?(?:supported|funded|financed)\s+by\b", _F
)


def _supported_work(discourse: Discourse, sentence: Sentence, money: Money, donor: Agent) -> tuple[Agent, str] | None:
    """The institution whose work a sentence says is supported by the givers it names next,
    each sum they provide its own (the first institution its subject names, not the donor)."""
    text = discourse.doc.folded
    supported = _SUPPORTED_BY.search(text, sentence.span.start, money.written.start)
    if supported is None:
        return None
    named = [
        m
        for m in discourse.within(Span(sentence.span.start, supported.start()))
        if m.agent.kind == "organization" and _name_of(m.agent) != _name_of(donor)
    ]
    if not named:
        return None
    quoted = discourse.doc.quote(Span(named[0].span.start, supported.end()))
    return named[0].agent, f'The recipient is not named with the amount; "{quoted}" names whose work the aid supports.'


def _name_of(agent: Agent) -> str:
    """An agent's name without the state it belongs to: "JICA" and "Japan International
    Cooperation Agency" are one body though only one names its state."""
    return agent.key.partition("|")[0]


_CURRENCY_OF = re.compile(r"\$|\s+dollars?\b", _F)


def _main_state(discourse: Discourse, donor: Agent) -> tuple[Agent | None, str | None]:
    """The state a report is about, for aid whose recipient it does not name: the one it
    names most often, other than the donor, counting every naming of a state ("North
    Macedonia's Minister", "the Macedonian side"), not only those naming a party."""
    counts: dict[Agent, int] = {}
    donors = {donor.key, _state_of(donor), *_served_states(discourse, donor)}
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


def _state_of(agent: Agent) -> str | None:
    """The name of the state an organization belongs to (its key ends in its country code)."""
    code = agent.key.rpartition("|")[2] if agent.kind == "organization" else ""
    return gazetteer().countries[code].name if code in gazetteer().countries else None


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
        aid.donor = _named_giver(discourse, sentence) or aid.donor
        aid.span = aid.span.join(sentence.body)
    if not _FOLLOW_UP.match(text, sentence.span.start) or find_money(text, sentence.span):
        return False  # (the opening words first: they are quicker to test, and rarely there)
    extra = reader.read(sentence.body)
    aid.topics += extra
    aid.span = aid.span.join(sentence.body)
    _kinds_and_sectors(aid, text, Span(aid.span.start, aid.span.end), reader, extra)
    return True


# "The vehicles were gifted by the Government of India.", "The equipment, funded by the Federal
# Foreign Office, includes ...": the giver of what was handed over, named after it.
_GIVER_AFTER = re.compile(
    r"\b(?:(?:donated|funded|financed|gifted|provided|granted|allocated)\s+by|grant\s+(?:of|from))\s+", _F
)


def _right_after(aid: AidMention, discourse: Discourse, sentence: Sentence) -> bool:
    """Whether a sentence follows the last that told of the aid."""
    return sentence.index > 0 and aid.span.end >= discourse.doc.sentences[sentence.index - 1].span.start


def _named_giver(discourse: Discourse, sentence: Sentence) -> Agent | None:
    """The giver a sentence telling more of aid names: it outranks who handed the aid over."""
    given = _GIVER_AFTER.search(discourse.doc.folded, sentence.span.start, sentence.body.end)
    if given is None:
        return None
    listed = [m for m in discourse.objects(given.end(), sentence.body.end) if m.agent.kind != "person"]
    return listed[0].agent if listed else None


def _period(mention: AidMention, text: str, clause: Span) -> bool:
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


def _kinds_and_sectors(
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
    mention.sectors.sort()


# Purposes a topic's own words name within its category: "vocational training" (education, 111)
# is 11330; "the judiciary", "justice reform" (governance, 151) is 15130.
_PURPOSES = (
    (re.compile(r"\b(?:vocational|TVET)\b", _F), "111", "11330"),
    (re.compile(r"\b(?:judicial|judiciary|justice|courts?|judges)\b", _F), "151", "15130"),
)


def _purpose(text: str, span: Span, category: str | None) -> str | None:
    """The purpose code a topic's words name within its category, else the category."""
    return next(
        (code for words, parent, code in _PURPOSES if parent == category and words.search(text, span.start, span.end)),
        category,
    )


# "humanitarian funding", "for families affected by the floods", "food packages and hygiene kits",
# "aid convoys": relief told by its words, where no topic the aid supports is read.
_RELIEF = re.compile(
    r"\b(?:humanitarian|affected\s+by|relief|food\s+(?:packages|parcels|kits)|hygiene\s+kits|aid\s+convoys?)\b", _F
)


def _relief_sector(mention: AidMention, text: str) -> None:
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


def _institution_sector(mention: AidMention) -> None:
    """Aid naming no sector of its own, to an institution whose work is one sector (a hospital,
    a mine action centre, an emergency service), is in that sector."""
    if mention.sectors or mention.recipient.kind != "organization":
        return
    name = _name_of(mention.recipient)
    for words, code, label in _INSTITUTION_SECTORS:
        if words.search(name):
            mention.sectors = [code]
            mention.sector_method = f"Aid to a body whose work is {label} is in DAC {code}."
            return


_SECURITY_TOPICS = frozenset({"security", "security-cooperation"})
_SECURITY_BODIES = frozenset(
    {"armed-forces", "armed-forces-staff", "military-command", "border-service", "security-service", "law-enforcement"}
)


def _security_sector(mention: AidMention) -> None:
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
    elif mention.recipient.kind == "organization" and _kind_of(mention.recipient) in _SECURITY_BODIES:
        mention.sectors = ["152"]
        mention.sector_method = "Aid to a security body is in DAC 152, conflict, peace and security."


_POLICE = re.compile(r"\b(?:police|constabulary|gendarmerie|carabineros)\b")


def _police(agent: Agent) -> bool:
    """Whether an agent is a police force ("the Haitian National Police", "the St. James Police
    Division", "the Constabulary Force"); border police guard a border (DAC 152, as border guards)."""
    return (
        agent.kind == "organization"
        and _POLICE.search(_name_of(agent)) is not None
        and _kind_of(agent) != "border-service"
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
