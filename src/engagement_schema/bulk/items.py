"""Splitting an input stream into records, each with the line it starts on."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

__all__ = ["STREAM_FORMATS", "Item", "read_items"]

#: Formats whose files hold many records; the others hold one record per file.
STREAM_FORMATS = ("jsonl", "yaml")

# A YAML document marker sits at column 0; content nested under a top-level key is
# indented, so no record's own text can start a line with one.
_YAML_MARKER = re.compile(r"^(---|\.\.\.)(\s|$)")


@dataclass(frozen=True)
class Item:
    """One record's text, its 0-based number and the 1-based line it starts on."""

    index: int
    line: int
    text: str


def read_items(lines: Iterable[str], format: str) -> Iterator[Item]:
    """The records of an input, read lazily line by line."""
    if format == "jsonl":
        return _json_lines(lines)
    if format == "yaml":
        return _yaml_documents(lines)
    return _whole(lines)


def _json_lines(lines: Iterable[str]) -> Iterator[Item]:
    index = 0
    for number, line in enumerate(lines, 1):
        if line.strip():
            yield Item(index, number, line)
            index += 1


def _yaml_documents(lines: Iterable[str]) -> Iterator[Item]:
    index, start, buffer = 0, 1, list[str]()
    for number, line in enumerate(lines, 1):
        # A directive (`%YAML 1.1`, which PyYAML writes before every document it dumps
        # with a version) also ends the document before it; it is dropped, as records
        # use no tags and the strict loader fixes the YAML version.
        if _YAML_MARKER.match(line) or line.startswith("%"):
            if _has_content(buffer):
                yield Item(index, start, "".join(buffer))
                index += 1
            buffer, start = [], number + 1
            rest = line[3:].strip()
            if line.startswith("---") and rest:
                buffer, start = [rest + "\n"], number  # "--- {inline: doc}"
            continue
        buffer.append(line)
    if _has_content(buffer):
        yield Item(index, start, "".join(buffer))


def _whole(lines: Iterable[str]) -> Iterator[Item]:
    yield Item(0, 1, "".join(lines))


def _has_content(lines: list[str]) -> bool:
    return any(line.strip() and not line.lstrip().startswith("#") for line in lines)
