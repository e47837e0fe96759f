"""Errors (errors.py): each problem says where it is, and says it in the words of the formats."""

from __future__ import annotations

import pytest

from engagement_schema import InvalidRecord, loads
from engagement_schema.errors import SHOWN, Problem
from tests.checks import dataset_problems


def test_a_problem_names_an_enormous_value_without_echoing_it_whole() -> None:
    # Regression: a 10 MB IRI, key or concept was printed whole, once per problem.
    huge = "x" * 10_000_000
    message = f"{huge!r} is not a concept"
    rendered = Problem(("people", 0, huge), message).render("big.json")
    assert len(rendered) < 3 * SHOWN
    assert rendered.startswith("big.json: people.0.xxx")
    assert rendered.endswith(f"… ({len(message) - SHOWN} more characters)")


def test_a_problem_of_ordinary_length_is_shown_whole() -> None:
    message = "m" * SHOWN
    assert Problem(("people",), message, 2, 3).render("a.json") == f"a.json:2:3: people: {message}"


def test_a_list_is_called_a_list_and_a_record_a_mapping_not_python_types() -> None:
    # Regression: "Input should be a valid tuple" and "a valid dictionary or instance of Person".
    found = dataset_problems({"people": "votel", "places": [5]})
    assert [(p.dotted, p.message) for p in found] == [
        ("places.0", "Input should be a mapping of field names to values"),
        ("people", "Input should be a list"),
    ]


def test_a_document_that_is_not_a_mapping_says_so() -> None:
    with pytest.raises(InvalidRecord) as caught:
        loads("[]", "json", source="list.json")
    assert str(caught.value) == "list.json:1:1: (document): Input should be a mapping of field names to values"
