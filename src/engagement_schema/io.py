"""Reading and writing datasets in every format, by name or by file suffix.

Errors from any step (decoding, syntax, model, integrity) come out as one
`InvalidRecord` that names the source and gives each problem's field path and, where
the format allows, its line and column. Files are written atomically: a failed write
leaves the previous file as it was.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path as FilePath
from typing import Any

from pydantic import ValidationError

from engagement_schema.errors import InvalidRecord, Path, Problem, SyntaxProblem, problems_from
from engagement_schema.formats import json as json_format
from engagement_schema.formats import yaml as yaml_format
from engagement_schema.models import Dataset

__all__ = ["FORMATS", "dump", "dumps", "format_for", "load", "loads", "to_data", "write_atomic"]


@dataclass(frozen=True)
class TextFormat:
    """A format of plain data (JSON, YAML): parse, dump, and find a path's position."""

    name: str
    suffixes: tuple[str, ...]
    parse: Callable[[str], Any]
    dump: Callable[[Any], str]
    locate: Callable[[str, Path], tuple[int, int] | None]


FORMATS: dict[str, TextFormat] = {
    "json": TextFormat("json", (".json",), json_format.parse, json_format.dumps, json_format.locate),
    "yaml": TextFormat("yaml", (".yaml", ".yml"), yaml_format.parse, yaml_format.dumps, yaml_format.locate),
}


def format_for(path: str | os.PathLike[str], given: str | None = None) -> str:
    """The format named, or the one the file's suffix implies."""
    if given is not None:
        if given not in FORMATS:
            raise ValueError(f"unknown format {given!r}; expected one of {', '.join(FORMATS)}")
        return given
    suffix = FilePath(path).suffix.lower()
    for name, fmt in FORMATS.items():
        if suffix in fmt.suffixes:
            return name
    raise ValueError(f"cannot tell the format of {os.fspath(path)!r} from its suffix; name it")


def to_data(dataset: Dataset) -> dict[str, Any]:
    """Plain JSON-compatible data, defaults left out, `schema_version` first."""
    data = dataset.model_dump(mode="json", exclude_defaults=True)
    return {"schema_version": dataset.schema_version, **data}


def dumps(dataset: Dataset, format: str) -> str:
    """The dataset as text in `format`; the same dataset always gives the same text."""
    return FORMATS[format_for("", format)].dump(to_data(dataset))


def loads(text: str | bytes, format: str, *, source: str = "<string>") -> Dataset:
    """Parse and validate a dataset; raises `InvalidRecord` listing every problem."""
    fmt = FORMATS[format_for(source, format)]
    decoded = _decode(text, source)
    try:
        data = fmt.parse(decoded)
    except SyntaxProblem as err:
        raise InvalidRecord(source, [err.problem]) from None
    return validate_data(data, source=source, locate=lambda path: fmt.locate(decoded, path))


def validate_data(
    data: Any, *, source: str = "<data>", locate: Callable[[Path], tuple[int, int] | None] | None = None
) -> Dataset:
    """Validate plain data into a dataset, placing each problem at its line if possible."""
    try:
        return Dataset.model_validate(data)
    except ValidationError as err:
        problems = problems_from(err)
        if locate is not None:
            problems = [p.at(*_nearest(locate, p.path)) for p in problems]
        raise InvalidRecord(source, problems) from None


def load(path: str | os.PathLike[str], format: str | None = None) -> Dataset:
    """Read a dataset from a file; the format comes from the suffix unless named."""
    name = format_for(path, format)
    source = os.fspath(path)
    try:
        raw = FilePath(path).read_bytes()
    except OSError as err:
        raise InvalidRecord(source, [Problem((), f"cannot read: {err.strerror or err}")]) from None
    return loads(raw, name, source=source)


def dump(dataset: Dataset, path: str | os.PathLike[str], format: str | None = None) -> None:
    """Write a dataset to a file atomically; the format comes from the suffix unless named."""
    write_atomic(path, dumps(dataset, format_for(path, format)))


def write_atomic(path: str | os.PathLike[str], text: str) -> None:
    """Replace `path` with `text` all at once; on any failure the old file stays intact."""
    target = FilePath(path)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        os.fchmod(fd, _file_mode(target))
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _file_mode(target: FilePath) -> int:
    # mkstemp makes 0600 files; keep the mode of the file replaced, else honour the umask.
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _decode(text: str | bytes, source: str) -> str:
    if isinstance(text, str):
        return text.removeprefix("\ufeff")
    try:
        return text.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = text.count(b"\n", 0, err.start) + 1
        column = err.start - (text.rfind(b"\n", 0, err.start) + 1) + 1
        problem = Problem((), f"not UTF-8: byte 0x{text[err.start]:02x} at offset {err.start}", line, column)
        raise InvalidRecord(source, [problem]) from None


def _nearest(locate: Callable[[Path], tuple[int, int] | None], path: Path) -> tuple[int | None, int | None]:
    # A missing field has no position of its own; point at the record that lacks it.
    for end in range(len(path), -1, -1):
        found = locate(path[:end])
        if found is not None:
            return found
    return None, None
