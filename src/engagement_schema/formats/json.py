"""JSON: strict parsing (no NaN, no duplicate keys) and deterministic dumping.

The standard library parser keeps no positions, so when a record is invalid the
`locate` scanner reads the text again to find the line and column of the field path;
the fast path pays nothing for it.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterator
from typing import Any

from engagement_schema.errors import Path, Problem, SyntaxProblem

__all__ = ["dumps", "load", "locate", "nesting_problem", "parse"]

MAX_DEPTH = 64


def parse(text: str) -> Any:
    """Plain data from JSON text, nesting at most `MAX_DEPTH` levels; raises `SyntaxProblem`."""
    data = load(text)
    if (problem := nesting_problem(text, data)) is not None:
        raise SyntaxProblem(problem)
    return data


def load(text: str) -> Any:
    """Plain data from JSON text, strictly (no NaN, no duplicate keys), at any depth.

    For data a model validates next: closed models bound how deep valid data nests, so
    the depth walk can wait for `nesting_problem` on the failure path.
    """
    counted = _KeyCounter()
    try:
        data = json.loads(text, parse_constant=_no_constant, object_hook=counted)
        if counted.keys != _key_ends(text):
            # Fewer keys kept than written: maybe a duplicate (or a string holding `\":`).
            # Parse again, slowly, to find out which.
            data = json.loads(text, object_pairs_hook=_unique_keys, parse_constant=_no_constant)
    except json.JSONDecodeError as err:
        raise SyntaxProblem(Problem((), f"invalid JSON: {err.msg}", err.lineno, err.colno)) from None
    except _DuplicateKey as err:
        raise SyntaxProblem(_duplicate_problem(text, err.key)) from None
    except RecursionError:  # deeper than Python's parser goes
        raise SyntaxProblem(_depth_problem(text)) from None
    except ValueError:  # NaN or Infinity (see _no_constant), or an integer too long for int()
        raise SyntaxProblem(_number_problem(text)) from None
    return data


def nesting_problem(text: str, data: Any) -> Problem | None:
    """The problem of `data` (parsed from `text`) nesting deeper than `MAX_DEPTH`, if it does."""
    return _depth_problem(text) if _depth(data) > MAX_DEPTH else None


def dumps(data: Any) -> str:
    """Deterministic JSON text: two-space indent, UTF-8 characters kept, newline-terminated."""
    return json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def locate(text: str, path: Path) -> tuple[int, int] | None:
    """The line and column (1-based) where the value at `path` starts, if it exists."""
    return _positions(text).get(path)


@functools.lru_cache(maxsize=1)
def _positions(text: str) -> dict[Path, tuple[int, int]]:
    # One scan places every problem of a document; a scan per problem made it quadratic.
    positions: dict[Path, tuple[int, int]] = {}
    line, line_start, scanned = 1, 0, 0
    for path, offset in _values(text):
        if (newlines := text.count("\n", scanned, offset)) > 0:
            line, line_start = line + newlines, text.rfind("\n", scanned, offset) + 1
        scanned = offset
        positions.setdefault(path, (line, offset - line_start + 1))
    return positions


class _DuplicateKey(ValueError):
    def __init__(self, key: str) -> None:
        self.key = key
        super().__init__(key)


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKey(key)
        result[key] = value
    return result


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _duplicate_problem(text: str, key: str) -> Problem:
    seen: set[Path] = set()
    for path, offset in _values(text):
        if path and path[-1] == key:
            if path in seen:
                line, col = _line_col(text, offset)
                return Problem(path, f"duplicate key {key!r}", line, col)
            seen.add(path)
    return Problem((), f"duplicate key {key!r}")


def _number_problem(text: str) -> Problem:
    # The parser says neither which number it refused nor where; find the first one.
    for path, offset in _values(text):
        token = _TOKEN.match(text, offset)
        if token is None or token.lastgroup != "atom":
            continue
        atom = token.group("atom")
        try:
            json.loads(atom, parse_constant=_no_constant)
        except ValueError as err:
            message = (
                str(err)
                if atom.lstrip("-") in ("NaN", "Infinity")
                else f"a {len(atom)}-digit number is too long to read"
            )
            return Problem(path, f"invalid JSON: {message}", *_line_col(text, offset))
    return Problem((), "invalid JSON: a number that cannot be read")  # pragma: no cover


def _depth_problem(text: str) -> Problem:
    # Placed at the first value nested deeper than records go.
    for path, offset in _values(text):
        if len(path) > MAX_DEPTH:
            return Problem(path[:MAX_DEPTH], f"nesting deeper than {MAX_DEPTH} levels", *_line_col(text, offset))
    return Problem((), f"nesting deeper than {MAX_DEPTH} levels")  # pragma: no cover - the scan finds it


class _KeyCounter:
    """An `object_hook` that counts the keys the parser kept (a duplicate keeps one)."""

    def __init__(self) -> None:
        self.keys = 0

    def __call__(self, obj: dict[str, Any]) -> dict[str, Any]:
        self.keys += len(obj)
        return obj


def _depth(data: Any) -> int:
    """How many levels of arrays and objects the data nests."""
    depth, frontier = 0, [data]
    while frontier:
        depth += 1
        nested: list[Any] = []
        for item in frontier:
            if isinstance(item, dict):
                nested.extend(item.values())
            elif isinstance(item, list):
                nested.extend(item)
        frontier = nested
    return depth - 1


def _key_ends(text: str) -> int:
    """At least as many as the keys written (a string holding `\\":` adds one), cheaply:
    a bare count when no key has space before its colon, else a scan."""
    if _SPACED_KEY_END.search(text) is None:
        return text.count('":')
    return len(_KEY_END.findall(text))


# Where a key ends: its closing quote and the colon. Inside a string a quote is escaped,
# so `\":` in a value can also match: that only sends a document down the slow path.
_KEY_END = re.compile(r'"[ \t\r\n]*:')
_SPACED_KEY_END = re.compile(r'"[ \t\r\n]+:')


_TOKEN = re.compile(r'\s*(?:(?P<punct>[{}\[\],:])|(?P<string>"(?:[^"\\]|\\.)*")|(?P<atom>[^\s{}\[\],:"]+))', re.S)


def _values(text: str) -> Iterator[tuple[Path, int]]:
    """Each value's path and start offset, in document order (keys repeat if duplicated)."""
    stack: list[list[Any]] = []  # [container kind, current key or index, awaiting key?]
    pos = 0
    while pos < len(text):
        match = _TOKEN.match(text, pos)
        if not match or match.end() == pos:
            return
        pos = match.end()
        token, start = match.group(0).strip(), match.start(match.lastgroup or 0)
        top = stack[-1] if stack else None
        if token in ("{", "["):
            yield _path(stack), start
            if top is not None:
                top[2] = False
            stack.append(["{" if token == "{" else "[", 0 if token == "[" else None, token == "{"])
        elif token in ("}", "]"):
            stack.pop()
        elif token == ",":
            if top is not None and top[0] == "[":
                top[1] += 1
            elif top is not None:
                top[2] = True
        elif token == ":":
            continue
        elif top is not None and top[0] == "{" and top[2]:
            top[1] = json.loads(token)
            top[2] = False
        else:
            yield _path(stack), start


def _path(stack: list[list[Any]]) -> Path:
    return tuple(frame[1] for frame in stack)


def _line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1
