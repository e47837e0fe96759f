"""JSON (formats/json.py): strict parsing with positions, deterministic lossless dumping."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from engagement_schema import Dataset, InvalidRecord, dumps, loads
from engagement_schema.formats import json as json_format
from engagement_schema.models.base import Node
from tests import checks
from tests.checks import assert_node_round_trip, assert_round_trip
from tests.strategies import MODELS, datasets, nodes


@settings(max_examples=100)
@given(datasets())
def test_dataset_round_trip_is_lossless_and_byte_identical(dataset: Dataset) -> None:
    assert_round_trip(dataset, "json")


@settings(max_examples=15)
@given(st.data())
@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_every_model_round_trips_through_json(model: type[Node], data: st.DataObject) -> None:
    assert_node_round_trip(data.draw(nodes(model)), json_format.dumps, json_format.parse)


def test_output_keeps_unicode_and_ends_with_a_newline() -> None:
    text = json_format.dumps({"name": "Tajikistan’s\u00a0leadership 🇹🇯"})
    assert "Tajikistan’s\u00a0leadership 🇹🇯" in text
    assert text.endswith("}\n")


def test_keys_come_in_model_order_with_schema_version_first(seed: Dataset) -> None:
    data = json.loads(dumps(seed, "json"))
    assert list(data)[:3] == ["schema_version", "sources", "places"]
    assert list(data["people"][0])[-2:] == ["evidence", "derivations"]


def syntax_problem(text: str) -> tuple[str, int | None, int | None]:
    return checks.syntax_problem(json_format.parse, text)


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_are_rejected_where_they_stand(constant: str) -> None:
    # Regression: Python's json reads them; the ValueError escaped as a traceback.
    message, line, column = syntax_problem('{\n  "sources": [\n    {"id": ' + constant + "}\n  ]\n}")
    assert message == f"invalid JSON: {constant} is not a JSON number"
    assert (line, column) == (3, 12)


def test_an_integer_too_long_to_read_is_rejected_where_it_stands() -> None:
    # Regression: int() refused it with a ValueError that escaped the parser.
    message, line, column = syntax_problem('{"people": [\n  ' + "1" * 5000 + "\n]}")
    assert message == "invalid JSON: a 5000-digit number is too long to read"
    assert (line, column) == (2, 3)


def test_a_duplicate_key_is_rejected_at_its_second_occurrence() -> None:
    text = '{\n  "people": [\n    {"id": "a",\n     "name": "A",\n     "id": "b"}\n  ]\n}'
    message, line, column = syntax_problem(text)
    assert message == "duplicate key 'id'"
    assert (line, column) == (5, 12)


def test_a_duplicate_key_spelled_with_an_escape_is_still_a_duplicate() -> None:
    message, line, _ = syntax_problem('{"id": "a",\n "\\u0069d": "b"}')
    assert (message, line) == ("duplicate key 'id'", 2)


@pytest.mark.parametrize(
    "text",
    [
        '{"id": "a",\n "id" : "b"}',  # the second spaced before its colon: no bare `":` to count
        '{"id"\t: "a", "id"\n: "b"}',
        '{"id": "a", "n": "say \\":", "id": "b"}',  # an escaped `\":` in a value, and a duplicate
    ],
)
def test_a_duplicate_key_is_found_however_the_keys_are_spaced(text: str) -> None:
    # The fast path counts bare `":`; a key spaced before its colon must not hide a duplicate.
    message, _, _ = syntax_problem(text)
    assert message == "duplicate key 'id'"


def test_a_colon_inside_a_string_is_not_a_duplicate_key() -> None:
    assert json_format.parse('{"a": "x\\": y", "b" : "\\" :"}') == {"a": 'x": y', "b": '" :'}


def test_load_leaves_depth_to_the_model_and_a_dataset_nested_too_deep_is_still_named() -> None:
    deep = '{"people": [' + "[" * 70 + "]" * 70 + "]}"
    assert json_format.load(deep)["people"]  # no depth limit: a closed model bounds valid data
    with pytest.raises(InvalidRecord) as caught:
        loads(deep, "json")
    assert [p.message for p in caught.value.problems] == ["nesting deeper than 64 levels"]


def test_nesting_deeper_than_records_need_is_rejected_where_it_goes_too_deep() -> None:
    assert syntax_problem("[" * 65 + "1" + "]" * 65) == ("nesting deeper than 64 levels", 1, 66)


def test_nesting_deeper_than_python_can_parse_is_rejected_without_recursion_error() -> None:
    assert syntax_problem("[" * 100_000 + "]" * 100_000) == ("nesting deeper than 64 levels", 1, 66)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"a": 1,}', (1, 9)),
        ('{"a": 1}\n{"b": 2}', (2, 1)),
        ("{'a': 1}", (1, 2)),
        ('{"a": "tab\there"}', (1, 11)),
        ("", (1, 1)),
    ],
)
def test_malformed_json_is_reported_with_line_and_column(text: str, expected: tuple[int, int]) -> None:
    message, line, column = syntax_problem(text)
    assert message.startswith("invalid JSON: ")
    assert (line, column) == expected


def test_invalid_utf8_is_reported_with_line_and_column() -> None:
    with pytest.raises(InvalidRecord) as caught:
        loads(b'{\n  "people": [{"id": "a", "name": "\xff"}]\n}', "json", source="bad.json")
    (problem,) = caught.value.problems
    assert (problem.line, problem.column) == (2, 35)
    assert str(caught.value) == "bad.json:2:35: (document): not UTF-8: byte 0xff at offset 36"


def test_a_byte_order_mark_is_accepted(seed: Dataset) -> None:
    text = dumps(seed, "json")
    assert loads(b"\xef\xbb\xbf" + text.encode("utf-8"), "json") == seed
    assert loads("\ufeff" + text, "json") == seed


def test_a_lone_surrogate_is_rejected_at_its_field() -> None:
    with pytest.raises(InvalidRecord) as caught:
        loads('{"people": [{"id": "a", "name": "\\ud800"}]}', "json")
    assert [p.dotted for p in caught.value.problems] == ["people.0.name"]


def test_model_errors_carry_the_line_and_column_of_the_value() -> None:
    text = '{\n  "people": [\n    {\n      "id": "a",\n      "name": "A",\n      "country": "XX"\n    }\n  ]\n}\n'
    with pytest.raises(InvalidRecord) as caught:
        loads(text, "json", source="people.json")
    (problem,) = caught.value.problems
    assert (problem.dotted, problem.line, problem.column) == ("people.0.country", 6, 18)


def test_a_missing_field_is_placed_at_the_record_that_lacks_it() -> None:
    text = '{"people": [\n  {"id": "a"}\n]}'
    with pytest.raises(InvalidRecord) as caught:
        loads(text, "json")
    (problem,) = caught.value.problems
    assert (problem.dotted, problem.line, problem.column) == ("people.0.name", 2, 3)


def test_locate_finds_values_inside_strings_with_escapes() -> None:
    text = '{"a": "x\\"y,]}", "b": [1, {"c": "\\\\"}]}'
    assert json_format.locate(text, ("b", 1, "c")) == (1, 33)
    assert json_format.locate(text, ("missing",)) is None


def test_every_problem_of_a_document_is_placed_by_one_scan(monkeypatch: pytest.MonkeyPatch) -> None:
    # Regression: each problem rescanned the whole text, so 500 problems took 17 s.
    scans = []
    values = json_format._values
    monkeypatch.setattr(json_format, "_values", lambda text: scans.append(1) or values(text))
    people = [{"id": f"p{i}", "name": f"P {i}", "country": "XX" if i % 2 else "TJ"} for i in range(200)]
    text = json.dumps({"people": people}, indent=2)
    with pytest.raises(InvalidRecord) as caught:
        loads(text, "json")
    lines = text.splitlines()
    assert len(caught.value.problems) == 100
    assert all('"XX"' in lines[p.line - 1] for p in caught.value.problems if p.line is not None)
    assert len(scans) == 1
