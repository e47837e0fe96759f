"""Reading and writing datasets in every format, by name or by file suffix.

Errors from any step (decoding, syntax, model, integrity) come out as one
`InvalidRecord` that names the source and gives each problem's field path and, where
the format allows, its line and column. Files are written atomically: a failed write
leaves the previous file as it was.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path as FilePath
from typing import Any, BinaryIO, Protocol, TextIO

from engagement_schema.errors import InvalidRecord, Path, Problem, SyntaxProblem
from engagement_schema.formats import json as json_format
from engagement_schema.formats import jsonld, ntriples, turtle
from engagement_schema.formats import yaml as yaml_format
from engagement_schema.models import Dataset
from engagement_schema.models.iris import is_iri
from engagement_schema.rdf.namespaces import DEFAULT_BASE
from engagement_schema.rdf.reading import parse_triples, read_dataset
from engagement_schema.validation import to_data, validate_data

__all__ = [
    "FORMATS",
    "MAX_INPUT_BYTES",
    "atomic_writer",
    "bounded_lines",
    "check_base",
    "decode",
    "dump",
    "dumps",
    "format_for",
    "load",
    "loads",
    "read_path",
    "read_whole",
    "write_atomic",
]


class Format(Protocol):
    """What every format offers: a name, file suffixes, a reader and a writer."""

    @property
    def name(self) -> str: ...

    @property
    def suffixes(self) -> tuple[str, ...]: ...

    def read(self, text: str, *, source: str, base: str, ignore_unknown: bool) -> Dataset: ...

    def write(self, dataset: Dataset, *, base: str) -> str: ...


@dataclass(frozen=True)
class DataFormat:
    """A format of plain data (JSON, YAML): parse, dump, and find a path's position.

    `too_deep` names data nested deeper than a parser's limit; asked only of invalid data,
    since closed models bound how deep valid data goes.
    """

    name: str
    suffixes: tuple[str, ...]
    parse: Callable[[str], Any]
    dump: Callable[[Any], str]
    locate: Callable[[str, Path], tuple[int, int] | None]
    too_deep: Callable[[str, Any], Problem | None] = lambda text, data: None

    def read(self, text: str, *, source: str, base: str, ignore_unknown: bool) -> Dataset:
        try:
            data = self.parse(text)
        except SyntaxProblem as err:
            raise InvalidRecord(source, [err.problem]) from None
        try:
            return validate_data(data, source=source, locate=lambda path: self.locate(text, path))
        except InvalidRecord:
            if (problem := self.too_deep(text, data)) is not None:
                raise InvalidRecord(source, [problem]) from None
            raise

    def write(self, dataset: Dataset, *, base: str) -> str:
        return self.dump(to_data(dataset))


@dataclass(frozen=True)
class RdfFormat:
    """An RDF serialisation: written from the mapping's triples, read back through rdflib."""

    name: str
    suffixes: tuple[str, ...]
    writer: Callable[[Dataset, str], str]

    def read(self, text: str, *, source: str, base: str, ignore_unknown: bool) -> Dataset:
        triples = parse_triples(text, self.name, source=source)
        return read_dataset(triples, base=base, ignore_unknown=ignore_unknown, source=source)

    def write(self, dataset: Dataset, *, base: str) -> str:
        return self.writer(dataset, base)


FORMATS: dict[str, Format] = {
    "json": DataFormat(
        "json", (".json",), json_format.load, json_format.dumps, json_format.locate, json_format.nesting_problem
    ),
    "yaml": DataFormat("yaml", (".yaml", ".yml"), yaml_format.parse, yaml_format.dumps, yaml_format.locate),
    "turtle": RdfFormat("turtle", (".ttl",), turtle.write),
    "ntriples": RdfFormat("ntriples", (".nt",), ntriples.write),
    "jsonld": RdfFormat("jsonld", (".jsonld",), jsonld.write),
}

_BASE = re.compile(r"^https?://[^\s\x00-\x1f\x7f-\x9f<>\"{}|\\^`#]+[/#]$")  # no character an IRI cannot hold


def check_base(base: str) -> str:
    """The base if ids can be appended to it to make IRIs (http(s), ending in / or #)."""
    if not _BASE.match(base) or not is_iri(base):
        raise ValueError(f"base {base!r} must be an http(s) IRI ending in '/' or '#'")
    return base


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


def dumps(dataset: Dataset, format: str, *, base: str = DEFAULT_BASE) -> str:
    """The dataset as text in `format`; the same dataset always gives the same text."""
    return FORMATS[format_for("", format)].write(dataset, base=check_base(base))


def loads(
    text: str | bytes,
    format: str,
    *,
    source: str = "<string>",
    base: str = DEFAULT_BASE,
    ignore_unknown: bool = False,
) -> Dataset:
    """Parse and validate a dataset; raises `InvalidRecord` listing every problem.

    `base` is the IRI base of record ids in RDF input; `ignore_unknown` lets RDF input
    carry triples the model does not know (otherwise each is reported).
    """
    fmt = FORMATS[format_for(source, format)]
    return fmt.read(decode(text, source), source=source, base=check_base(base), ignore_unknown=ignore_unknown)


def load(
    path: str | os.PathLike[str],
    format: str | None = None,
    *,
    base: str = DEFAULT_BASE,
    ignore_unknown: bool = False,
) -> Dataset:
    """Read a dataset from a file; the format comes from the suffix unless named."""
    name = format_for(path, format)
    source = os.fspath(path)
    return loads(read_path(path), name, source=source, base=base, ignore_unknown=ignore_unknown)


#: The most one input read whole, or one record of a stream, may hold. Past it a reader
#: would only exhaust memory (think of /dev/zero); a corpus of any size streams as JSON Lines.
MAX_INPUT_BYTES = 1 << 30


def read_path(path: str | os.PathLike[str]) -> bytes:
    """A file's bytes, refused with `InvalidRecord` if it cannot be read or is too large."""
    source = os.fspath(path)
    try:
        with open(path, "rb") as stream:
            return read_whole(stream, source)
    except OSError as err:
        raise InvalidRecord(source, [Problem((), f"cannot read: {err.strerror or err}")]) from None


def read_whole(stream: BinaryIO, source: str) -> bytes:
    """All of a stream's bytes, up to `MAX_INPUT_BYTES`; more is an `InvalidRecord`."""
    data = stream.read(MAX_INPUT_BYTES + 1)
    if len(data) > MAX_INPUT_BYTES:
        raise InvalidRecord(source, [_too_large(None)])
    return data


def bounded_lines(stream: BinaryIO, source: str) -> Iterator[bytes]:
    """A stream's lines, each up to `MAX_INPUT_BYTES`; a longer one is an `InvalidRecord`
    at its line, before it is read whole."""
    number = 0
    while line := stream.readline(MAX_INPUT_BYTES + 1):
        number += 1
        if len(line) > MAX_INPUT_BYTES:
            raise InvalidRecord(source, [_too_large(number)])
        yield line


def _too_large(line: int | None) -> Problem:
    limit = f"{MAX_INPUT_BYTES >> 20} MiB" if MAX_INPUT_BYTES >= 1 << 20 else f"{MAX_INPUT_BYTES} bytes"
    return Problem((), f"more than {limit} in one record: split it, or stream records as JSON Lines", line, None)


def dump(
    dataset: Dataset, path: str | os.PathLike[str], format: str | None = None, *, base: str = DEFAULT_BASE
) -> None:
    """Write a dataset to a file atomically; the format comes from the suffix unless named."""
    write_atomic(path, dumps(dataset, format_for(path, format), base=base))


def write_atomic(path: str | os.PathLike[str], text: str) -> None:
    """Replace `path` with `text` all at once; on any failure the old file stays intact."""
    with atomic_writer(path) as handle:
        handle.write(text)


@contextlib.contextmanager
def atomic_writer(path: str | os.PathLike[str]) -> Iterator[TextIO]:
    """A text handle whose content replaces `path` only if the block ends without error.

    A target that is not a regular file (/dev/null, a FIFO) cannot be replaced, so it is
    written directly. A symbolic link is written through: the file it names is replaced,
    the link kept. A file we may not write to is refused, not replaced behind its
    owner's back. An error writing names `path`, not the temporary file beside it.

    Where the system allows (Linux), the new content is written to an unnamed file that
    is given a name only once it is complete, so a process killed while writing (by a
    signal, the OOM killer) leaves nothing behind; elsewhere a hidden `.NAME.*.tmp`
    file beside the target may stay after such a kill, never the target itself.
    """
    with _naming(path):
        if FilePath(path).exists() and not FilePath(path).is_file():
            with open(path, "w", encoding="utf-8", newline="\n") as handle:
                yield handle
            return
        target = FilePath(os.path.realpath(path))
        if target.exists():
            os.close(os.open(target, os.O_WRONLY))  # raises if we may not write it; changes nothing
        fd, tmp = _temporary(target)
        try:
            os.fchmod(fd, _file_mode(target))
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
                yield handle
                handle.flush()
                os.fsync(handle.fileno())
                tmp = tmp or _name(handle.fileno(), target)
            os.replace(tmp, target)
        except BaseException:
            if tmp:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
            raise


def _temporary(target: FilePath) -> tuple[int, str]:
    """A file to write beside `target`: unnamed ("" for its name) if the system allows."""
    if _UNNAMED:
        with contextlib.suppress(OSError):  # a file system without unnamed files
            return os.open(target.parent, _UNNAMED | os.O_WRONLY, 0o600), ""
    return tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")


def _name(fd: int, target: FilePath) -> str:
    """Give the unnamed file open at `fd` a temporary name beside `target`, to rename from."""
    # A directory fd makes os.link call linkat(AT_SYMLINK_FOLLOW), which follows /proc's link.
    directory = os.open(target.parent, os.O_RDONLY | os.O_DIRECTORY)
    try:
        while True:
            name = f".{target.name}.{secrets.token_hex(4)}.tmp"
            try:
                os.link(f"/proc/self/fd/{fd}", name, dst_dir_fd=directory, follow_symlinks=True)
                return str(target.parent / name)
            except FileExistsError:  # pragma: no cover - 32 random bits taken
                continue
            except OSError as err:  # pragma: no cover - a quota, say: name the target, not /proc's link
                raise OSError(err.errno, err.strerror) from None
    finally:
        os.close(directory)


#: O_TMPFILE, where there is one and `/proc` can name its files; else 0.
_UNNAMED = getattr(os, "O_TMPFILE", 0) if os.path.isdir("/proc/self/fd") else 0


@contextlib.contextmanager
def _naming(path: str | os.PathLike[str]) -> Iterator[None]:
    # An OS error that names no file, or the temporary one, is about writing `path`: say so.
    try:
        yield
    except OSError as err:
        named = os.path.basename(err.filename or "")
        if err.errno is None or (named and not (named.startswith(".") and named.endswith(".tmp"))):
            raise
        raise type(err)(err.errno, err.strerror, os.fspath(path)) from None


def _file_mode(target: FilePath) -> int:
    # mkstemp makes 0600 files; keep the mode of the file replaced, else honour the umask.
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def decode(text: str | bytes, source: str) -> str:
    """Text from UTF-8 bytes (a BOM dropped); a byte that is not UTF-8 is an `InvalidRecord`
    at its line and column."""
    if isinstance(text, str):
        return text.removeprefix("\ufeff")
    try:
        return text.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = text.count(b"\n", 0, err.start) + 1
        column = err.start - (text.rfind(b"\n", 0, err.start) + 1) + 1
        problem = Problem((), f"not UTF-8: byte 0x{text[err.start]:02x} at offset {err.start}", line, column)
        raise InvalidRecord(source, [problem]) from None
