"""The report's organizations: one record per name and state, found by a key that ignores
how the name is written, with the nested institutions a name holds ("General Staff of the
Armed Forces") recorded each within the next.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from engagement_schema.extraction.lexicon import lexicon
from engagement_schema.extraction.places import KnownPlace, gazetteer
from engagement_schema.extraction.text import Document, Span
from engagement_schema.models.organizations import OrganizationKind

__all__ = ["Organization", "Organizations", "name_key", "split_name"]


def split_name(name: str) -> list[str]:
    """ "Border Forces of the State Committee for National Security" as the Border Forces
    within the State Committee: each part after "of" that is an institution of its own."""
    heads = lexicon().institution_heads
    parts: list[str] = []
    for segment in name.split(" of "):
        headed = any(w.casefold() in heads for w in segment.split())
        if parts and headed and any(w.casefold() in heads for w in parts[-1].split()) and _named(parts[-1]):
            parts.append(segment.removeprefix("the "))
        elif parts:
            parts[-1] = f"{parts[-1]} of {segment}"
        else:
            parts.append(segment)
    return parts


# Heads of bodies named with the institution they belong to: a school or an inspectorate is
# "of" its ministry by name, where a staff or a bureau is a part of it.
_NAMED_WHOLE = frozenset({"academy", "institute", "university", "college", "school", "lyceum", "inspectorate"})


def _named(part: str) -> bool:
    """Whether a part of a name names an institution alone: "Academy" of "Academy of the Armed
    Forces" does not, and keeps the rest as its name."""
    return len(part.split()) > 1


@lru_cache(maxsize=4096)
def name_key(name: str) -> str:
    """An organization's or post's name reduced to what identifies it: case, accents,
    punctuation, articles and the states it is qualified by are left out, so "the
    Uzbek Ministry of Defense" and "Ministry of Defense of the Republic of Uzbekistan"
    have one key (their country tells them apart)."""
    if not name.strip():
        return ""
    doc = Document(name)
    countries = [m.span for m in gazetteer().find(doc) if m.place.kind == "country"]
    words = [
        _plain(key)
        for key, start in zip(doc.keys, doc.starts, strict=True)
        if key[0].isalnum() and key != "the" and not any(s.start <= start < s.end for s in countries)
    ]
    while words and words[-1] in ("of", "in", "to", "for"):  # left by a state: "Representative in Jordan"
        words.pop()
    return " ".join(words)


def _plain(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass
class Organization:
    """One organization of the report, with the words it rests on."""

    name: str
    kind: OrganizationKind
    country: str | None
    evidence: list[Span]
    name_method: str | None = None
    """How the name was derived, when the text does not write it ("Ministry of Defense"
    from the post "Minister of Defense")."""
    name_evidence: list[Span] | None = None
    parent: str | None = None
    parent_method: str | None = None
    parent_evidence: list[Span] | None = None
    location: KnownPlace | None = None
    country_method: str | None = None
    """How the state was told, when no words of the organization's name it."""
    country_evidence: list[Span] | None = None


class Organizations:
    """The report's organizations, one per name and state, each found by its key."""

    def __init__(self) -> None:
        self.by_key: dict[str, Organization] = {}
        self.by_name: dict[str, list[str]] = {}  # name key -> the keys of that name, states apart
        self._cited: dict[str, set[Span]] = {}  # key -> its evidence, for a quick "already cited?"

    def add(
        self,
        name: str,
        kind: OrganizationKind,
        country: str | None,
        evidence: Span | None,
        name_method: str | None = None,
    ) -> str:
        """Record an organization (or another mention of one); returns its key. A name of
        nested institutions ("General Staff of the Armed Forces") records each, the first
        within the next."""
        *inner, outer = split_name(name)
        if not inner:
            return self._add(name, kind, country, evidence, name_method)
        parent = self._add(outer, lexicon().organization_kind(outer), country, evidence)
        for part in reversed(inner):
            if part.split()[-1].casefold() in _NAMED_WHOLE:  # "Military Institute of the Ministry of Defense"
                part = name[name.rindex(part) :]
            key = self._add(part, lexicon().organization_kind(part), country, evidence)
            org = self.by_key[key]
            if org.parent is None:
                org.parent = parent
                org.parent_method = f'Named as part of the {self.by_key[parent].name} ("{name}").'
            parent = key
        return parent

    def _add(
        self,
        name: str,
        kind: OrganizationKind,
        country: str | None,
        evidence: Span | None,
        name_method: str | None = None,
    ) -> str:
        key = self.key(name, country)
        found = self.by_key.get(key)
        if found is None:
            derived_from = [evidence] if name_method and evidence else None
            found = Organization(name, kind, country, [], name_method, derived_from)
            self.by_key[key] = found
            self.by_name.setdefault(key.partition("|")[0], []).append(key)
        elif found.name_method and not name_method:
            found.name, found.name_method, found.name_evidence = name, None, None  # now named outright
        if evidence is not None and evidence not in self._cited.setdefault(key, set()):
            self._cited[key].add(evidence)
            found.evidence.append(evidence)
        return key

    @staticmethod
    def key(name: str, country: str | None) -> str:
        """The key of an organization: its name's key and its state."""
        return f"{name_key(name)}|{country or ''}"

    def resolve(self, key: str) -> str:
        """The key of the organization meant: an organization of unknown state is the one
        organization of that name whose state is known, when there is exactly one."""
        name, _, country = key.partition("|")
        if country:
            return key
        known = [k for k in self.by_name.get(name, ()) if k != key and k in self.by_key]
        return known[0] if len(known) == 1 else key

    def settle(self, key: str, country: str, method: str, evidence: list[Span]) -> None:
        """Give an organization of unknown state the state the report tells it has, unless an
        organization of that name and state is recorded already."""
        target = self.key(self.by_key[key].name, country)
        if target in self.by_key:
            return
        org = self.by_key.pop(key)
        org.country, org.country_method, org.country_evidence = country, method, evidence
        self.by_key[target] = org
        self._cited[target] = self._cited.pop(key, set())
        self.by_name[key.partition("|")[0]].append(target)

    def merge_unplaced(self) -> None:
        """Fold organizations of unknown state into their namesake of known state."""
        for key in [k for k in self.by_key if k.endswith("|")]:
            target = self.resolve(key)
            if target == key:
                continue
            source, into = self.by_key.pop(key), self.by_key[target]
            cited = self._cited.setdefault(target, set(into.evidence))
            into.evidence.extend(e for e in source.evidence if e not in cited)
            if into.name_method and not source.name_method:
                into.name, into.name_method, into.name_evidence = source.name, None, None
