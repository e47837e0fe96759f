"""Assertion helpers shared by the test modules: problems reported, and format round trips."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

from engagement_schema import Dataset, InvalidRecord, dumps, loads, validate_data
from engagement_schema.errors import Problem, SyntaxProblem, problems_from
from engagement_schema.models.base import Node


def problems(model: type[BaseModel], data: Any) -> list[str]:
    """Each problem `model` finds in `data`, as `path: message`; fails if it finds none."""
    with pytest.raises(ValidationError) as caught:
        model.model_validate(data)
    return [f"{p.dotted}: {p.message}" for p in problems_from(caught.value)]


def dataset_problems(data: Any) -> list[Problem]:
    """The problems validating `data` as a dataset reports; fails if it reports none."""
    with pytest.raises(InvalidRecord) as caught:
        validate_data(data)
    return list(caught.value.problems)


def paths(found: list[Problem]) -> set[str]:
    """The dotted paths of `found`."""
    return {p.dotted for p in found}


def assert_round_trip(dataset: Dataset, format: str) -> None:
    """`format` writes the same text twice, reads it back equal, and writes it again unchanged."""
    text = dumps(dataset, format)
    assert dumps(dataset, format) == text
    again = loads(text, format)
    assert again == dataset
    assert dumps(again, format) == text


def assert_node_round_trip(node: Node, dump: Callable[[Any], str], parse: Callable[[str], Any]) -> None:
    """One node through a format's plain-data `dump` and `parse`: deterministic and lossless."""
    text = dump(node.model_dump(mode="json"))
    assert dump(node.model_dump(mode="json")) == text
    assert type(node).model_validate(parse(text)) == node


def syntax_problem(parse: Callable[[str], Any], text: str) -> tuple[str, int | None, int | None]:
    """(message, line, column) of the `SyntaxProblem` that `parse` raises for `text`."""
    with pytest.raises(SyntaxProblem) as caught:
        parse(text)
    problem = caught.value.problem
    return problem.message, problem.line, problem.column
