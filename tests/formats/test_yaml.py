"""YAML (formats/yaml.py): a safe strict loader with positions, a deterministic dumper."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from engagement_schema import Dataset, InvalidRecord, dumps, loads
from engagement_schema.formats import yaml as yaml_format
from engagement_schema.models.base import Node
from tests import checks
from tests.checks import assert_node_round_trip, assert_round_trip
from tests.strategies import MODELS, datasets, identifiers, nodes, texts


@settings(max_examples=100)
@given(datasets())
def test_dataset_round_trip_is_lossless_and_byte_identical(dataset: Dataset) -> None:
    assert_round_trip(dataset, "yaml")


@settings(max_examples=15)
@given(st.data())
@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_every_model_round_trips_through_yaml(model: type[Node], data: st.DataObject) -> None:
    assert_node_round_trip(data.draw(nodes(model)), yaml_format.dumps, yaml_format.parse)


@settings(max_examples=200)
@given(st.one_of(identifiers(), texts(), st.text()))
def test_any_string_comes_back_a_string(value: str) -> None:
    assert yaml_format.parse(yaml_format.dumps({"k": value})) == {"k": value}


@pytest.mark.parametrize("value", ["09", "1e5", "1E10", "-.5", "+1e+5", "007", "1_000", "0x1F", ".inf"])
def test_strings_that_look_like_numbers_are_quoted_when_dumped(value: str) -> None:
    # Regression: "09" and "1e5" were written bare and read back as floats.
    text = yaml_format.dumps({"id": value})
    assert text != f"id: {value}\n"
    assert yaml_format.parse(text) == {"id": value}


@pytest.mark.parametrize("value", ["yes", "no", "on", "off", "y", "n", "Yes", "NO", "2018-05-11", "12:30", "0o17"])
def test_yaml_11_booleans_and_dates_stay_strings(value: str) -> None:
    assert yaml_format.parse(f"value: {value}\n") == {"value": value}


@pytest.mark.parametrize(
    ("text", "expected"),
    [("true", True), ("False", False), ("null", None), ("~", None), ("", None), ("12", 12), ("-1.5", -1.5)],
)
def test_json_scalars_keep_their_types(text: str, expected: object) -> None:
    assert yaml_format.parse(f"value: {text}\n") == {"value": expected}


def syntax_problem(text: str) -> tuple[str, int | None, int | None]:
    return checks.syntax_problem(yaml_format.parse, text)


BILLION_LAUGHS = "a: &a ['lol','lol','lol','lol','lol','lol','lol','lol','lol']\n" + "".join(
    f"{name}: &{name} [{','.join([f'*{prev}'] * 9)}]\n" for prev, name in zip("abcdefgh", "bcdefghi", strict=True)
)


def test_an_alias_bomb_is_rejected_quickly() -> None:
    started = time.perf_counter()
    message, line, column = syntax_problem(BILLION_LAUGHS)
    assert time.perf_counter() - started < 1
    assert message == "invalid YAML: anchors and aliases are not allowed in records"
    assert line is not None
    assert column is not None


def test_an_alias_is_rejected_at_its_line() -> None:
    message, line, _ = syntax_problem("people:\n- &votel\n  id: votel\n  name: Votel\n- *votel\n")
    assert "aliases are not allowed" in message
    assert line in (2, 5)


@pytest.mark.parametrize(
    "tag",
    ["!!python/object/apply:os.system ['true']", "!!python/name:os.system", "!!python/tuple [1, 2]", "!custom x"],
)
def test_python_and_custom_tags_are_rejected(tag: str) -> None:
    message, line, column = syntax_problem(f"people:\n- id: a\n  name: {tag}\n")
    assert message.startswith("invalid YAML: ")
    assert (line, column) == (3, 9)


@pytest.mark.parametrize("tag", ["!!timestamp 2018-05-11", "!!set {a: null}", "!!binary aGk=", "!!omap [a: 1]"])
def test_tags_that_build_non_json_objects_are_rejected(tag: str) -> None:
    # Regression: the safe loader built dates, sets and bytes from these tags.
    message, line, column = syntax_problem(f"sources:\n- id: a\n  published: {tag}\n")
    assert message.endswith("is not allowed in records")
    assert (line, column) == (3, 14)


def test_a_duplicate_key_is_rejected_at_its_second_occurrence() -> None:
    message, line, column = syntax_problem("people:\n- id: a\n  name: A\n  id: b\n")
    assert (message, line, column) == ("invalid YAML: duplicate key 'id'", 4, 3)


@pytest.mark.parametrize("key", ["1", "true", "null", "[a]"])
def test_keys_must_be_strings(key: str) -> None:
    message, line, _ = syntax_problem(f"people:\n- {key}: a\n")
    assert "keys must be strings" in message
    assert line == 2


def test_an_integer_too_long_to_read_is_rejected_at_its_line() -> None:
    # Regression: int() raised a ValueError that escaped the parser.
    message, line, column = syntax_problem("people:\n- id: " + "1" * 5000 + "\n")
    assert message.startswith("invalid YAML: cannot read '1111")
    assert (line, column) == (2, 7)


def test_a_control_character_is_reported_with_line_and_column() -> None:
    # Regression: the reader's error had an offset but no line or column.
    message, line, column = syntax_problem('people:\n- id: a\n  name: "A\x07"\n')
    assert message == "invalid YAML: control characters are not allowed"
    assert (line, column) == (3, 11)


def test_two_documents_are_rejected() -> None:
    message, line, _ = syntax_problem("people: []\n---\nplaces: []\n")
    assert "single document" in message
    assert line == 2


def test_nesting_deeper_than_records_need_is_rejected() -> None:
    message, _, _ = syntax_problem("[" * 70 + "]" * 70)
    assert message == "invalid YAML: nesting deeper than 64 levels"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("people: [a, b\n", (2, 1)), ("a: b: c\n", (1, 5)), ("- a\nb: c\n", (2, 1)), ("a: 'unclosed\n", (2, 1))],
)
def test_malformed_yaml_is_reported_with_line_and_column(text: str, expected: tuple[int, int]) -> None:
    message, line, column = syntax_problem(text)
    assert message.startswith("invalid YAML: ")
    assert (line, column) == expected


@pytest.mark.parametrize(("text", "where"), [("people:\n\t- id: a\n", (2, 1)), ("a:\n  b: 1\n\tc: 2\n", (3, 1))])
def test_a_tab_that_breaks_the_indentation_is_named_as_a_tab(text: str, where: tuple[int, int]) -> None:
    # Regression: libyaml's message named no character ("found character that cannot start any token").
    message, line, column = syntax_problem(text)
    assert message.endswith("(a tab: YAML indents with spaces)")
    assert (line, column) == where


def test_invalid_utf8_is_reported_with_line_and_column() -> None:
    with pytest.raises(InvalidRecord) as caught:
        loads(b"people:\n- id: a\n  name: \xc3\x28\n", "yaml", source="bad.yaml")
    assert str(caught.value) == "bad.yaml:3:9: (document): not UTF-8: byte 0xc3 at offset 24"


def test_a_byte_order_mark_is_accepted(seed: Dataset) -> None:
    text = dumps(seed, "yaml")
    assert loads(b"\xef\xbb\xbf" + text.encode("utf-8"), "yaml") == seed


def test_model_errors_carry_the_line_and_column_of_the_value() -> None:
    text = "people:\n- id: a\n  name: A\n- id: b\n  name: B\n  rank: admiral-of-the-fleet\n"
    with pytest.raises(InvalidRecord) as caught:
        loads(text, "yaml", source="people.yaml")
    (problem,) = caught.value.problems
    assert (problem.dotted, problem.line, problem.column) == ("people.1.rank", 6, 9)
    assert str(caught.value) == (
        "people.yaml:6:9: people.1.rank: 'admiral-of-the-fleet' is not a concept of the ranks scheme"
    )


def test_a_date_the_calendar_lacks_is_reported_at_its_line() -> None:
    text = "engagements:\n- id: reception\n  kind: reception\n  start: 2018-02-30\n"
    with pytest.raises(InvalidRecord) as caught:
        loads(text, "yaml")
    (problem,) = caught.value.problems
    assert (problem.dotted, problem.line, problem.column) == ("engagements.0.start", 4, 10)
    assert "not a calendar date" in problem.message


def test_every_problem_of_a_document_is_placed_by_one_composition(monkeypatch: pytest.MonkeyPatch) -> None:
    # Regression: each problem composed the whole document again, so many problems took minutes.
    compositions = []
    compose = yaml_format.yaml.compose
    monkeypatch.setattr(yaml_format.yaml, "compose", lambda *a, **k: compositions.append(1) or compose(*a, **k))
    text = "".join(f"- id: p{i}\n  name: P {i}\n  country: {'XX' if i % 2 else 'TJ'}\n" for i in range(200))
    with pytest.raises(InvalidRecord) as caught:
        loads("people:\n" + text, "yaml")
    lines = ("people:\n" + text).splitlines()
    assert len(caught.value.problems) == 100
    assert all("XX" in lines[p.line - 1] for p in caught.value.problems if p.line is not None)
    assert len(compositions) == 1
