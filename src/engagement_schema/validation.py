"""Plain data in and out of the models, with every problem placed at its path."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pydantic import ValidationError

from engagement_schema.errors import InvalidRecord, Path, problems_from
from engagement_schema.models import Dataset
from engagement_schema.models.base import INPUT_ORDER

__all__ = ["to_data", "validate_data"]

Locate = Callable[[Path], tuple[int, int] | None]


def to_data(dataset: Dataset) -> dict[str, Any]:
    """Plain JSON-compatible data, defaults left out, `schema_version` first."""
    data = dataset.model_dump(mode="json", exclude_defaults=True)
    return {"schema_version": dataset.schema_version, **data}


def validate_data(data: Any, *, source: str = "<data>", locate: Locate | None = None) -> Dataset:
    """Validate plain data into a dataset, placing each problem at its line if `locate` can."""
    try:
        return Dataset.model_validate(data)
    except ValidationError as err:
        problems = problems_from(_in_input_order(data, err))
        if locate is not None:
            problems = [p.at(*_nearest(locate, p.path)) for p in problems]
        raise InvalidRecord(source, problems) from None


def _in_input_order(data: Any, error: ValidationError) -> ValidationError:
    # Checks across records run on the canonical dataset, whose lists are sorted; run
    # again with lists in the order given, every path (and so every line) names the input.
    try:
        Dataset.model_validate(data, context={INPUT_ORDER: True})
    except ValidationError as again:
        return again
    return error  # pragma: no cover - the same checks fail in either order


def _nearest(locate: Locate, path: Path) -> tuple[int | None, int | None]:
    # A missing field has no position of its own; point at the record that lacks it.
    for end in range(len(path), -1, -1):
        found = locate(path[:end])
        if found is not None:
            return found
    return None, None
