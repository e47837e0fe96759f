"""Evaluation: how far an extracted dataset agrees with a hand-checked one, fact by fact.

Records are compared by what they say, not by their ids, so two datasets made
independently can be scored: each is reduced to sets of facts per kind — people by
name, their ranks, honorifics, ceremonial styles, posts and states, organizations, places, engagements with their
parties, dates and cities, the topics spoken of, statements, aid and attributions —
with names normalised (case, accents, apostrophes, and for institutions and posts
the states that qualify them). Precision, recall and F1 are counted per kind.

A hand-checked record may be a full dataset (JSON or YAML with `schema_version`) or
the compact "facts" form used for the test reports (YAML without `schema_version`),
which lists only what is scored:

    people:
      - {name: Joseph Votel, rank: general, country: US, posts: [Commander of U.S. Central Command]}
    engagements:
      - {kind: visit, place: Dushanbe, participants: {Joseph Votel: visitor, Tajikistan: host}}
    topics: [border-security, sovereignty]
    aid:
      - {donor: United States, recipient: Tajikistan, value: "1800000000", currency: USD, qualifier: over}
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from engagement_schema.errors import InvalidRecord, Problem
from engagement_schema.extraction.organizations import name_key
from engagement_schema.extraction.places import gazetteer
from engagement_schema.formats import yaml as yaml_format
from engagement_schema.io import format_for, load
from engagement_schema.models import Dataset, Person

__all__ = [
    "KINDS",
    "Facts",
    "Report",
    "Score",
    "differences",
    "evaluate",
    "evaluate_corpus",
    "facts",
    "facts_from_data",
    "read_facts",
]

#: The kinds of fact scored, in the order a report prints them.
KINDS = (
    "people",
    "ranks",
    "honorifics",
    "styles",
    "countries",
    "posts",
    "organizations",
    "places",
    "engagements",
    "dates",
    "place",
    "topics",
    "statements",
    "aid",
    "aid-terms",
    "attributions",
)

Fact = tuple[Any, ...]


@dataclass(frozen=True)
class Facts:
    """A dataset's facts, as sets per kind."""

    by_kind: Mapping[str, frozenset[Fact]]

    def __getitem__(self, kind: str) -> frozenset[Fact]:
        return self.by_kind.get(kind, frozenset())


@dataclass(frozen=True)
class Score:
    """Agreement on one kind of fact."""

    kind: str
    matched: int
    predicted: int
    expected: int
    missing: tuple[Fact, ...] = ()
    extra: tuple[Fact, ...] = ()

    @property
    def precision(self) -> float:
        """Share of predicted facts that are right (1 when nothing was predicted)."""
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        """Share of expected facts found (1 when nothing was expected)."""
        return self.matched / self.expected if self.expected else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class Report:
    """Scores per kind of fact, and the facts that differ."""

    scores: tuple[Score, ...]
    total: Score = field(init=False)

    def __post_init__(self) -> None:
        total = Score(
            "all",
            sum(s.matched for s in self.scores),
            sum(s.predicted for s in self.scores),
            sum(s.expected for s in self.scores),
        )
        object.__setattr__(self, "total", total)

    def score(self, kind: str) -> Score:
        """The score of one kind."""
        return next(s for s in self.scores if s.kind == kind)

    def table(self) -> str:
        """A plain-text table: one row per kind, and the total."""
        rows = [f"{'kind':<14}{'expected':>9}{'found':>7}{'right':>7}{'precision':>11}{'recall':>8}{'F1':>7}"]
        for score in (*self.scores, self.total):
            rows.append(
                f"{score.kind:<14}{score.expected:>9}{score.predicted:>7}{score.matched:>7}"
                f"{score.precision:>11.2f}{score.recall:>8.2f}{score.f1:>7.2f}"
            )
        return "\n".join(rows)

    def differences(self) -> list[str]:
        """One line per differing fact: `kind: missing ...` or `kind: extra ...`."""
        lines = []
        for score in self.scores:
            lines += [f"{score.kind}: missing {_show(f)}" for f in score.missing]
            lines += [f"{score.kind}: extra {_show(f)}" for f in score.extra]
        return lines


def evaluate(gold: Dataset | Facts, predicted: Dataset | Facts, kinds: Iterable[str] = KINDS) -> Report:
    """Score `predicted` against the hand-checked `gold`, per kind of fact."""
    expected = gold if isinstance(gold, Facts) else facts(gold)
    found = predicted if isinstance(predicted, Facts) else facts(predicted)
    scores = []
    for kind in kinds:
        e, p = expected[kind], found[kind]
        scores.append(
            Score(kind, len(e & p), len(p), len(e), tuple(sorted(e - p, key=repr)), tuple(sorted(p - e, key=repr)))
        )
    return Report(tuple(scores))


def evaluate_corpus(
    pairs: Iterable[tuple[str, Dataset | Facts, Dataset | Facts]], kinds: Iterable[str] = KINDS
) -> Report:
    """Score a corpus: each (name, gold, predicted) report's facts pooled, so every fact
    counts once (micro-averaged) and a differing fact names its report."""
    expected: dict[str, set[Fact]] = {}
    found: dict[str, set[Fact]] = {}
    for name, gold, predicted in pairs:
        for pooled, one in ((expected, gold), (found, predicted)):
            one_facts = one if isinstance(one, Facts) else facts(one)
            for kind, kind_facts in one_facts.by_kind.items():
                pooled.setdefault(kind, set()).update((name, *fact) for fact in kind_facts)
    return evaluate(
        Facts({k: frozenset(v) for k, v in expected.items()}), Facts({k: frozenset(v) for k, v in found.items()}), kinds
    )


def differences(gold: Dataset | Facts, predicted: Dataset | Facts, kinds: Iterable[str] = KINDS) -> list[str]:
    """The facts on which two datasets differ, one readable line each."""
    return evaluate(gold, predicted, kinds).differences()


def read_facts(path: str | Path) -> Facts:
    """The facts of a file: a dataset (with `schema_version`) or the compact facts form."""
    source = str(path)
    if format_for(source) == "yaml":
        data = yaml_format.parse(Path(path).read_text(encoding="utf-8"))
        if isinstance(data, dict) and "schema_version" not in data:
            return facts_from_data(data, source=source)
    return facts(load(path))


# -- facts of a dataset --------------------------------------------------------------------


def _norm(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.replace("\u2019", "'").casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def _place(name: str) -> str:
    """A place's name as the gazetteer names it, normalised: "Viet Nam" and "Vietnam",
    "Ha Noi" and "Hanoi" are one place, whichever a record or a reader writes."""
    return _norm(gazetteer().names.get(" ".join(name.split()).casefold(), name))


def facts(dataset: Dataset) -> Facts:
    """The facts of a dataset, per kind."""
    names = _names(dataset)
    found: dict[str, set[Fact]] = {kind: set() for kind in KINDS}
    for person in dataset.people:
        name = _norm(person.name)
        found["people"].add((name,))
        if person.rank:
            found["ranks"].add((name, person.rank))
        if person.honorific:
            found["honorifics"].add((name, _norm(person.honorific)))
        found["styles"].update((name, _norm(style)) for style in person.styles)
        if person.country:
            found["countries"].add((name, person.country))
    posts = {p.id: p for p in dataset.posts}
    for occupancy in dataset.occupancies:
        found["posts"].add((names[occupancy.person], name_key(posts[occupancy.post].label)))
    for org in dataset.organizations:
        if org.evidence:
            found["organizations"].add((name_key(org.name), org.country or ""))
    for place in dataset.places:
        if place.evidence:
            found["places"].add((_place(place.name), place.kind))
    places = {p.id: p for p in dataset.places}
    for engagement in dataset.engagements:
        parties = frozenset((names[p.agent], p.role) for p in engagement.participants)
        found["engagements"].add((engagement.kind, parties))
        if engagement.start:
            found["dates"].add((engagement.kind, engagement.start))
        city = places.get(engagement.place or "")
        if city is not None and city.kind == "city":
            found["place"].add((engagement.kind, _place(city.name)))
        found["topics"].update((t,) for t in engagement.topics)
    kinds = {e.id: e.kind for e in dataset.engagements}
    for statement in dataset.statements:
        actors = frozenset(names[a] for a in statement.actors)
        found["statements"].add((statement.act, actors, frozenset(statement.topics)))
        found["topics"].update((t,) for t in statement.topics)
        kinds[statement.id] = statement.act
    for aid in dataset.aid_programs:
        donor, recipient = names[aid.donor], names[aid.recipient]
        if aid.amount is not None:
            value = _amount(aid.amount.value)
            found["aid"].add((donor, recipient, value, aid.amount.currency, aid.amount.qualifier))
        found["aid-terms"].add((donor, recipient, aid.start or "", frozenset(aid.sectors)))
        found["topics"].update((t,) for t in aid.topics)
        kinds[aid.id] = "aid"
    for attribution in dataset.attributions:
        agent = names.get(attribution.agent or "") or names.get(attribution.cited_source or "", "")
        found["attributions"].update((agent, kinds.get(c, "other")) for c in attribution.claims)
    return Facts({k: frozenset(v) for k, v in found.items()})


def _names(dataset: Dataset) -> dict[str, str]:
    """Each record's normalised name, by id: people by name, institutions by their key."""
    names: dict[str, str] = {}
    for name, record in dataset.records():
        if isinstance(record, Person):
            names[record.id] = _norm(record.name)
        elif name == "organizations":
            names[record.id] = name_key(getattr(record, "name", ""))
        elif name == "places":
            names[record.id] = _place(getattr(record, "name", ""))
        elif name == "sources":
            names[record.id] = _norm(getattr(record, "title", None) or "")
    return names


# -- facts of the compact form -----------------------------------------------------------------


def facts_from_data(data: Mapping[str, Any], *, source: str = "<facts>") -> Facts:
    """The facts of the compact form (see the module's docstring); a malformed entry
    raises `InvalidRecord` naming it."""
    try:
        return _compact(data)
    except (KeyError, TypeError, AttributeError, ValueError) as err:
        raise InvalidRecord(source, [Problem((), f"not a facts file: {err!r}")]) from None


def _compact(data: Mapping[str, Any]) -> Facts:
    found: dict[str, set[Fact]] = {kind: set() for kind in KINDS}
    institutions = {name_key(org["name"]) for org in data.get("organizations", [])}
    places = {_norm(place["name"]) for place in data.get("places", [])}

    def party(name: str) -> str:
        """A party's name as datasets' facts hold it: institutions (the file's own list says
        which names are) by their key, places by the gazetteer's name, others normalised."""
        key = name_key(name)
        if key in institutions:
            return key
        return _place(name) if _norm(name) in places else _norm(name)

    for person in data.get("people", []):
        name = _norm(person["name"])
        found["people"].add((name,))
        if person.get("rank"):
            found["ranks"].add((name, person["rank"]))
        if person.get("honorific"):
            found["honorifics"].add((name, _norm(person["honorific"])))
        found["styles"].update((name, _norm(style)) for style in person.get("styles", []))
        if person.get("country"):
            found["countries"].add((name, person["country"]))
        found["posts"].update((name, name_key(p)) for p in person.get("posts", []))
    for org in data.get("organizations", []):
        found["organizations"].add((name_key(org["name"]), org.get("country") or ""))
    for place in data.get("places", []):
        found["places"].add((_place(place["name"]), place["kind"]))
    for engagement in data.get("engagements", []):
        kind = engagement["kind"]
        parties = frozenset((party(a), role) for a, role in engagement.get("participants", {}).items())
        found["engagements"].add((kind, parties))
        if engagement.get("start"):
            found["dates"].add((kind, str(engagement["start"])))
        if engagement.get("place"):
            found["place"].add((kind, _place(engagement["place"])))
    found["topics"].update((t,) for t in data.get("topics", []))
    for statement in data.get("statements", []):
        actors = frozenset(party(a) for a in statement["actors"])
        found["statements"].add((statement["act"], actors, frozenset(statement.get("topics", []))))
    for aid in data.get("aid", []):
        donor, recipient = party(aid["donor"]), party(aid["recipient"])
        value = _amount(Decimal(str(aid["value"])))
        found["aid"].add((donor, recipient, value, aid["currency"], aid.get("qualifier", "exactly")))
        found["aid-terms"].add((donor, recipient, str(aid.get("start") or ""), frozenset(aid.get("sectors", []))))
    for attribution in data.get("attributions", []):
        agent = party(attribution["agent"])
        found["attributions"].update((agent, claim) for claim in attribution["claims"])
    return Facts({k: frozenset(v) for k, v in found.items()})


def _amount(value: Decimal) -> str:
    """An amount in plain digits, whatever its exponent: 1.5E+6 is 1500000."""
    return format(value.normalize(), "f")


def _show(fact: Fact) -> str:
    return "(" + ", ".join(_show_value(v) for v in fact) + ")"


def _show_value(value: Any) -> str:
    if isinstance(value, frozenset):
        return "{" + ", ".join(sorted(_show_value(v) for v in value)) + "}"
    if isinstance(value, tuple):
        return _show(value)
    return str(value)
