"""Assertion helpers: the problems a model or a dataset reports, as `dotted.path: message`."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

from engagement_schema import InvalidRecord, validate_data
from engagement_schema.errors import Problem, problems_from


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
