"""Hypothesis strategies for valid engagement records and datasets, and their plain data.

`datasets()` is the entry point other test modules (the RDF round trips among them) reuse:
it draws a valid `Dataset` of the seed's shape — sources with and without their text,
evidence spans that slice that text, people, organizations with acyclic parent chains,
posts and who holds them, places with containment, engagements with participants and
part-of chains, statements, aid programs, attributions — with referential integrity, so
every draw passes `Dataset` validation. `dataset_data()` is the same as plain JSON data.

Strings are what reports hold, and what breaks serialisers: curly quotes, non-breaking
spaces, emoji (and flags made of two code points), right-to-left marks, Cyrillic and
Arabic letters, backslashes, double quotes, tabs and newlines. Identifiers include ones a
YAML 1.1 reader would take for numbers or booleans ("09", "1e5", "yes", "null").

Sizes are bounded (at most `max_records` records in each collection, at most two
evidence spans a record) so that a property run with 200 examples takes a few seconds.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import string
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pycountry
from hypothesis import strategies as st

from engagement_schema.models import (
    COLLECTIONS,
    AidProgram,
    Attribution,
    Dataset,
    Derivation,
    Engagement,
    Evidence,
    MonetaryAmount,
    Occupancy,
    Organization,
    Participation,
    Person,
    Place,
    Post,
    SourceDocument,
    Statement,
)
from engagement_schema.models.base import Node
from engagement_schema.models.fields import field_specs
from engagement_schema.models.periods import ANNOUNCED_AHEAD, earliest, latest
from engagement_schema.vocabularies import event_kinds, ranks, sectors, speech_acts, topics

__all__ = [
    "AGENT_COLLECTIONS",
    "MODELS",
    "dataset_data",
    "datasets",
    "identifiers",
    "node_data",
    "nodes",
    "partial_dates",
    "texts",
]

#: Collections whose records can act, address or take part (a state acts as its country place).
AGENT_COLLECTIONS = ("people", "organizations", "places")

_ID_FIRST = string.ascii_letters + string.digits
_ID_REST = _ID_FIRST + "._~-"
#: Identifiers YAML 1.1 (or a careless YAML 1.2 reader) would read as another type.
_TRICKY_IDS = ("09", "1e5", "1E10", "007", "0", "1.0", "yes", "No", "on", "null", "true", "NaN", "x")

_CHARS = (
    string.ascii_letters
    + string.digits
    + "   .,;:-()/&%$#!?"
    + "\u00a0’‘“”\"'\\\n\t—–"
    + "éöşğÇ"
    + "ДушанбеТаджикистан"
    + "دوشنبه"
    + "\u200f\u200e"
    + "😀🇹🇯"
)
_WORDS = (
    "General Joseph Votel",
    "Dushanbe",
    "Tajikistan’s leadership",
    "“border security”",
    "Colonel-General",
    "U.S. Central Command",
    "Душанбе",
    "دوشنبه",
    "back\\slash",
    'a "quoted" word',
    "line one\nline two",
    "tab\there",
    "non\u00a0breaking",
    "flag 🇹🇯 and 😀",
    "\u200fright-to-left\u200e",
)


_PIECES = (*_WORDS, *_CHARS, " ", " ")


def _has_visible(value: str) -> bool:
    # The models' Text type: at least one character that is not white space in any regex dialect.
    return any(not c.isspace() and c not in "\ufeff\x85" for c in value)


def texts(max_pieces: int = 6) -> st.SearchStrategy[str]:
    """Non-blank free text (names, labels, descriptions) with the characters reports hold.

    Mostly words and single characters strung together (few draws, so fast), sometimes
    a short run of arbitrary characters from the same alphabet.
    """
    pieces = st.lists(st.sampled_from(_PIECES), min_size=1, max_size=max_pieces).map("".join)
    return st.one_of(pieces, pieces, st.text(st.sampled_from(_CHARS), min_size=1, max_size=12)).filter(_has_visible)


def identifiers() -> st.SearchStrategy[str]:
    """Record ids: mostly slug-like, sometimes ones YAML would mistype."""
    slug = st.builds(
        lambda first, rest: first + rest,
        st.sampled_from(_ID_FIRST),
        st.text(st.sampled_from(_ID_REST), max_size=20),
    )
    return st.one_of(slug, st.sampled_from(_TRICKY_IDS))


def partial_dates(max_value: dt.date = dt.date.max) -> st.SearchStrategy[str]:
    """Calendar dates at year, month or day precision, none after `max_value`."""
    return st.builds(
        lambda day, precision: day.isoformat()[:precision],
        st.dates(min_value=dt.date(1000, 1, 1), max_value=max_value),
        st.sampled_from([4, 7, 10]),
    )


_IRIS = st.one_of(
    st.integers(1, 10**8).map(lambda n: f"http://www.wikidata.org/entity/Q{n}"),
    st.sampled_from(
        [
            "https://example.org/people/votel",
            "https://example.org/a?b=c&d=e#frag",
            "https://例え.jp/душанбе",
            "urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66",
            "mailto:press@example.org",
        ]
    ),
)
_LANGUAGES = st.sampled_from(["en", "ru", "tg", "fa", "uz", "en-US", "zh-Hant-TW", "ast"])
_COUNTRIES = st.sampled_from(sorted(c.alpha_2 for c in pycountry.countries))
_CURRENCIES = st.one_of(
    st.sampled_from(["USD", "EUR", "RUB", "TJS"]), st.sampled_from(sorted(c.alpha_3 for c in pycountry.currencies))
)
#: Amounts as the pattern admits them, from "0" to 21 integer and 10 fraction digits.
_AMOUNTS = st.one_of(
    st.sampled_from(["1800000000", "0", "0.5", "12.25", "999999999999999999999.9999999999"]),
    st.builds(
        lambda whole, frac: str(whole) + (f".{frac}" if frac else ""),
        st.integers(0, 10**21 - 1),
        st.one_of(st.just(""), st.text(st.sampled_from(string.digits), min_size=1, max_size=10)),
    ),
)


def _choices(model: type[Node], field: str) -> tuple[str, ...]:
    """The values of a Literal field, read from the model so the strategies never drift."""
    return next(spec.choices for spec in field_specs(model) if spec.name == field)


# Built once: constructing strategies inside a draw costs more than drawing from them.
_TEXT = texts()
_LONG_TEXT = texts(12)
_DATE = partial_dates()
_HEX64 = st.binary(min_size=32, max_size=32).map(bytes.hex)
_HONORIFICS = st.sampled_from(["President", "Prime Minister", "King", "Emir"])
_BOOL = st.booleans()


def _maybe(draw: st.DrawFn, strategy: st.SearchStrategy[Any]) -> Any:
    return draw(strategy) if draw(_BOOL) else None


def _pick(draw: st.DrawFn, pool: tuple[str, ...]) -> str:
    return pool[draw(st.integers(0, len(pool) - 1))]


def _maybe_pick(draw: st.DrawFn, pool: tuple[str, ...]) -> str | None:
    return _pick(draw, pool) if pool and draw(_BOOL) else None


def _subset(draw: st.DrawFn, pool: tuple[str, ...], max_size: int = 3) -> list[str]:
    return draw(st.lists(st.sampled_from(pool), unique=True, max_size=max_size)) if pool else []


@dataclass(frozen=True)
class World:
    """The ids a draw may refer to, by collection, and each source's text and date if given."""

    ids: dict[str, tuple[str, ...]]
    source_texts: dict[str, str | None]
    published: dict[str, str | None]

    def pool(self, *collections: str) -> tuple[str, ...]:
        return tuple(i for c in collections for i in self.ids.get(c, ()))


def _put(data: dict[str, Any], **values: Any) -> dict[str, Any]:
    """`data` with the values that are not None or empty (so plain data stays minimal)."""
    data.update({k: v for k, v in values.items() if v is not None and v != []})
    return data


# --- provenance -------------------------------------------------------------------------


def _evidence(draw: st.DrawFn, world: World) -> dict[str, Any]:
    source = _pick(draw, tuple(world.source_texts))
    text = world.source_texts[source]
    if text:
        start = draw(st.integers(0, len(text) - 1))
        end = draw(st.integers(start + 1, min(len(text), start + 60)))
        quote = text[start:end]
    else:
        quote = draw(st.one_of(_TEXT, st.sampled_from([" ", "\n", "’"])))
        start = draw(st.integers(0, 10**6))
        end = start + len(quote)
    return {"source": source, "start": start, "end": end, "quote": quote}


def _evidence_list(draw: st.DrawFn, world: World, max_size: int = 2) -> list[dict[str, Any]]:
    spans = {}
    for _ in range(draw(st.integers(0, max_size))):
        span = _evidence(draw, world)
        spans[tuple(span.values())] = span  # a span listed twice is an error: keep one
    return list(spans.values())


def _derivation(draw: st.DrawFn, world: World, fields: tuple[str, ...]) -> dict[str, Any]:
    data = {"field": _pick(draw, fields), "method": draw(_LONG_TEXT)}
    return _put(data, evidence=_evidence_list(draw, world, max_size=1))


def _provenance(draw: st.DrawFn, world: World, model: type[Node]) -> dict[str, Any]:
    fields = tuple(s.name for s in field_specs(model) if s.name not in ("id", "evidence", "derivations"))
    derivations = [_derivation(draw, world, fields)] if draw(st.integers(0, 3)) == 0 else []
    return _put({}, evidence=_evidence_list(draw, world), derivations=derivations)


# --- records ----------------------------------------------------------------------------
# Each builder draws one record's plain data with the given id; `earlier` are the ids a
# chain (parent, contained_in, part_of) may point to, so chains never loop.


def _source(draw: st.DrawFn, world: World, id: str, earlier: tuple[str, ...]) -> dict[str, Any]:
    text = world.source_texts[id]
    if text is None:  # any hash will do: there is no text to check it against
        sha = _maybe(draw, _HEX64)
    else:
        sha = hashlib.sha256(text.encode("utf-8")).hexdigest() if draw(_BOOL) else None
    data = _put(
        {"id": id},
        title=_maybe(draw, _TEXT),
        publisher=_maybe_pick(draw, world.pool("organizations")),
        published=world.published[id],
        language=_maybe(draw, _LANGUAGES),
        url=_maybe(draw, _IRIS),
        sha256=sha,
        text=text,
    )
    return data | _provenance(draw, world, SourceDocument)


def _same_as(draw: st.DrawFn) -> list[str]:
    return draw(st.lists(_IRIS, unique=True, max_size=2))


def _place(draw: st.DrawFn, world: World, id: str, earlier: tuple[str, ...]) -> dict[str, Any]:
    data = _put(
        {"id": id, "name": draw(_TEXT), "kind": _pick(draw, _choices(Place, "kind"))},
        country=_maybe(draw, _COUNTRIES),
        contained_in=_maybe_pick(draw, earlier),
        same_as=_same_as(draw),
    )
    return data | _provenance(draw, world, Place)


def _organization(draw: st.DrawFn, world: World, id: str, earlier: tuple[str, ...]) -> dict[str, Any]:
    data = _put(
        {"id": id, "name": draw(_TEXT), "kind": _pick(draw, _choices(Organization, "kind"))},
        country=_maybe(draw, _COUNTRIES),
        parent=_maybe_pick(draw, earlier),
        location=_maybe_pick(draw, world.pool("places")),
        same_as=_same_as(draw),
    )
    return data | _provenance(draw, world, Organization)


def _person(draw: st.DrawFn, world: World, id: str, earlier: tuple[str, ...]) -> dict[str, Any]:
    data = _put(
        {"id": id, "name": draw(_TEXT)},
        given_name=_maybe(draw, _TEXT),
        family_name=_maybe(draw, _TEXT),
        rank=_maybe_pick(draw, ranks().ids),
        honorific=_maybe(draw, _HONORIFICS),
        country=_maybe(draw, _COUNTRIES),
        same_as=_same_as(draw),
    )
    return data | _provenance(draw, world, Person)


def _post(draw: st.DrawFn, world: World, id: str, earlier: tuple[str, ...]) -> dict[str, Any]:
    data = {"id": id, "label": draw(_TEXT), "organization": _pick(draw, world.pool("organizations"))}
    return data | _provenance(draw, world, Post)


def _period(draw: st.DrawFn, latest_start: dt.date = dt.date.max) -> dict[str, str | None]:
    """A start and an end, either of them left out, the end never before the start."""
    start = _maybe(draw, _DATE if latest_start == dt.date.max else partial_dates(latest_start))
    end = _maybe(draw, _DATE)
    if start is not None and end is not None and latest(end) < earliest(start):
        start, end = end, start  # now the end is certainly after the start
    return {"start": start, "end": end}


def _occupancy(draw: st.DrawFn, world: World, id: str, earlier: tuple[str, ...]) -> dict[str, Any]:
    data = _put(
        {"id": id, "person": _pick(draw, world.pool("people")), "post": _pick(draw, world.pool("posts"))},
        **_period(draw),
    )
    return data | _provenance(draw, world, Occupancy)


def _participation(draw: st.DrawFn, world: World) -> dict[str, Any]:
    return _put(
        {"agent": _pick(draw, world.pool(*AGENT_COLLECTIONS)), "role": _pick(draw, _choices(Participation, "role"))},
        posts=_subset(draw, world.pool("posts"), max_size=2),
    )


def _engagement(draw: st.DrawFn, world: World, id: str, earlier: tuple[str, ...]) -> dict[str, Any]:
    participants = {}
    if world.pool(*AGENT_COLLECTIONS):
        for _ in range(draw(st.integers(0, 3))):
            participation = _participation(draw, world)
            participants[participation["agent"], participation["role"]] = participation
    provenance = _provenance(draw, world, Engagement)
    data = _put(
        {"id": id, "kind": _pick(draw, event_kinds().ids)},
        name=_maybe(draw, _TEXT),
        **_period(draw, _announced_by(world, provenance.get("evidence", []))),
        place=_maybe_pick(draw, world.pool("places")),
        part_of=_maybe_pick(draw, earlier),
        participants=list(participants.values()),
        topics=_subset(draw, topics().ids),
        description=_maybe(draw, _LONG_TEXT),
    )
    return data | provenance


def _announced_by(world: World, evidence: list[dict[str, Any]]) -> dt.date:
    """The latest start the reports an engagement's evidence cites allow (see models.periods)."""
    dates = [world.published[e["source"]] for e in evidence]
    if not dates or None in dates:
        return dt.date.max
    last = max(latest(d) for d in dates if d is not None)
    return last + ANNOUNCED_AHEAD if last < dt.date.max - ANNOUNCED_AHEAD else dt.date.max


def _statement(draw: st.DrawFn, world: World, id: str, earlier: tuple[str, ...]) -> dict[str, Any]:
    agents = world.pool(*AGENT_COLLECTIONS)
    about = world.pool("engagements", "organizations", "people", "places", "aid_programs")
    data = _put(
        {
            "id": id,
            "act": _pick(draw, speech_acts().ids),
            "actors": draw(st.lists(st.sampled_from(agents), min_size=1, max_size=2, unique=True)),
        },
        addressees=_subset(draw, agents, max_size=2),
        engagement=_maybe_pick(draw, world.pool("engagements")),
        topics=_subset(draw, topics().ids),
        about=_subset(draw, about, max_size=2),
        content=_maybe(draw, _LONG_TEXT),
        reported=_maybe(draw, _BOOL),
    )
    return data | _provenance(draw, world, Statement)


def _amount(draw: st.DrawFn, world: World | None = None) -> dict[str, Any]:
    return _put(
        {"value": draw(_AMOUNTS), "currency": draw(_CURRENCIES)},
        qualifier=_maybe_pick(draw, _choices(MonetaryAmount, "qualifier")),
    )


def _aid_program(draw: st.DrawFn, world: World, id: str, earlier: tuple[str, ...]) -> dict[str, Any]:
    parties = world.pool("places", "organizations")
    data = _put(
        {"id": id, "donor": _pick(draw, parties), "recipient": _pick(draw, parties)},
        amount=_amount(draw) if draw(_BOOL) else None,
        **_period(draw),
        kinds=_subset(draw, _choices(AidProgram, "kinds")),
        sectors=_subset(draw, sectors().ids),
        topics=_subset(draw, topics().ids),
        description=_maybe(draw, _LONG_TEXT),
    )
    return data | _provenance(draw, world, AidProgram)


def _attribution(draw: st.DrawFn, world: World, id: str, earlier: tuple[str, ...]) -> dict[str, Any]:
    claims = world.pool("engagements", "statements", "aid_programs", "occupancies", "people")
    data = _put(
        {
            "id": id,
            "document": _pick(draw, world.pool("sources")),
            "claims": draw(st.lists(st.sampled_from(claims), min_size=1, max_size=3, unique=True)),
        },
        agent=_maybe_pick(draw, world.pool("organizations", "people")),
        cited_source=_maybe_pick(draw, world.pool("sources")),
    )
    return data | _provenance(draw, world, Attribution)


_BUILDERS: dict[str, Callable[[st.DrawFn, World, str, tuple[str, ...]], dict[str, Any]]] = {
    "sources": _source,
    "places": _place,
    "organizations": _organization,
    "people": _person,
    "posts": _post,
    "occupancies": _occupancy,
    "engagements": _engagement,
    "statements": _statement,
    "aid_programs": _aid_program,
    "attributions": _attribution,
}

#: What a collection's records must be able to refer to before it can have any.
_NEEDS: dict[str, tuple[tuple[str, ...], ...]] = {
    "posts": (("organizations",),),
    "occupancies": (("people",), ("posts",)),
    "statements": (AGENT_COLLECTIONS,),
    "aid_programs": (("places", "organizations"),),
    "attributions": (("engagements", "statements", "aid_programs", "occupancies", "people"),),
}

_SOURCE_TEXT = st.builds(
    lambda separator, parts: separator.join(parts),
    st.sampled_from([" ", "  ", "\n\n", ". "]),
    st.lists(texts(), min_size=1, max_size=5),
)


def _world(draw: st.DrawFn, counts: dict[str, int]) -> World:
    ids = draw(st.lists(identifiers(), min_size=sum(counts.values()), max_size=sum(counts.values()), unique=True))
    pools: dict[str, tuple[str, ...]] = {}
    for name, count in counts.items():
        pools[name], ids = tuple(ids[:count]), ids[count:]
    texts = {i: _maybe(draw, _SOURCE_TEXT) for i in pools["sources"]}
    return World(pools, texts, {i: _maybe(draw, _DATE) for i in pools["sources"]})


@st.composite
def dataset_data(draw: st.DrawFn, max_records: int = 3) -> dict[str, Any]:
    """A valid dataset as plain JSON data (lists, strings, ints; amounts as strings).

    Every reference resolves to a record of the right kind; parent, containment and
    part-of chains only point at earlier records, so none loops. Each collection holds
    at most `max_records` records (one or two sources).
    """
    counts = {name: draw(st.integers(0, max_records)) for name in COLLECTIONS}
    counts["sources"] = max(1, min(counts["sources"], 2))
    for name, needs in _NEEDS.items():
        if any(not any(counts[c] for c in alternatives) for alternatives in needs):
            counts[name] = 0
    world = _world(draw, counts)
    data: dict[str, Any] = {"schema_version": "1.0"}
    for name, build in _BUILDERS.items():
        if world.ids[name]:
            data[name] = [build(draw, world, id, world.ids[name][:i]) for i, id in enumerate(world.ids[name])]
    return data


def datasets(max_records: int = 3) -> st.SearchStrategy[Dataset]:
    """A valid `Dataset` with referential integrity; see `dataset_data` for its shape."""
    return dataset_data(max_records).map(Dataset.model_validate)


# --- single nodes -----------------------------------------------------------------------

_PARTS: dict[type[Node], Callable[[st.DrawFn, World], dict[str, Any]]] = {
    Evidence: _evidence,
    Derivation: lambda draw, world: _derivation(draw, world, ("start", "place", "name")),
    Participation: _participation,
    MonetaryAmount: _amount,
}


#: Every model `node_data` and `nodes` can draw: the records and the nodes inside them.
MODELS: tuple[type[Node], ...] = (*COLLECTIONS.values(), *_PARTS)


@st.composite
def node_data(draw: st.DrawFn, model: type[Node]) -> dict[str, Any]:
    """Plain data of one valid node of `model` (a record, or an evidence, amount, ...).

    Its references name ids that resolve to nothing: only a dataset checks them.
    """
    world = _world(draw, dict.fromkeys(COLLECTIONS, 2))
    for name, record in COLLECTIONS.items():
        if record is model:
            return _BUILDERS[name](draw, world, world.ids[name][0], ())
    return _PARTS[model](draw, world)


def nodes(model: type[Node]) -> st.SearchStrategy[Node]:
    """One valid node of `model`, validated from `node_data(model)`."""
    return node_data(model).map(model.model_validate)
