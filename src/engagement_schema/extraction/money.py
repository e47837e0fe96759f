"""Money: amounts as the source writes them — "over $1.8 billion", "nearly $500,000",
"1.5 million euros".

Each is read into a decimal value (never a float), an ISO 4217 currency and a qualifier
saying how the figure bounds the real one ("over", "about", "up-to", "at-least",
"under", "exactly").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from engagement_schema.extraction.discourse import Agent
from engagement_schema.extraction.places import gazetteer
from engagement_schema.extraction.text import Span
from engagement_schema.models.aid import Qualifier

__all__ = ["Money", "dollars_of", "find_money", "first_tellings", "local_money", "money_state"]

_F = re.IGNORECASE

# "one trillion yen": a number written as a word counts only before a scale.
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
# "€1,2 million": a decimal comma, as European releases write it, before a scale; "€17.000.000":
# thousands set apart by full stops (two groups at least, or it may be a decimal point).
_DOTTED = r"\d{1,3}(?:\.\d{3}){2,}(?:,\d{1,2})?"
_NUMBER = (
    rf"(?P<number>{_DOTTED}|\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?"
    r"|\d{1,3},\d{1,2}(?=\s*(?i:million|billion|mln|bn|mio|mrd)\b)|\d+(?:\.\d+)?"
    rf"|(?i:{'|'.join(_NUMBER_WORDS)})(?=[\s-]+(?i:thousand|million|billion|trillion)\b))"
)
# Headlines capitalise their words ("Provides $2.5 Million", "€5M"); a compound joins the scale
# with a hyphen ("a $12-million grant"); some write the scale in the plural ("$12 millions", "Rs 5
# crores") or as German releases do ("EUR 2.5 Mio.", "EUR 1,2 Mrd.").
_SCALE = (
    r"(?:(?:\s*|-)(?P<scale>(?i:thousands?|millions?|billions?|trillions?|crores?|lakhs?|mln|bln|bn|mn|mio|mrd|m|k))"
    r"\b\.?)?"
)
_CODES = (
    "USD|EUR|GBP|JPY|CNY|RUB|TJS|KZT|UZS|KGS|TMT|AZN|CHF|TRY|INR|PKR|KRW|AED|SAR|CAD|AUD|NPR|BDT|LKR|AFN|MNT|GEL"
    "|AMD|UAH|EGP|JOD|QAR|KWD|NGN|KES|GHS|ZAR|ETB|BRL|MXN|IDR|MYR|THB|VND|PHP|KHR|SGD|HKD|NZD|TWD|SEK|NOK|DKK|PLN"
    "|RWF|XOF|XAF|MDL|BAM|MZN|ZMW|MWK|TZS|UGX|PGK|FJD|IQD|OMR|BHD|HUF|CZK|RON|RSD|ISK|MAD|TND|DZD|LBP|SDG"
    "|MMK|LAK|BTN|MVR|COP|ARS|CLP|ILS|LYD|YER|GYD|JMD|TTD|BBD|BZD|HNL|GTQ|NIO|CRC|DOP|PEN|BOB|PYG|UYU|SBD|VUV|WST"
    "|TOP|SCR|MUR|NAD|BWP|AOA|CDF|GNF|SLE|LRD|GMD|DJF|SOS|SSP|BIF|MGA|CVE|ALL|MKD|BYN|SYP|SRD|HTG"
    "|IRR|CUP|ERN|KMF|STN|MRU|SZL|LSL|XPF|MOP|KPW|BND"
)
_WORDS = (
    r"(?:(?:U\.?S\.?|American|Canadian|Australian)\s+)?dollars?|euros?|pounds?(?:\s+sterling)?|yen|yuan|renminbi"
    r"|rubles?|roubles?|somoni|tenge|soums?|soms?|zł|Swiss\s+francs?|lira|liras|won|dirhams?|riyals?|manats?"
    r"|(?:(?:Nepalese|Nepali|Indian|Pakistani|Sri\s+Lankan)\s+)?rupees?|taka|lari|drams?|hryvnias?|tugriks?|riels?"
    r"|ringgit|baht|rupiah|naira|cedis?|rand|birr|afghanis?|dong|kina"
    r"|(?:Turkish|Egyptian|Sudanese|Lebanese|Syrian|South\s+Sudanese)\s+(?:lira|liras|pounds?)"
    r"|(?:Kuwaiti|Jordanian|Iraqi)\s+dinars?|(?:Saudi|Qatari)\s+riyals?|(?:Rwandan|CFA)\s+francs?"
    r"|zloty(?:s|ies)?|forints?|korun(?:a|as|y)|(?:Norwegian|Danish|Swedish)\s+(?:kron(?:e|er|a|or))"
    r"|(?:Kenyan|Ugandan|Tanzanian)\s+shillings?|(?:Zambian|Malawian)\s+kwacha|(?:(?:Philippine|Mexican|Colombian)\s+)?pesos?"
)
# Nigerian papers write the naira's sign as a bare capital before a scaled sum: "N5 billion", "N200m".
_NAIRA = r"\bN(?=\d[\d,.]*\s?(?:billion|million|trillion|bn|m)\b)"
# Papua New Guinean, Zambian and Malawian papers write their own kina or kwacha as a bare "K" before a
# scaled sum: "K8.5 million" (whose, the state giving or receiving says).
_KINA = r"\bK(?=\d[\d,.]*\s?(?:billion|million|bn|m)\b)"
# Every amount starts with a currency's sign, a capital (of a sign or code), a digit or a
# number's word ("one trillion yen") opening a word: the scan tries the whole pattern only
# there, and a number's word only at the letters those words start with.
_NUMBER_WORD_LETTERS = "".join(sorted({word[0] for word in _NUMBER_WORDS}))
_MONEY = re.compile(
    rf"(?=[$€£¥₦₹₩₱₺₽A-Z\d]|\b(?=(?i:[{_NUMBER_WORD_LETTERS}]))(?i:{'|'.join(_NUMBER_WORDS)})[\s-])"
    r"(?:(?P<symbol>US\$|U\.S\.\s?\$|C\$|A\$|NZ\$|S\$|HK\$|R\$"
    rf"|FJ\$|F\$|\bN\$|G\$|J\$|TT\$|SI\$|GH[¢₵]|\bKM|S/|\bBt\.?|\bRMB|\bRM|\bMK|\bBD|\bNu\.?|\bNRs\.?|\bRs\.?|\bKD|\bTk\.?|\bKSh(?:s\.?)?|\bKsh(?:s\.?)?|\bDhs?\.?|\bSR|\bQR|\bJD|\bRp\.?"
    rf"|\$|€|£|¥|₦|₹|₩|₱|₺|₽|{_NAIRA}|{_KINA})\s?{_NUMBER}{_SCALE}"
    rf"|\b(?P<code>{_CODES})\s?{_NUMBER.replace('number', 'number2')}{_SCALE.replace('scale', 'scale2')}"
    rf"|\b{_NUMBER.replace('number', 'number3')}{_SCALE.replace('scale', 'scale3')}"
    rf"(?:\s+|-)(?P<word>(?i:{_WORDS})|{_CODES})\b)",  # "28 million Euro", "a five-million-euro grant"
)
# A currency many states name alike ("pesos", "K"): read as the giving or receiving state's own.
_LOCAL = "local"
_LOCAL_CURRENCIES = {
    "MX": "MXN",
    "PH": "PHP",
    "CO": "COP",
    "CL": "CLP",
    "AR": "ARS",
    "DO": "DOP",
    "UY": "UYU",
    "PG": "PGK",
    "ZM": "ZMW",
    "MW": "MWK",
}
_SYMBOLS = {
    "$": "USD",
    "US$": "USD",
    "U.S.$": "USD",
    "U.S. $": "USD",
    "C$": "CAD",
    "FJ$": "FJD",
    "F$": "FJD",
    "N$": "NAD",
    "G$": "GYD",
    "J$": "JMD",
    "TT$": "TTD",
    "SI$": "SBD",
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
    "BD": "BHD",
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
    # Chinese, Malaysian, Ghanaian, Malawian and Bhutanese signs: "RMB 20 million", "RM5 million",
    # "GH¢5 million", "MK500 million", "Nu. 50 million".
    "RMB": "CNY",
    "KM": "BAM",
    "S/": "PEN",
    "Bt": "THB",
    "Bt.": "THB",
    "RM": "MYR",
    "GH¢": "GHS",
    "GH₵": "GHS",
    "MK": "MWK",
    "Nu": "BTN",
    "Nu.": "BTN",
    "₹": "INR",
    "₩": "KRW",
    "₱": "PHP",
    "₺": "TRY",
    "₽": "RUB",
    "K": _LOCAL,
}
_CURRENCY_WORDS = (
    ("turkish", "TRY"),
    ("egyptian", "EGP"),
    ("south sudanese", "SSP"),
    ("sudanese", "SDG"),
    ("lebanese", "LBP"),
    ("syrian", "SYP"),
    ("kina", "PGK"),
    ("zlot", "PLN"),
    ("zł", "PLN"),
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
    ("peso", _LOCAL),  # bare "pesos": whose, the state giving or receiving says
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
    ("som", "KGS"),  # after "somoni", which holds it
)
# Every amount _MONEY reads has a digit or a scale ("one trillion"): a passage without either
# has none (a quick test).
_FIGURE = re.compile(r"(?=[\dti])(?:\d|thousand|illion)", _F)  # tried only at those characters
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
    "mio": 10**6,
    "mrd": 10**9,
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


# "1.3 billion yen, about 5.9 billion CFA francs", "SR 187.5 million (about $50 million)": the
# same sum again in another currency, no aid of its own.
_AGAIN = r"(?:about|around|approximately|roughly|some|nearly|or|i\.e\.|equivalent\s+to)\s+"
_RESTATED = re.compile(rf"\s*(?:\(\s*(?:{_AGAIN})?|,\s*{_AGAIN})[A-Z]{{0,3}}", _F)


@dataclass(frozen=True, slots=True)
class Money:
    """An amount as written: its value, currency and qualifier."""

    span: Span
    value: Decimal
    currency: str
    qualifier: Qualifier
    written: Span
    """The qualifier with the amount ("over $1.8 billion")."""


def find_money(text: str, span: Span) -> list[Money]:
    """The amounts of money in `span` of the (folded) text."""
    found: list[Money] = []
    if _FIGURE.search(text, span.start, span.end) is None:
        return found
    for match in _MONEY.finditer(text, span.start, span.end):
        groups = {k: v for k, v in match.groupdict().items() if v is not None}
        number = next(v for k, v in groups.items() if k.startswith("number"))
        scale = next((v for k, v in groups.items() if k.startswith("scale")), None)
        value = _number(number) * _SCALES.get((scale or "").casefold().removesuffix("s"), 1)
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


_DOTTED_NUMBER = re.compile(_DOTTED)
_DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,2}")
_SPACES = re.compile(r"\s+")
_CODE_SET = frozenset(_CODES.split("|"))


def _number(written: str) -> Decimal:
    """A number in figures ("1,250.5", "1,2" with a decimal comma, "1.250.000") or a word ("one")."""
    word = _NUMBER_WORDS.get(written.casefold())
    if word is not None:
        return Decimal(word)
    if _DOTTED_NUMBER.fullmatch(written):  # "1.250.000,50"
        return Decimal(written.replace(".", "").replace(",", "."))
    decimal_comma = _DECIMAL_COMMA.fullmatch(written) is not None
    return Decimal(written.replace(",", "." if decimal_comma else ""))


def _currency(groups: dict[str, str]) -> str | None:
    if "symbol" in groups:
        return _SYMBOLS.get(_SPACES.sub(" ", groups["symbol"]))
    if "code" in groups:
        return groups["code"]
    word = groups["word"].casefold()
    if word.upper() in _CODE_SET:
        return word.upper()
    return next((code for stem, code in _CURRENCY_WORDS if stem in word), None)


# States whose own dollar a bare "$" means when they give: "Canada will provide $25 million".
_DOLLARS = {"CA": "CAD", "AU": "AUD", "NZ": "NZD", "SG": "SGD", "HK": "HKD", "TW": "TWD"}


def dollars_of(money: Money, text: str, donor: Agent) -> Money:
    """An amount in bare "$" given by a state with a dollar of its own is in that dollar."""
    if money.currency != "USD" or not text.startswith("$", money.span.start):
        return money
    code = _country_code(donor)
    local = _DOLLARS.get(code or "")
    return Money(money.span, money.value, local, money.qualifier, money.written) if local else money


def local_money(money: Money, donor: Agent, recipient: Agent) -> Money | None:
    """An amount in bare "pesos" or "K" in the giving state's currency of that name, else the
    receiving state's ("K8.5 million from the Australian Government" to a Papua New Guinean
    body: kina); none where neither has one."""
    if money.currency != _LOCAL:
        return money
    codes = (_LOCAL_CURRENCIES.get(_country_code(agent) or "") for agent in (donor, recipient))
    local = next((code for code in codes if code), None)
    return Money(money.span, money.value, local, money.qualifier, money.written) if local else None


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


def first_tellings(text: str, amounts: list[Money]) -> list[Money]:
    """The amounts less those that restate the one before in another currency."""
    pairs = zip([None, *amounts], amounts, strict=False)
    return [m for p, m in pairs if p is None or not _RESTATED.fullmatch(text, p.span.end, m.span.start)]
