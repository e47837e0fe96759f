"""Typed errors that say where the problem is: file, line, column and field path.

Every problem is reported (not just the first), each as
`PATH:LINE:COL: field.path: message`, the form compilers and linters use so editors
and CI logs link straight to it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from pydantic import ValidationError
from pydantic_core import ErrorDetails

__all__ = [
    "EngagementSchemaError",
    "IntegrityError",
    "InvalidRecord",
    "Problem",
    "SyntaxProblem",
    "problems_from",
]

Path = tuple[str | int, ...]

#: The most characters of a message or a field path a rendered problem shows: an
#: enormous value (a 10 MB literal, a megabyte-long key) is named, not echoed whole.
SHOWN = 1000


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a record, at a field path (and a line and column if known)."""

    path: Path
    message: str
    line: int | None = None
    column: int | None = None

    @property
    def dotted(self) -> str:
        """The field path as `people.2.name`, or `(document)` for the whole input."""
        return ".".join(str(p) for p in self.path) or "(document)"

    def at(self, line: int | None, column: int | None) -> Problem:
        return replace(self, line=line, column=column)

    def render(self, source: str) -> str:
        where = source
        if self.line is not None:
            where += f":{self.line}:{self.column or 1}"
        return f"{where}: {_bounded(self.dotted)}: {_bounded(self.message)}"


class EngagementSchemaError(Exception):
    """Base of every error this library raises on purpose."""


class InvalidRecord(EngagementSchemaError):
    """The input is malformed or breaks the model; `problems` lists every reason."""

    def __init__(self, source: str, problems: Sequence[Problem]) -> None:
        self.source = source
        self.problems = tuple(problems)
        super().__init__("\n".join(p.render(source) for p in self.problems))

    def __reduce__(self) -> tuple[type[InvalidRecord], tuple[str, tuple[Problem, ...]]]:
        # Rebuilt from its parts, so it crosses a process boundary (a Dask worker) intact.
        return type(self), (self.source, self.problems)


class SyntaxProblem(ValueError):
    """The text is not well-formed for its format; carries the problem with its position."""

    def __init__(self, problem: Problem) -> None:
        self.problem = problem
        super().__init__(problem.message)


class IntegrityError(ValueError):
    """Problems a model validator finds below its model, each at its own path: across
    records (dangling references, duplicate ids, spans off the text) or in a list.

    A ValueError so Pydantic reports it from a model validator; `problems_from`
    unpacks it back into one problem per path.
    """

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__(
            f"{len(self.problems)} integrity problem(s): "
            + "; ".join(f"{p.dotted}: {p.message}" for p in self.problems)
        )


def problems_from(error: ValidationError, prefix: Path = ()) -> list[Problem]:
    """One problem per Pydantic error, with integrity errors unpacked."""
    problems: list[Problem] = []
    for detail in error.errors(include_url=False):
        cause = (detail.get("ctx") or {}).get("error")
        base = prefix + _clean(detail["loc"])
        if isinstance(cause, IntegrityError):
            problems.extend(Problem(base + p.path, p.message) for p in cause.problems)
        else:
            problems.append(Problem(base, _message(detail)))
    return problems


def _clean(loc: Iterable[str | int]) -> Path:
    # Pydantic puts validator and union-member names into loc; they are not field names.
    return tuple(p for p in loc if not (isinstance(p, str) and ("[" in p or p.startswith("function-"))))


#: Pydantic's messages that speak of Python types, said in the words of JSON and YAML.
_PLAIN = {
    "tuple_type": "Input should be a list",
    "model_type": "Input should be a mapping of field names to values",
}


def _message(detail: ErrorDetails) -> str:
    message = _PLAIN.get(detail["type"]) or str(detail["msg"])
    return message.removeprefix("Value error, ")


def _bounded(text: str) -> str:
    if len(text) <= SHOWN:
        return text
    return f"{text[:SHOWN]}… ({len(text) - SHOWN} more characters)"
