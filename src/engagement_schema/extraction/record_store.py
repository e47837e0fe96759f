"""The record store: records added by kind, each under a readable id, with the evidence
that supports it, merged when another mention finds the same fact again."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from engagement_schema.extraction.discourse import Agent
from engagement_schema.extraction.engagements import EngagementMention
from engagement_schema.extraction.reading import Reading
from engagement_schema.extraction.text import Span
from engagement_schema.models import COLLECTIONS

__all__ = ["Data", "RecordStore"]

Data = dict[str, Any]

_NOT_SLUG = re.compile(r"[^a-z0-9]+")

#: Fields whose values name a record in its id ("person-joseph-votel").
_NAMED_BY = {
    "sources": ("title", "published"),
    "places": ("name",),
    "organizations": ("name", "country"),
    "people": ("name",),
    "posts": ("label",),
    "occupancies": (),
    "engagements": ("name", "start"),
    "statements": ("act",),
    "aid_programs": (),
    "attributions": (),
}


_LISTS = (list, tuple)  # an empty one leaves its field out of a record


@lru_cache(maxsize=4096)
def _slug(text: str) -> str:  # names recur: states, institutions, posts
    # ASCII text is its own NFKD form: only other text needs decomposing.
    ascii_text = text if text.isascii() else unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return _NOT_SLUG.sub("-", ascii_text.casefold()).strip("-")[:80].rstrip("-")


class RecordStore:
    """The records of one reading, keeping the ids it has given."""

    def __init__(self, reading: Reading) -> None:
        self.r = reading
        self.doc = reading.doc
        self.records: dict[str, dict[str, Data]] = {name: {} for name in COLLECTIONS}
        self.ids: set[str] = set()
        self.numbered: dict[str, int] = {}  # id base -> the last number given with it
        self.provenance: dict[str, set[str]] = {}  # record id -> its evidence and derivations, as text
        self.first_items: dict[str, tuple[Data, ...]] = {}  # record id -> those it was added with
        self.identities: dict[tuple[str, str], str] = {}
        self.trip_of: dict[int, EngagementMention] = {}  # id(engagement) -> the trip, no visit, it was part of
        # The report itself, the source every evidence item cites: the first record.
        source: Data = {
            "title": reading.title,
            "published": reading.published,
            "url": reading.url,
            "sha256": hashlib.sha256(self.doc.text.encode("utf-8")).hexdigest(),
            "language": "en",
            "text": self.doc.text,
        }
        self.source = self._add("sources", {k: v for k, v in source.items() if v is not None})
        # The ids of records later kinds refer to.
        self.places: dict[str, str] = {}  # place name -> id
        self.people: dict[str, str] = {}  # person name -> id
        self.person_posts: dict[str, list[str]] = {}  # person name -> post ids
        self.engagements: dict[int, str] = {}  # id(mention) -> record id
        self.org_ids: dict[str, str] = {}  # organization key -> id

    def _agent_id(self, agent: Agent) -> str | None:
        """The record of a person, place or organization the text names."""
        if agent.kind == "person":
            return self.people.get(agent.key)
        if agent.kind == "place":
            return self.places.get(agent.key)
        return self.org_ids.get(self.r.organizations.resolve(agent.key))

    def evidence(self, spans: Iterable[Span | None]) -> list[Data]:
        """Evidence items of the source for `spans`, each once."""
        seen: dict[Span, Data] = {}
        text = self.doc.text
        for span in spans:
            if span is not None and span.end > span.start:
                seen[span] = {
                    "source": self.source,
                    "start": span.start,
                    "end": span.end,
                    "quote": text[span.start : span.end],
                }
        return list(seen.values())

    def derivation(self, field: str, method: str, spans: Iterable[Span | None] = ()) -> Data:
        """A derivation of `field` by `method`, resting on `spans`."""
        found: Data = {"field": field, "method": method}
        evidence = self.evidence(spans)
        if evidence:
            found["evidence"] = evidence
        return found

    def _add(self, collection: str, data: Data) -> str:
        """Add a record, or merge its evidence into the record of the same fact; returns its
        id. Ids are readable slugs of the record's kind and name, numbered on a clash, so
        the same report always gives the same ids."""
        record = {k: v for k, v in data.items() if v is not None and not (type(v) in _LISTS and not v)}
        model = COLLECTIONS[collection]
        identity = repr([record.get(f) for f in model.identity])
        found = self.identities.get((collection, identity))
        if found is not None:
            existing, seen = self.records[collection][found], self._provenance(found)
            for name in ("evidence", "derivations"):
                for item in record.get(name, []):
                    if repr(item) not in seen:
                        seen.add(repr(item))
                        existing.setdefault(name, []).append(item)
            return found
        named = _slug("-".join(str(record[f]) for f in _NAMED_BY[collection] if record.get(f)))
        base = f"{model.kind_name}-{named}" if named else model.kind_name
        record_id, n = base, self.numbered.get(base, 1)
        while record_id in self.ids:
            n += 1
            record_id = f"{base}-{n}"
        self.numbered[base] = n
        self.ids.add(record_id)
        self.identities[(collection, identity)] = record_id
        self.records[collection][record_id] = {"id": record_id, **record}
        # Its items as given, made text only when another mention merges into it (few do).
        self.first_items[record_id] = (*record.get("evidence", ()), *record.get("derivations", ()))
        return record_id

    def _provenance(self, record_id: str) -> set[str]:
        """A record's evidence and derivations, as text."""
        seen = self.provenance.get(record_id)
        if seen is None:
            seen = self.provenance[record_id] = {repr(i) for i in self.first_items.pop(record_id)}
        return seen
