"""Places named in a report: countries (by name or demonym), cities and regions.

Country names come from ISO 3166 (pycountry) plus the forms reporters use, shipped in
`gazetteer.yaml` with demonyms ("Tajik", "U.S."), capitals and major cities, and the
regions the genre talks about ("Central Asia", "the Central Asian states"). A demonym
counts as a mention of its country, since "the Tajik government" is Tajikistan's.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any, Literal

import pycountry
import yaml

from engagement_schema.extraction.text import Document, Match, PhraseMatcher, Sentence, Span

__all__ = [
    "Gazetteer",
    "KnownPlace",
    "PlaceMention",
    "capitals_named",
    "country_name",
    "dateline",
    "first_seat",
    "gazetteer",
]

KnownKind = Literal["country", "city", "region"]


@dataclass(frozen=True, slots=True)
class KnownPlace:
    """A place the extractor knows: its display name, kind, country and region members."""

    name: str
    kind: KnownKind
    country: str | None = None
    members: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """Words of the text that name a place; `adjective` for "Tajik" or "Central Asian"."""

    span: Span
    place: KnownPlace
    adjective: bool


class Gazetteer:
    """Every known place and the matcher that finds them in text."""

    def __init__(self, data: dict[str, Any], towns: Iterable[str] = ()) -> None:
        self.countries: dict[str, KnownPlace] = {}
        names: list[tuple[str, tuple[KnownPlace, bool]]] = []
        extra = data["countries"]
        for country in pycountry.countries:
            code = country.alpha_2
            listed = extra.get(code, [])
            standard = [getattr(country, "common_name", None), country.name, getattr(country, "official_name", None)]
            plain = [n.removeprefix("the ") for n in standard if n and "," not in n and "(" not in n]
            known = KnownPlace((listed or plain or [country.name])[0], "country", code)
            self.countries[code] = known
            names.extend((n.removeprefix("the "), (known, False)) for n in [*listed, *plain])
        for code, demonyms in data["demonyms"].items():
            names.extend((d, (self.countries[code], True)) for d in demonyms)
        self.cities: dict[str, KnownPlace] = {}
        for city, (code, *aliases) in data["cities"].items():
            known = self.cities[city] = KnownPlace(city, "city", code)
            names.extend((n, (known, False)) for n in (city, *aliases))
        self.country_names: dict[str, KnownPlace] = {}
        """The countries by name, the first of a name as a scan would find it."""
        for known_country in self.countries.values():
            self.country_names.setdefault(known_country.name, known_country)
        self.seats = {known.country: known for known in (self.cities[c] for c in data["seats"]) if known.country}
        """Each state's capital, by its code."""
        self.homonyms: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in data.get("homonyms", {}).items()}
        """Cities named as a city of another state is, with those states' codes."""
        self.capitals = frozenset(data["capitals"])
        """Capitals that may speak for their states ("Washington would allocate ...")."""
        self.regions: dict[str, KnownPlace] = {}
        for region, entry in data["regions"].items():
            known = KnownPlace(region, "region", None, tuple(entry["members"]))
            self.regions[region] = known
            names.append((region, (known, False)))
            names.extend((a, (known, True)) for a in entry["adjectives"])
        # Datelines write places in capitals ("DUSHANBE, June 3").
        names += [(n.upper(), v) for n, v in names if not v[1] and len(n) > 3]
        unique = dict(reversed(names))  # the first registration of a phrase wins
        # The matcher's values number these: its tables then hold only strings and numbers,
        # which the garbage collector stops tracking (see `PhraseMatcher`).
        self._named = tuple(unique.values())
        self.matcher = PhraseMatcher(((name, n) for n, name in enumerate(unique)), exact=unique)
        #: Each name of a place (not its adjectives), folded, with the place's own name:
        #: "viet nam" -> "Vietnam".
        self.names = {n.casefold(): place.name for n, (place, adjective) in unique.items() if not adjective}
        # Towns as (name, code) pairs, not places: tuples of strings the garbage collector stops
        # tracking, where 63,000 objects would be walked by every full collection.
        town_names: list[tuple[str, tuple[str, str]]] = []
        for line in towns:
            name, code, *aliases = line.split("\t")
            town_names += [(n, (name, code)) for n in (name, *aliases, *_apostrophed(name))]
        town_names += [(n.upper(), t) for n, t in town_names if len(n) > 3]
        self._towns = tuple(t for _, t in town_names)
        #: Towns the curated lists leave out, named only where a place is expected ("in Nanyuki").
        self.towns = PhraseMatcher(((n, i) for i, (n, _) in enumerate(town_names)), exact=[n for n, _ in town_names])
        self.names.update((n.casefold(), name) for n, (name, _) in town_names)

    def find(self, doc: Document, span: Span | None = None) -> list[PlaceMention]:
        """Place mentions in `span` (the whole text by default), in order."""
        return self.mentions(self.matcher.find(doc, span))

    def mentions(self, matches: list[Match[int]]) -> list[PlaceMention]:
        """Place mentions of the matcher's matches."""
        named = self._named
        return [PlaceMention(m.span, *named[m.value]) for m in matches]

    def town_mentions(self, matches: list[Match[int]]) -> list[PlaceMention]:
        """Place mentions of the town matcher's matches."""
        towns = self._towns
        return [PlaceMention(m.span, KnownPlace(towns[m.value][0], "city", towns[m.value][1]), False) for m in matches]

    def resolved(self, places: list[PlaceMention]) -> list[PlaceMention]:
        """`places` with each city whose name other states' cities share set in the state the
        report names (or a city of it), when it names one of those and not the city's own
        ("Tripoli" in a report naming Lebanon or Beirut, not Libya, is Lebanon's)."""
        homonyms = [p for p in places if p.place.kind == "city" and p.place.name in self.homonyms]
        if not homonyms:
            return places
        named = {p.place.country for p in places if p.place.kind == "country" or p not in homonyms}
        moved = {}
        for mention in homonyms:
            if mention.place.country in named:
                continue
            state = next((c for c in self.homonyms[mention.place.name] if c in named), None)
            if state is not None:
                moved[mention.span] = PlaceMention(mention.span, KnownPlace(mention.place.name, "city", state), False)
        return [moved.get(p.span, p) for p in places] if moved else places

    def regions_of(self, code: str) -> list[KnownPlace]:
        """The known regions a country belongs to."""
        return [r for r in self.regions.values() if code in r.members]


def _apostrophed(name: str) -> list[str]:
    """ "Cox's Bazar" for "Cox’s Bāzār": a name with an apostrophe as English writes it, in plain
    letters (the ASCII spelling GeoNames gives drops the apostrophe: "Coxs Bazar")."""
    if "’s " not in name:  # a possessive; other marks transliterate a letter ("Al’met’yevsk")
        return []
    plain = unicodedata.normalize("NFKD", name.replace("’", "'"))
    return ["".join(c for c in plain if not unicodedata.combining(c))]


@cache
def gazetteer() -> Gazetteer:
    """The shipped gazetteer, loaded once."""
    text = files(__package__).joinpath("gazetteer.yaml").read_text(encoding="utf-8")
    towns = files(__package__).joinpath("towns.tsv").read_text(encoding="utf-8").splitlines()
    return Gazetteer(yaml.safe_load(text), (line for line in towns if line and not line.startswith("#")))


def country_name(code: str) -> str:
    """The name of the country of an ISO code."""
    return gazetteer().countries[code].name


_HEADING_LINE = 40
# A dateline past a release's heading lines: its city, a day and month, then the story.
_WIRE_DATELINE = re.compile(
    r",?\s+(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2})(?:,?\s+\d{4})?\s*(?:\([^)]{1,30}\)\s*)?[-–—:]"
)
# A dateline's city in capitals and a dash, its day on a line of the heading above ("MANILA – The ...").
_CAPS_DATELINE = re.compile(r"\s*[-–—]\s")
# After a dateline's city: a comma, dash, bracket, colon or slash ("ISLAMABAD:", "Tashkent /"),
# or a day and month with nothing between ("DUSHANBE 10 May (Khovar)").
_DATELINE_MARK = re.compile(
    r"\s*(?:,|-|\(|\.|:|/)|\s+\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b"
)


# A verb after a capital makes it its state's voice ("Tokyo has pledged", "Moscow said").
_ACTS = re.compile(
    r"\s+(?:would|will|has|have|had|is|was|said|says|announced|pledged|plans|planned|wants|agreed|provided"
    r"|provides|gave|gives|offered|offers|allocated|allocates|sent|sends|supports|supported|intends|promised)\b"
)
_PLACED = re.compile(r"\b(?:in|at|to|from|of|near|via|for|and|between|outside|into|with)\s+$", re.IGNORECASE)


def speaks_for_state(text: str, mention: PlaceMention) -> KnownPlace | None:
    """The state a capital speaks for when it is the subject of a verb ("Washington would
    allocate $35 million"), not where something is ("talks in Washington will ...")."""
    city = mention.place
    if city.kind != "city" or city.name not in gazetteer().capitals or city.country is None or mention.adjective:
        return None
    if not _ACTS.match(text, mention.span.end) or _PLACED.search(
        text, max(0, mention.span.start - 12), mention.span.start
    ):
        return None
    return gazetteer().countries[city.country]


# "the total support provided by the Kingdom to Yemen": Saudi, Jordanian, Bahraini, Moroccan, Thai
# and Cambodian releases name their own state so. The states that are kingdoms, by code.
_KINGDOM = re.compile(r"\bthe\s+Kingdom\b(?!\s+of\b|'s\s+(?:Government|Embassy))")
_KINGDOMS = frozenset(
    {"SA", "JO", "BH", "MA", "TH", "KH", "BT", "TO", "SZ", "LS", "GB", "ES", "NL", "BE", "NO", "SE", "DK"}
)


def kingdom_mentions(doc: Document, places: list[PlaceMention]) -> list[tuple[Span, KnownPlace]]:
    """ "the Kingdom", standing for the one kingdom the report names."""
    kingdoms = {p.place.name: p.place for p in places if p.place.kind == "country" and p.place.country in _KINGDOMS}
    if len(kingdoms) != 1:
        return []
    state = next(iter(kingdoms.values()))
    return [(Span(m.start(), m.end()), state) for m in _KINGDOM.finditer(doc.folded)]


def dateline(doc: Document, places: list[PlaceMention]) -> PlaceMention | None:
    """The city a report is filed from: a city opening one of its first sentences and
    followed by a comma, dash or bracket ("DUSHANBE, June 3 -", "Bishkek, May 26 (Kabar)"),
    or standing on a line of its own in a press release's heading ("Embassy of India /
    Kathmandu"), or ending a mission's name there ("British Embassy Tbilisi"). Past the
    first three sentences, only a heading's short line counts ("Lima, 10 May 2024" below
    a ministry's name, a release number and a headline), or a city with its day before the
    story's dash ("BISHKEK, 5 September 2023 – The ...")."""
    for sentence in doc.sentences[:6]:
        mission = _mission_city(doc, sentence, places)
        if mission is not None:
            return mission
        if sentence is doc.headline:
            continue
        first = _as_city(next((p for p in places if p.span.start == sentence.span.start), None))
        if first is None or first.place.kind != "city":
            continue
        if sentence.index >= 3 and sentence.span.end - sentence.span.start > _HEADING_LINE:
            if _WIRE_DATELINE.match(doc.folded, first.span.end):  # "BISHKEK, 5 September 2023 –"
                return first
            if _CAPS_DATELINE.match(doc.text, first.span.end) and doc.quote(first.span).isupper():  # "MANILA – The"
                return first
        elif _DATELINE_MARK.match(doc.folded, first.span.end) or first.span == sentence.span:
            return first
    return None


_MISSION = re.compile(r"\b(?:embassy|consulate|high\s+commission)\b", re.IGNORECASE)


def _mission_city(doc: Document, sentence: Sentence, places: list[PlaceMention]) -> PlaceMention | None:
    """The city ending a heading's line that names a mission ("British Embassy Tbilisi",
    "U.S. Embassy in Dushanbe"): where its press releases are written."""
    span = sentence.span
    if span.end - span.start > _HEADING_LINE or not _MISSION.search(doc.folded, span.start, span.end):
        return None
    last = next((p for p in places if p.span.end == span.end), None)
    return last if last is not None and last.place.kind == "city" else None


def _as_city(mention: PlaceMention | None) -> PlaceMention | None:
    """A dateline's state read as its capital of the same name ("KUWAIT, Nov 21", "PANAMA,
    ..." are filed from Kuwait City and Panama City)."""
    if mention is None or mention.place.kind != "country" or mention.adjective:
        return mention
    cities = gazetteer().cities
    capital = cities.get(mention.place.name) or cities.get(f"{mention.place.name} City")
    return (
        PlaceMention(mention.span, capital, False) if capital and capital.country == mention.place.country else mention
    )


# "the Uzbek capital", "the capital of Kenya", "the capital": a city named by its state.
_CAPITAL = re.compile(
    r"\bthe\s+(?:(?P<state>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)\s+)?capital\b(?:\s+city\b)?"
    r"(?P<of>\s+of\s+(?:the\s+)?)?(?!\s*(?:,|of\b))"
)


def capitals_named(doc: Document, places: list[PlaceMention], filed: PlaceMention | None) -> list[PlaceMention]:
    """The capitals named by their state: by a demonym ("the Turkmen capital"), after "of"
    ("the capital of Kenya"), or alone, the capital of the state the report is filed from,
    else of the state it names first (a government's release heads with its state's name)."""
    if "capital" not in doc.text:
        return []  # (a scan for the word costs a small part of one for the pattern)
    by_start = {p.span.start: p for p in places if p.place.kind == "country"}
    found = []
    for match in _CAPITAL.finditer(doc.text):
        if match["state"]:
            state = by_start.get(match.start("state"))
            code = state.place.country if state is not None and state.adjective else None
        elif match["of"]:
            state = by_start.get(match.end())
            code = state.place.country if state is not None and not state.adjective else None
        else:
            home = filed or first_seat(places)
            state, code = None, home.place.country if home is not None else None
        seat = gazetteer().seats.get(code or "")
        if seat is not None:
            end = state.span.end if match["of"] and state is not None else match.end()
            found.append(PlaceMention(Span(match.start(), end), seat, False))
    return found


def first_seat(places: list[PlaceMention]) -> PlaceMention | None:
    """The capital of the state a report names first (a government's release heads with its
    state's name), told by that name: where a release without a dateline is written from."""
    first = next((p for p in places if p.place.kind == "country" and not p.adjective), None)
    seat = gazetteer().seats.get(first.place.country or "") if first is not None else None
    return PlaceMention(first.span, seat, False) if first is not None and seat is not None else None
