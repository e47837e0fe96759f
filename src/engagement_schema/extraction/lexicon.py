"""The extractor's word lists (titles, posts, institutions, ranks) and where they occur.

The lists are data (`lexicon.yaml`, and the ranks vocabulary), so an analyst can add a
title or an institution word without touching code. `Marks` finds every list's phrases
in a document once, indexed by token, so the readers of people and organizations ask
"what starts here?" in constant time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any, cast

import yaml

from engagement_schema.extraction.places import PlaceMention, gazetteer
from engagement_schema.extraction.text import Document, Match, MatcherSet, PhraseMatcher, Span, SpanIndex
from engagement_schema.models.organizations import OrganizationKind
from engagement_schema.vocabularies import ranks

__all__ = ["Lexicon", "Marks", "lexicon"]


@dataclass(frozen=True)
class Lexicon:
    """Matchers and word sets for reading titles, posts and institutions."""

    heads: PhraseMatcher[str]
    """Post heads ("Minister", "Chief of Staff"), valued by their listed form."""
    post_heads: tuple[str, ...]
    """The same heads, as listed."""
    modifiers: PhraseMatcher[str]
    status: PhraseMatcher[str]
    styles: PhraseMatcher[str]
    honorifics: PhraseMatcher[str]
    fields: PhraseMatcher[str]
    """Fields before a head ("Defense Minister"), valued by the institution's field name."""
    field_names: dict[str, str]
    """The same, by case-folded field: "foreign" -> "Foreign Affairs"."""
    ranks: PhraseMatcher[str]
    """Ranks and honorifics of the ranks vocabulary, valued by concept id."""
    known_organizations: PhraseMatcher[tuple[str, OrganizationKind]]
    known_states: dict[str, str]
    """The state a known organization belongs to, by its name ("USAID" is the United States')."""
    personal_titles: frozenset[str]
    given_name_titles: frozenset[str]
    regional_titles: frozenset[str]
    state_offices: dict[str, tuple[str, OrganizationKind]]
    field_offices: dict[str, str]
    country_office_heads: frozenset[str]
    organization_kinds: tuple[tuple[str, OrganizationKind], ...]
    institution_heads: frozenset[str]
    institution_words: frozenset[str]
    function_words: frozenset[str]
    particles: frozenset[str]
    suffixes: frozenset[str]
    post_nominals: re.Pattern[str]
    """Letters after a name that are no part of it ("T.D.", "MP", "OBE")."""

    def organization_kind(self, name: str) -> OrganizationKind:
        """The kind of organization a name says it is ("Border Forces" -> border-service)."""
        folded = f" {name.casefold()} "
        for keyword, kind in self.organization_kinds:
            if f" {keyword} " in folded:
                return kind
        return "other"


def _words(items: list[str]) -> frozenset[str]:
    return frozenset(i.casefold() for i in items)


@cache
def lexicon() -> Lexicon:
    """The shipped lexicon with the ranks vocabulary, loaded once."""
    data = yaml.safe_load(files(__package__).joinpath("lexicon.yaml").read_text(encoding="utf-8"))
    rank_names = [
        (name, concept.id)
        for concept in ranks().concepts
        if concept.id not in _GROUPINGS
        for name in (concept.label, *concept.alt_labels, *concept.abbreviations)
    ]
    known = [
        (name, (names[0], cast(OrganizationKind, kind)))
        for kind, *names in data["known_organizations"]
        for name in names
    ]
    heads = _words(data["institution_heads"])
    return Lexicon(
        heads=PhraseMatcher((h, h) for h in data["post_heads"]),
        post_heads=tuple(data["post_heads"]),
        modifiers=PhraseMatcher((m, m) for m in data["post_modifiers"]),
        status=PhraseMatcher((s, s) for s in data["status_words"]),
        styles=PhraseMatcher((s, s) for s in data["styles"]),
        honorifics=PhraseMatcher((h, h) for h in data["honorifics"]),
        fields=PhraseMatcher(data["fields"].items()),
        field_names={k.casefold(): v for k, v in data["fields"].items()},
        ranks=PhraseMatcher(rank_names),
        known_organizations=PhraseMatcher(known, exact=[name for name, _ in known]),
        known_states=dict(data["known_organization_states"]),
        personal_titles=_words(data["personal_titles"]),
        given_name_titles=_words(data["given_name_titles"]),
        regional_titles=_words(data["regional_titles"]),
        state_offices={h.casefold(): (o, k) for h, (o, k) in data["state_offices"].items()},
        field_offices={h.casefold(): o for h, o in data["field_offices"].items()},
        country_office_heads=_words(data["country_office_heads"]),
        organization_kinds=tuple((k.casefold(), v) for k, v in data["organization_kinds"]),
        institution_heads=heads,
        institution_words=heads | _words(data["institution_words"]),
        function_words=_words(data["function_words"]),
        particles=_words(data["name_particles"]),
        suffixes=_words(data["name_suffixes"]),
        post_nominals=re.compile(
            "(?:" + "|".join(map(re.escape, sorted(data["post_nominals"], key=len, reverse=True))) + r")(?![\w.])"
        ),
    )


# Concepts that group ranks ("general officer") are not written before names.
_GROUPINGS = ("general-officer", "flag-officer", "field-grade-officer", "company-grade-officer")


# Words that separate or join titles and names: a reader of names stops at each.
_NOTABLE_WORDS = frozenset({",", "-", "the", "and", "'s", "his", "her", "its", "their", ";", "."})

_COMPOUND = re.compile(r"-[A-Za-z]")
_PROVINCE = re.compile(
    # "the Bukhara and Samarkand regions": each name of the list is a province's
    r"(?:(?:\s*,|\s+and)\s+(?-i:[A-Z])[\w'-]*)*\s+(?:regions?|oblasts?|provinces?|districts?|viloyats?|velayats?|governorates?|aimags?|prefectures?|cantons?"
    r"|county|counties)\b",
    re.IGNORECASE,
)

Mark = tuple[int, str]
"""The token after a phrase found at a token, and the phrase's value."""


class Marks:
    """The lexicon's phrases and the gazetteer's places in one document, by starting token."""

    def __init__(self, doc: Document) -> None:
        lex = lexicon()
        self.doc = doc
        self.lexicon = lex
        found = _together().find(doc)
        # "US$45 million": a country's letters before "$" name a currency, not the place; "the
        # Batken region": a city's name before "region" names the province, which is no city.
        self.places = [
            _compounded(doc, m)
            for m in gazetteer().mentions(found["places"])
            if not doc.folded.startswith("$", m.span.end)
            and not (m.place.kind == "city" and _PROVINCE.match(doc.folded, m.span.end))
        ]
        """The places named, in order."""
        self.places = gazetteer().resolved(_with_towns(doc, self.places))
        self.place: dict[int, tuple[int, PlaceMention]] = {}
        for mention in self.places:
            tokens = doc.token_range(mention.span)
            self.place[tokens.start] = (tokens.stop, mention)
        self.place_ends = {stop for stop, _ in self.place.values()}
        """The tokens right after a place's name."""
        self.head = _index(doc, found["heads"])
        self.modifier = _index(doc, found["modifiers"])
        self.status = _index(doc, found["status"])
        self.style = _index(doc, found["styles"])
        self.honorific = _index(doc, found["honorifics"])
        self.field = _index(doc, found["fields"])
        self.rank = _past_retired(doc, _past_article(doc, _index(doc, found["ranks"])))
        self._title_ends = {end for end, _ in self.rank.values()} | {end for end, _ in self.head.values()}
        separators = _NOTABLE_WORDS
        special = self.head.keys() | self.style.keys() | self.honorific.keys()
        #: Tokens the readers of names look at: capitalised words, titles, separators.
        self.notable = [
            i
            for i, (key, capital) in enumerate(zip(doc.keys, doc.capitalized, strict=True))
            if capital or key in separators or i in special or key.startswith("counterpart")
        ]
        self.known_organization = {
            doc.token_at(m.span.start): (doc.token_at(m.span.end), m.value) for m in found["organizations"]
        }
        self._given_names_after_ranks()

    def _given_names_after_ranks(self) -> None:
        """Drops the title reading of a sovereign's title that is a given name right after a
        rank or a post's institution and before another name word ("Lt. Gen. Amir Riaz",
        "Superintendent of Police Amir Khan"): no officer is titled a sovereign, so it
        begins the name."""
        keys, titles = self.doc.keys, self.lexicon.given_name_titles
        rank_ends = {end for end, _ in self.rank.values()}
        for at in [i for i in self.head if keys[i] in titles and self.head[i][0] == i + 1]:
            after_title = at in rank_ends or (at > 0 and keys[at - 1] in self.lexicon.institution_heads)
            if not after_title:
                continue
            head = self.head.pop(at)
            if not self.name_word(at + 1):
                self.head[at] = head  # "General Sultan" alone: no name follows, keep the title

    def capitalized(self, i: int) -> bool:
        """Whether token `i` is a word beginning with a capital letter."""
        return i < len(self.doc.capitalized) and self.doc.capitalized[i]

    def word(self, i: int) -> str:
        """Token `i` as written (folded quotes and dashes); empty past the last token, so a
        rank or title that ends the text has no word after it rather than an error."""
        words = self.doc.words
        return words[i] if i < len(words) else ""

    def name_word(self, i: int) -> bool:
        """Whether token `i` can be part of a person's name: a capitalised word that is no
        title, institution, place, month or function word, nor an acronym."""
        if not self.capitalized(i):
            return False
        key = self.doc.keys[i]
        word = self.word(i)
        if len(word) > 1 and word.isupper() and key not in self.lexicon.suffixes and not self._titled_capitals(i):
            return False
        return not (
            key in self.lexicon.function_words
            or key in self.lexicon.institution_words
            or i in self.place
            or i in self.head
            or i in self.modifier
            or i in self.style
            or i in self.honorific
            or i in self.known_organization
            or (i in self.rank and self.rank[i][0] > i)
        )

    def _titled_capitals(self, i: int) -> bool:
        """Whether token `i` is a surname written in capitals right after a title, as
        Japanese and French releases write them ("Mr. SAKAGUCHI Ryota", "Ambassador
        SAKAGUCHI"): an acronym there would be no name, and none is known to us here."""
        titled = i in self._title_ends
        shouted = i > 0 and self.word(i - 1).isupper() and len(self.word(i - 1)) > 1  # "AIR CHIEF VISITS"
        return (
            titled
            and not shouted
            and len(self.word(i)) > 2
            and i not in self.known_organization
            and i not in self.place
        )

    def rank_before_name(self, i: int) -> bool:
        """Whether a rank starts at token `i` and a name follows it ("General Votel", not
        "General Staff")."""
        found = self.rank.get(i)
        if found is None or not self.capitalized(i):
            return False
        end = found[0]
        while end in self.rank:
            end = self.rank[end][0]
        initial = len(self.word(end)) == 1 and self.word(end).isupper() and self.word(end + 1) == "."
        return (
            self.name_word(end)
            or initial
            or (self.word(end) == "." and self.name_word(end + 1))
            or self._particled_surname(end)
        )

    def _particled_surname(self, i: int) -> bool:
        """Whether a surname begun by lowercase particles starts at token `i` ("da Graça")."""
        k = i
        while k < len(self.doc.keys) and self.doc.keys[k] in self.lexicon.particles and not self.capitalized(k):
            k += 1
        return k > i and k < len(self.doc.keys) and self.name_word(k)


# Words after which a capitalised name is a place's: "arrived in Nanyuki", "travelled to Lorengau".
_LOCATIVE = frozenset({"in", "at", "to", "from", "near", "outside", "via", "visited", "toured", "visiting"})


# "the port of Mariel", "the town of Lethem": a town's name after its kind and "of"; so is the
# town a mayor governs ("was received by the Mayor of Choloma", where the mayor receives).
_SETTLEMENT = frozenset({"port", "city", "town", "village", "township", "mayor"})
_OF = frozenset({"of"})

# "at the National Counter Terrorism Centre, Pabbi", "at Army Auditorium, Rawalpindi": a town named after a
# site's name and a comma, as military and ministry releases place their sites
_SITE_HEADS = frozenset(
    {"centre", "center", "palace", "auditorium", "headquarters", "hall", "hotel", "academy", "garrison", "cantonment"}
)
_COMMA = frozenset({","})


def _with_towns(doc: Document, places: list[PlaceMention]) -> list[PlaceMention]:
    """`places` with the towns named where a place is expected: after a locative word, or
    opening a dateline ("NANYUKI, May 3"), and not running on into another capitalised
    word. Elsewhere a town's name is as likely a person's ("Santos", "Hassan")."""
    gazette, taken = gazetteer(), SpanIndex(p.span for p in places)
    datelines = {doc.token_at(s.span.start) for s in doc.sentences[:4]}
    found, within = [], set()
    named = {p.place.country for p in places}
    after_of = {i + 1 for i in doc.tokens_in(_OF) if i > 0 and doc.keys[i - 1] in _SETTLEMENT}
    after_site = {
        i + 1 for i in doc.tokens_in(_COMMA) if i > 0 and doc.keys[i - 1] in _SITE_HEADS and doc.capitalized[i - 1]
    }
    for i in sorted({i + 1 for i in doc.tokens_in(_LOCATIVE)} | after_of | after_site | datelines):
        hit = gazette.towns.match_at(doc, i)
        if hit is None or (hit[1] < len(doc.keys) and doc.capitalized[hit[1]]):
            continue  # "to Helena Brandt", "at Murray Barracks": the first word of another name
        if taken.overlaps(hit[0].span):
            inner = _inside(places, hit[0].span)
            if inner is None:
                continue
            within |= inner
        if doc.keys[i - 1] == "at" and gazette.town_mentions([hit[0]])[0].place.country not in named:
            continue  # "at his office at Tower Hill": a site of a city the report names, not another state's town
        if i not in datelines or doc.keys[i - 1] in _LOCATIVE or doc.folded.startswith(",", hit[0].span.end):
            found.append(hit[0])
    for mention in places:
        longer = _town_ending(doc, mention) if mention.place.kind == "city" and mention.span not in within else None
        inner = _inside(places, longer.span) if longer is not None else None
        if longer is not None and inner is not None:
            within |= inner
            found.append(longer)
    towns = gazette.town_mentions(found)
    kept = [p for p in places if p.span not in within]
    return sorted([*kept, *towns], key=lambda p: p.span) if towns else places


def _town_ending(doc: Document, mention: PlaceMention) -> Match[int] | None:
    """A town whose name ends in a city's, begun by up to three words before it ("the
    District of Mocímboa da Praia"): the town is named, not the city."""
    start = doc.token_range(mention.span).start
    for before in range(max(0, start - 3), start):
        hit = gazetteer().towns.match_at(doc, before)
        if hit is not None and hit[0].span.end == mention.span.end and doc.capitalized[before]:
            return hit[0]
    return None


def _inside(places: list[PlaceMention], span: Span) -> set[Span] | None:
    """The places a town's longer name holds ("Praia" in "in Mocímboa da Praia"), which it
    then names in their stead; None when one of those it overlaps runs past it."""
    overlapping = {p.span for p in places if p.span.start < span.end and span.start < p.span.end}
    inside = all(span.start <= o.start and o.end <= span.end and o != span for o in overlapping)
    return overlapping if inside else None


def _compounded(doc: Document, mention: PlaceMention) -> PlaceMention:
    """A place named in a compound ("a UK-funded clinic", "the India-Nepal border") qualifies
    the word after it, as a demonym does: it is no party or destination of its own."""
    if mention.adjective or not _COMPOUND.match(doc.folded, mention.span.end):
        return mention
    return PlaceMention(mention.span, mention.place, True)


def _index(doc: Document, matches: list[Match[str]]) -> dict[int, Mark]:
    return {doc.token_at(m.span.start): (doc.token_at(m.span.end), m.value) for m in matches}


_RETIRED = re.compile(r"\s*\(\s*(?:rtd|retd|ret|retired|dr)\.?\s*\)", re.IGNORECASE)
#: A rank's short form in brackets after it ("Brigadier-General (BG)", "Colonel (Col.)").
_SHORT_RANK = re.compile(r"\s*\((?:[A-Z][A-Za-z]{0,4}\.?\s?){1,2}\)")


def _past_retired(doc: Document, marks: dict[int, Mark]) -> dict[int, Mark]:
    """Ranks with "(Rtd)", "(Dr)" or their short form after them ("Gen. (Rtd) Samuel Lakidi",
    "Lt Gen (Dr) Asha Rao", "Brigadier-General (BG) Tan") reach past it: a retired or
    doctored officer keeps the rank, and the name follows the bracket."""
    moved = {}
    for start, (end, value) in marks.items():
        at = doc.ends[end - 1]
        retired = None
        if end < len(doc.starts):
            retired = _RETIRED.match(doc.folded, at) or _SHORT_RANK.match(doc.folded, at)
        moved[start] = (doc.token_at(retired.end()), value) if retired else (end, value)
    return moved


def _past_article(doc: Document, marks: dict[int, Mark]) -> dict[int, Mark]:
    """Marks that begin with a lowercase "the" ("the Honourable Catherine Smith") moved to
    the word after it: a rank stands before a name only from a capital, and the article
    belongs to the sentence, not to the rank."""
    return {(i + 1 if doc.keys[i] == "the" and not doc.capitalized[i] else i): m for i, m in marks.items()}


@cache
def _together() -> MatcherSet:
    lex = lexicon()
    matchers: dict[str, PhraseMatcher[Any]] = {
        "places": gazetteer().matcher,
        "heads": lex.heads,
        "modifiers": lex.modifiers,
        "status": lex.status,
        "styles": lex.styles,
        "honorifics": lex.honorifics,
        "fields": lex.fields,
        "ranks": lex.ranks,
        "organizations": lex.known_organizations,
    }
    return MatcherSet(matchers)
