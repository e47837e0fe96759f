"""The dataset: every record of a report (or a corpus) and the checks across them.

Field types catch what one record can get wrong; the dataset catches what only the
whole can: duplicate ids, references that resolve to nothing or to the wrong kind of
record, part-of chains that loop, evidence spans that do not slice their quote from
the source text, and engagements dated years after the reports that cite them. It
reports every such problem with its path, not just the first.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import ClassVar, Literal, Self

from pydantic import model_validator

from engagement_schema.errors import IntegrityError, Path, Problem
from engagement_schema.models.aid import AidProgram
from engagement_schema.models.base import Node
from engagement_schema.models.engagements import Engagement
from engagement_schema.models.evidence import Evidence
from engagement_schema.models.fields import field_specs
from engagement_schema.models.organizations import Occupancy, Organization, Post
from engagement_schema.models.people import Person
from engagement_schema.models.periods import latest, too_far_ahead
from engagement_schema.models.places import Place
from engagement_schema.models.record import Record
from engagement_schema.models.sources import Attribution, SourceDocument
from engagement_schema.models.statements import Statement

SCHEMA_VERSION = "1.0"

#: Collection name -> record class, in the order a dataset is written.
COLLECTIONS: dict[str, type[Record]] = {
    "sources": SourceDocument,
    "places": Place,
    "organizations": Organization,
    "people": Person,
    "posts": Post,
    "occupancies": Occupancy,
    "engagements": Engagement,
    "statements": Statement,
    "aid_programs": AidProgram,
    "attributions": Attribution,
}

#: A record of each collection, with its article, for messages.
_A_RECORD = {
    "sources": "a source",
    "places": "a place",
    "organizations": "an organization",
    "people": "a person",
    "posts": "a post",
    "occupancies": "an occupancy",
    "engagements": "an engagement",
    "statements": "a statement",
    "aid_programs": "an aid program",
    "attributions": "an attribution",
}


class Dataset(Node):
    """Records of engagements with their people, posts, places, aid and sources.

    Beyond what JSON Schema can say, a valid dataset has unique ids; references that
    resolve to records of the right kind; no cycles in part-of, parent or containment
    chains; evidence spans as long as their quote and, where the source's text is
    given, slicing that quote from it; source texts that hash to their `sha256`; dates
    that exist in the calendar (no 2018-02-30); periods that do not end before they
    start; engagements that start at most a year after the latest report their evidence
    cites was published; IRIs that follow RFC 3987 in full; offsets written as integers
    (1, not 1.0); and lists that name no item twice, not even with its own lists reordered.
    """

    rdf_type: ClassVar[tuple[str, ...]] = ()
    reports_repeats: ClassVar[bool] = False  # a repeated id is an integrity problem, with its path

    schema_version: Literal["1.0"] = "1.0"
    sources: tuple[SourceDocument, ...] = ()
    places: tuple[Place, ...] = ()
    organizations: tuple[Organization, ...] = ()
    people: tuple[Person, ...] = ()
    posts: tuple[Post, ...] = ()
    occupancies: tuple[Occupancy, ...] = ()
    engagements: tuple[Engagement, ...] = ()
    statements: tuple[Statement, ...] = ()
    aid_programs: tuple[AidProgram, ...] = ()
    attributions: tuple[Attribution, ...] = ()

    @model_validator(mode="after")
    def _integrity(self) -> Self:
        problems = integrity_problems(self)
        if problems:
            raise IntegrityError(problems)
        return self

    def records(self) -> Iterator[tuple[str, Record]]:
        """Every record with the name of its collection."""
        for name in COLLECTIONS:
            for record in getattr(self, name):
                yield name, record

    def get(self, record_id: str) -> Record:
        """The record with this id; KeyError when there is none."""
        for _, record in self.records():
            if record.id == record_id:
                return record
        raise KeyError(record_id)


def integrity_problems(dataset: Dataset) -> list[Problem]:
    """Every cross-record problem of `dataset`, each with its path."""
    index: dict[str, str] = {}
    problems: list[Problem] = []
    for name in COLLECTIONS:
        for i, record in enumerate(getattr(dataset, name)):
            if record.id in index:
                problems.append(
                    Problem((name, i, "id"), f"id {record.id!r} is also used by {_A_RECORD[index[record.id]]}")
                )
            else:
                index[record.id] = name
    texts = {s.id: s.text for s in dataset.sources if s.text is not None}
    for name in COLLECTIONS:
        for i, record in enumerate(getattr(dataset, name)):
            problems.extend(_node_problems(record, (name, i), index, texts))
    problems.extend(_cycles(dataset))
    problems.extend(_announced_too_far_ahead(dataset))
    return problems


def _node_problems(node: Node, path: Path, index: dict[str, str], texts: dict[str, str]) -> list[Problem]:
    problems: list[Problem] = []
    _walk(node, path, index, texts, problems)
    return problems


def _walk(node: Node, path: Path, index: dict[str, str], texts: dict[str, str], problems: list[Problem]) -> None:
    # Appends to one list rather than yielding, and builds a path only to recurse or to
    # report: every node of every record is walked.
    for name, many, refs in _links(type(node)):
        value = getattr(node, name)
        items = value if many else () if value is None else (value,)
        if refs:
            for j, item in enumerate(items):
                if (found := index.get(item)) not in refs:
                    problems.append(_wrong_reference(item, refs, found, (*path, name, j) if many else (*path, name)))
        else:
            for j, item in enumerate(items):
                if type(item) is Evidence and _sound_evidence(item, index, texts):
                    continue  # the usual leaf, passed without building its path
                _walk(item, (*path, name, j) if many else (*path, name), index, texts, problems)
    if type(node) is Evidence and node.source in texts:
        text = texts[node.source]
        if node.end > len(text) or text[node.start : node.end] != node.quote:
            problems.extend(_span_problems(node, path, text))


def _sound_evidence(evidence: Evidence, index: dict[str, str], texts: dict[str, str]) -> bool:
    """Whether evidence names a source and, when its text is given, slices its quote from
    it: what `_walk` checks of it, told without a call per field. Most nodes are evidence."""
    if index.get(evidence.source) != "sources":
        return False
    text = texts.get(evidence.source)
    return text is None or text[evidence.start : evidence.end] == evidence.quote


@cache
def _links(model: type[Node]) -> tuple[tuple[str, bool, tuple[str, ...]], ...]:
    """The fields that reference records (with the collections they may name) or hold
    nested values (with none): all the walk needs, as plain tuples."""
    return tuple((spec.name, spec.many, spec.refs) for spec in field_specs(model) if spec.refs or spec.node is not None)


def _wrong_reference(item: str, refs: tuple[str, ...], found: str | None, path: Path) -> Problem:
    expected = " or ".join(_A_RECORD[c] for c in refs)
    actual = _A_RECORD[found] if found else "nothing"
    return Problem(path, f"{item!r} should be the id of {expected}, but names {actual}")


def _span_problems(evidence: Evidence, path: Path, text: str) -> Iterator[Problem]:
    if evidence.end > len(text):
        yield Problem((*path, "end"), f"span ends at {evidence.end}, past the source text's {len(text)} characters")
    elif text[evidence.start : evidence.end] != evidence.quote:
        actual = text[evidence.start : evidence.end]
        yield Problem(
            (*path, "quote"),
            f"the text at {evidence.start}:{evidence.end} is {actual!r}, not {evidence.quote!r}",
        )


def _announced_too_far_ahead(dataset: Dataset) -> Iterator[Problem]:
    """Engagements that start more than a year after every report citing them (see `periods`)."""
    published = {s.id: s.published for s in dataset.sources}
    for i, engagement in enumerate(dataset.engagements):
        cited = [published.get(e.source) for e in engagement.evidence]
        dates = [d for d in cited if d is not None]
        if engagement.start is None or not dates or len(dates) < len(cited):
            continue  # a source without a date bounds nothing
        if too_far_ahead(engagement.start, dates):
            last = max(dates, key=latest)
            message = (
                f"starts {engagement.start}, more than a year after its latest source was published ({last}); "
                "news announces visits weeks ahead, not years: is the year mistyped?"
            )
            yield Problem(("engagements", i, "start"), message)


def _cycles(dataset: Dataset) -> Iterator[Problem]:
    for name, field in _chains():
        records = getattr(dataset, name)
        parent = {r.id: step for r in records if (step := getattr(r, field)) is not None}
        if not parent:
            continue
        for i, record in enumerate(records):
            seen = {record.id}
            step = parent.get(record.id)
            while step is not None and step not in seen:
                seen.add(step)
                step = parent.get(step)
            if step == record.id:
                yield Problem((name, i, field), f"{field} chain of {record.id!r} loops back to itself")


@cache
def _chains() -> tuple[tuple[str, str], ...]:
    """(collection, field) of each single-valued link within one collection: the links
    that can form chains (part-of, parent, containment), so the ones that can loop."""
    return tuple(
        (name, spec.name)
        for name, model in COLLECTIONS.items()
        for spec in field_specs(model)
        if spec.refs == (name,) and not spec.many
    )
