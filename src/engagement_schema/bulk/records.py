"""The work done on one record: parse, validate, serialise. Runs in worker processes.

A record's output in a stream is the format's per-record unit: N-Triples lines, Turtle
subject blocks (the prefixes are written once, by the pipeline), one JSON line, one
JSON-LD document on one line, or one YAML document. A stream of one record is written
exactly as `io.dumps` writes a dataset, so small inputs look as they always did.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from engagement_schema import io
from engagement_schema.bulk.items import STREAM_FORMATS, Item
from engagement_schema.errors import InvalidRecord, Problem
from engagement_schema.formats import jsonld, ntriples, turtle
from engagement_schema.models import Dataset
from engagement_schema.validation import to_data

__all__ = ["OUTPUT_FORMATS", "RecordJob", "stream_header"]

#: Output formats of a stream: every dataset format, and JSON Lines.
OUTPUT_FORMATS = (*io.FORMATS, "jsonl")


@dataclass(frozen=True)
class RecordJob:
    """How to turn one record's text into output; picklable, so workers can run it."""

    source: str
    in_format: str
    out_format: str | None
    base: str
    ignore_unknown: bool = False
    single: bool = False

    def __call__(self, item: Item) -> str | list[Problem]:
        """The record's output, or its problems placed at lines of the whole input."""
        if (undecoded := _undecoded(item.text)) is not None:
            return [_not_utf8(item, undecoded)]
        try:
            dataset = io.loads(
                item.text,
                _dataset_format(self.in_format),
                source=self.source,
                base=self.base,
                ignore_unknown=self.ignore_unknown,
            )
        except InvalidRecord as err:
            return [_shift(p, item, self.in_format) for p in err.problems]
        return "" if self.out_format is None else self._write(dataset)

    def _write(self, dataset: Dataset) -> str:
        if self.single and self.out_format != "jsonl":
            return io.dumps(dataset, self.out_format or "", base=self.base)
        match self.out_format:
            case "ntriples":
                return ntriples.write(dataset, self.base)
            case "turtle":
                return turtle.write(dataset, self.base, prefixes=False)
            case "jsonld":
                return jsonld.write(dataset, self.base, indent=None)
            case "yaml":
                return "---\n" + io.dumps(dataset, "yaml")
            case _:  # json and jsonl: one compact line per record
                return json.dumps(to_data(dataset), ensure_ascii=False, separators=(",", ":")) + "\n"


def stream_header(out_format: str, base: str, single: bool) -> str:
    """Text written once before the records (Turtle's prefixes), else nothing."""
    if out_format == "turtle" and not single:
        return turtle.header(turtle.Compactor(base))
    return ""


def _dataset_format(format: str) -> str:
    return "json" if format == "jsonl" else format


def _shift(problem: Problem, item: Item, format: str) -> Problem:
    if problem.line is not None:
        return problem.at(item.line + problem.line - 1, problem.column)
    # A record of a stream without a position of its own is placed at its first line.
    return problem.at(item.line, None) if format in STREAM_FORMATS else problem


def _undecoded(text: str) -> int | None:
    """Where the first byte that was not UTF-8 sits: it reaches a record as a lone
    surrogate (see `streams._Lines`), which the encoder finds faster than a search."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as err:
        return err.start
    return None


def _not_utf8(item: Item, offset: int) -> Problem:
    text = item.text
    line_start = text.rfind("\n", 0, offset) + 1
    column = len(text[line_start:offset].encode("utf-8", "surrogateescape")) + 1  # in bytes, as the input has it
    byte = ord(text[offset]) - 0xDC00
    return Problem((), f"not UTF-8: byte 0x{byte:02x}", item.line + text.count("\n", 0, offset), column)
