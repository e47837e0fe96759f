"""The dataset (models/dataset.py): integrity across records, every problem with its path."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given, settings

from engagement_schema import Dataset, InvalidRecord, loads
from engagement_schema.errors import Path
from engagement_schema.models import COLLECTIONS
from engagement_schema.models.base import Node
from engagement_schema.models.fields import field_specs
from tests.checks import dataset_problems, paths
from tests.strategies import dataset_data, datasets


def reference_sites(data: dict[str, Any]) -> Iterator[Path]:
    """The path of every reference in plain dataset data, read from the models' fields."""
    for name, model in COLLECTIONS.items():
        for i, record in enumerate(data.get(name, [])):
            yield from _sites(model, record, (name, i))


def _sites(model: type[Node], node: dict[str, Any], path: Path) -> Iterator[Path]:
    for spec in field_specs(model):
        if spec.name not in node:
            continue
        items = node[spec.name] if spec.many else [node[spec.name]]
        for j, item in enumerate(items):
            where = (*path, spec.name, j) if spec.many else (*path, spec.name)
            if spec.refs:
                yield where
            if spec.node is not None:
                yield from _sites(spec.node, item, where)


def put(data: Any, path: Path, value: Any) -> None:
    for step in path[:-1]:
        data = data[step]
    data[path[-1]] = value


def dotted(path: Path) -> str:
    return ".".join(map(str, path))


@settings(max_examples=100)
@given(datasets())
def test_generated_datasets_are_valid_and_every_record_can_be_found(dataset: Dataset) -> None:
    for name, record in dataset.records():
        assert dataset.get(record.id) is record
        assert isinstance(record, COLLECTIONS[name])


@settings(max_examples=100)
@given(dataset_data())
def test_every_dangling_reference_is_reported_with_its_path(data: dict[str, Any]) -> None:
    broken = copy.deepcopy(data)
    sites = list(reference_sites(broken))
    for n, site in enumerate(sites):
        put(broken, site, f"gone-{n}")
    if not sites:
        Dataset.model_validate(broken)
        return
    found = dataset_problems(broken)
    assert paths(found) == {dotted(s) for s in sites}
    assert all("names nothing" in p.message for p in found)


def test_each_kind_of_reference_names_its_path_and_what_it_expected() -> None:
    data = {
        "sources": [{"id": "s", "publisher": "nobody"}],
        "organizations": [{"id": "o", "name": "O", "kind": "ministry", "parent": "x1", "location": "x2"}],
        "people": [{"id": "p", "name": "P", "evidence": [{"source": "x3", "start": 0, "end": 1, "quote": "P"}]}],
        "posts": [{"id": "post", "label": "Minister", "organization": "x4"}],
        "occupancies": [{"id": "occ", "person": "x5", "post": "x6"}],
        "engagements": [
            {
                "id": "e",
                "kind": "visit",
                "place": "x7",
                "part_of": "x8",
                "participants": [{"agent": "x9", "role": "host", "posts": ["x10"]}],
            }
        ],
        "statements": [
            {
                "id": "st",
                "act": "discussed",
                "actors": ["x11"],
                "addressees": ["x12"],
                "engagement": "x13",
                "about": ["x14"],
            }
        ],
        "aid_programs": [{"id": "aid", "donor": "x15", "recipient": "x16"}],
        "attributions": [{"id": "at", "document": "x17", "agent": "x18", "cited_source": "x19", "claims": ["x20"]}],
    }
    found = {p.dotted: p.message for p in dataset_problems(data)}
    assert found == {
        "sources.0.publisher": "'nobody' should be the id of an organization, but names nothing",
        "organizations.0.parent": "'x1' should be the id of an organization, but names nothing",
        "organizations.0.location": "'x2' should be the id of a place, but names nothing",
        "people.0.evidence.0.source": "'x3' should be the id of a source, but names nothing",
        "posts.0.organization": "'x4' should be the id of an organization, but names nothing",
        "occupancies.0.person": "'x5' should be the id of a person, but names nothing",
        "occupancies.0.post": "'x6' should be the id of a post, but names nothing",
        "engagements.0.place": "'x7' should be the id of a place, but names nothing",
        "engagements.0.part_of": "'x8' should be the id of an engagement, but names nothing",
        "engagements.0.participants.0.agent": (
            "'x9' should be the id of a person or an organization or a place, but names nothing"
        ),
        "engagements.0.participants.0.posts.0": "'x10' should be the id of a post, but names nothing",
        "statements.0.actors.0": "'x11' should be the id of a person or an organization or a place, but names nothing",
        "statements.0.addressees.0": (
            "'x12' should be the id of a person or an organization or a place, but names nothing"
        ),
        "statements.0.engagement": "'x13' should be the id of an engagement, but names nothing",
        "statements.0.about.0": (
            "'x14' should be the id of an engagement or an organization or a person or a place or an aid program,"
            " but names nothing"
        ),
        "aid_programs.0.donor": "'x15' should be the id of a place or an organization, but names nothing",
        "aid_programs.0.recipient": "'x16' should be the id of a place or an organization, but names nothing",
        "attributions.0.document": "'x17' should be the id of a source, but names nothing",
        "attributions.0.agent": "'x18' should be the id of an organization or a person, but names nothing",
        "attributions.0.cited_source": "'x19' should be the id of a source, but names nothing",
        "attributions.0.claims.0": (
            "'x20' should be the id of an engagement or a statement or an aid program or an occupancy or a person,"
            " but names nothing"
        ),
    }


def test_a_reference_to_the_wrong_kind_of_record_says_what_it_names() -> None:
    data = {
        "people": [{"id": "votel", "name": "Joseph Votel"}],
        "posts": [{"id": "commander", "label": "Commander", "organization": "votel"}],
    }
    (problem,) = dataset_problems(data)
    assert (problem.dotted, problem.message) == (
        "posts.0.organization",
        "'votel' should be the id of an organization, but names a person",
    )


def test_an_id_used_by_two_kinds_of_record_is_reported_at_the_second() -> None:
    data = {
        "places": [{"id": "dushanbe", "name": "Dushanbe", "kind": "city"}],
        "people": [{"id": "dushanbe", "name": "D"}],
    }
    assert [(p.dotted, p.message) for p in dataset_problems(data)] == [
        ("people.0.id", "id 'dushanbe' is also used by a place")
    ]


def test_a_repeated_id_in_one_collection_is_reported_with_every_other_problem() -> None:
    # Regression: "people lists {...} twice" at the document hid the path and every other problem.
    data = {
        "people": [{"id": "votel", "name": "Joseph Votel"}, {"id": "votel", "name": "Votel"}],
        "posts": [{"id": "commander", "label": "Commander", "organization": "centcom"}],
    }
    assert [(p.dotted, p.message) for p in dataset_problems(data)] == [
        ("people.1.id", "id 'votel' is also used by a person"),
        ("posts.0.organization", "'centcom' should be the id of an organization, but names nothing"),
    ]


@pytest.mark.parametrize(
    ("collection", "field", "record"),
    [
        ("organizations", "parent", {"name": "O", "kind": "ministry"}),
        ("places", "contained_in", {"name": "P", "kind": "region"}),
        ("engagements", "part_of", {"kind": "meeting"}),
    ],
)
def test_a_chain_that_loops_is_reported_at_each_record_in_the_loop(
    collection: str, field: str, record: dict[str, Any]
) -> None:
    # a -> b -> c -> a loops; d -> a only leads into the loop; e points at itself.
    links = {"a": "b", "b": "c", "c": "a", "d": "a", "e": "e"}
    data = {collection: [{"id": id, field: target, **record} for id, target in links.items()]}
    found = {p.dotted: p.message for p in dataset_problems(data)}
    assert found == {
        f"{collection}.{i}.{field}": f"{field} chain of {id!r} loops back to itself"
        for i, id in enumerate(links)
        if id != "d"
    }


TEXT = "General Joseph Votel visited Dushanbe."


def with_evidence(*spans: dict[str, Any], derived: dict[str, Any] | None = None) -> dict[str, Any]:
    person: dict[str, Any] = {"id": "votel", "name": "Joseph Votel", "evidence": list(spans)}
    if derived is not None:
        person["derivations"] = [{"field": "country", "method": "m", "evidence": [derived]}]
    return {"sources": [{"id": "s", "text": TEXT}, {"id": "no-text"}], "people": [person]}


def test_evidence_that_slices_its_quote_from_the_text_is_valid() -> None:
    dataset = Dataset.model_validate(with_evidence({"source": "s", "start": 8, "end": 20, "quote": "Joseph Votel"}))
    (evidence,) = dataset.people[0].evidence
    assert TEXT[evidence.start : evidence.end] == evidence.quote


def test_evidence_whose_quote_is_not_the_text_there_is_reported() -> None:
    found = dataset_problems(with_evidence({"source": "s", "start": 0, "end": 5, "quote": "Votel"}))
    assert [(p.dotted, p.message) for p in found] == [
        ("people.0.evidence.0.quote", "the text at 0:5 is 'Gener', not 'Votel'")
    ]


def test_evidence_past_the_end_of_the_text_is_reported() -> None:
    found = dataset_problems(with_evidence({"source": "s", "start": 35, "end": 40, "quote": "Votel"}))
    assert [(p.dotted, p.message) for p in found] == [
        ("people.0.evidence.0.end", f"span ends at 40, past the source text's {len(TEXT)} characters")
    ]


def test_evidence_inside_a_derivation_is_checked_too() -> None:
    found = dataset_problems(with_evidence(derived={"source": "s", "start": 29, "end": 37, "quote": "Tashkent"}))
    assert paths(found) == {"people.0.derivations.0.evidence.0.quote"}


def test_evidence_on_a_source_without_text_is_checked_only_for_length() -> None:
    dataset = Dataset.model_validate(with_evidence({"source": "no-text", "start": 0, "end": 5, "quote": "Votel"}))
    assert dataset.people[0].evidence[0].source == "no-text"


def test_a_source_text_that_does_not_match_its_sha256_is_reported_at_the_source() -> None:
    found = dataset_problems({"sources": [{"id": "s", "text": TEXT, "sha256": "0" * 64}]})
    assert [p.dotted for p in found] == ["sources.0"]
    assert "hashes to" in found[0].message


def test_problems_across_records_name_the_input_position_not_the_sorted_one() -> None:
    # Regression: integrity ran on sorted lists, so "occupancies.0" named the second record given.
    data = {
        "people": [{"id": "zarina", "name": "Z"}, {"id": "alim", "name": "A"}],
        "posts": [{"id": "post", "label": "Minister", "organization": "o"}],
        "organizations": [{"id": "o", "name": "O", "kind": "ministry"}],
        "occupancies": [
            {"id": "z-occ", "person": "nobody", "post": "post"},
            {"id": "a-occ", "person": "alim", "post": "post"},
        ],
        "engagements": [
            {
                "id": "e",
                "kind": "meeting",
                "participants": [{"agent": "zarina", "role": "host"}, {"agent": "absent", "role": "attendee"}],
            }
        ],
    }
    text = json.dumps(data, indent=2)
    with pytest.raises(InvalidRecord) as caught:
        loads(text, "json")
    lines = text.splitlines()
    found = {p.dotted: p for p in caught.value.problems}
    assert set(found) == {"occupancies.0.person", "engagements.0.participants.1.agent"}
    for problem in found.values():
        assert problem.line is not None
        assert ("nobody" if "occupancies" in problem.dotted else "absent") in lines[problem.line - 1]


def test_a_valid_dataset_is_kept_in_canonical_order() -> None:
    dataset = Dataset.model_validate({"people": [{"id": "zarina", "name": "Z"}, {"id": "alim", "name": "A"}]})
    assert [p.id for p in dataset.people] == ["alim", "zarina"]


def test_schema_version_is_1_0() -> None:
    assert Dataset().schema_version == "1.0"
    assert paths(dataset_problems({"schema_version": "2.0"})) == {"schema_version"}


def test_get_raises_key_error_for_an_unknown_id() -> None:
    with pytest.raises(KeyError):
        Dataset().get("nobody")
