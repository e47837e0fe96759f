"""The `engagement-schema` command line.

Exit status: 0 when everything is valid, 1 when an input is invalid or a step fails
(each problem printed as `PATH:LINE:COL: field.path: message`), 2 on usage errors.
No traceback reaches the user.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import re
import shutil
import sys
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TextIO

from engagement_schema import io
from engagement_schema.bulk import OUTPUT_FORMATS, RecordJob, Report, process
from engagement_schema.bulk.progress import Progress
from engagement_schema.errors import EngagementSchemaError, InvalidRecord
from engagement_schema.extraction.commands import add_commands as add_extraction_commands
from engagement_schema.formats import ntriples
from engagement_schema.formats.jsonschema import dataset_schema, entity_names, entity_schema
from engagement_schema.models import Dataset
from engagement_schema.models.types import IRI_PATTERN
from engagement_schema.rdf.concepts import concept_triples
from engagement_schema.rdf.mapping import dataset_triples
from engagement_schema.rdf.namespaces import DEFAULT_BASE
from engagement_schema.rdf.queries import answer, store_of
from engagement_schema.rdf.reading import parse_triples, read_dataset
from engagement_schema.rdf.shacl import shacl_problems
from engagement_schema.rdf.store import GraphStore
from engagement_schema.seed import SEED_NAME, seed_dataset
from engagement_schema.summary import format_rows, summarize

__all__ = ["main"]

STDIN = "-"
RDF_FORMATS = ("turtle", "ntriples", "jsonld")
JSON_LINES = (".jsonl", ".ndjson")
INPUTS = sorted([*io.FORMATS, "jsonl"])
_BASE_HELP = f"IRI base of record ids in RDF (default: {DEFAULT_BASE})"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    _quiet_rdflib()
    try:
        return int(args.run(args))
    except EngagementSchemaError as err:
        print(err, file=sys.stderr)
        return 1
    except BrokenPipeError:  # before OSError, of which it is one
        # The reader went away (e.g. `| head`); say nothing more and exit quietly.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except OSError as err:
        print(f"{getattr(err, 'filename', None) or 'engagement-schema'}: {err.strerror or err}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


def _quiet_rdflib() -> None:
    """rdflib logs a traceback for a literal that does not parse as its datatype; the
    reader reports that literal at its field, so the log would only show users a traceback."""
    logger = logging.getLogger("rdflib")
    if not any(isinstance(handler, logging.NullHandler) for handler in logger.handlers):
        logger.addHandler(logging.NullHandler())


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="engagement-schema",
        description="Typed, validated records of diplomatic and military engagements.",
    )
    commands = parser.add_subparsers(title="commands", required=True, metavar="COMMAND")
    formats = sorted(io.FORMATS)

    validate = commands.add_parser("validate", help="check records; print every problem with its place")
    validate.add_argument("paths", nargs="+", metavar="PATH", help=f"{', '.join(INPUTS)} files; - reads stdin")
    _input_options(validate)
    _stream_options(validate)
    validate.set_defaults(run=_validate)

    convert = commands.add_parser("convert", help="convert records to another format, streaming")
    convert.add_argument("path", metavar="PATH", help="records in any format (JSON Lines: one per line); - is stdin")
    convert.add_argument("--to", required=True, choices=OUTPUT_FORMATS, help="output format")
    convert.add_argument("-o", "--output", metavar="OUT", help="write here, atomically (default: stdout)")
    _input_options(convert)
    _stream_options(convert)
    convert.set_defaults(run=_convert)

    schema = commands.add_parser("schema", help="print the JSON Schema of the dataset or of one entity")
    schema.add_argument("name", nargs="?", default="dataset", metavar="NAME", help=", ".join(entity_names()))
    schema.set_defaults(run=_schema)

    seed = commands.add_parser("seed", help="print the seed record (Votel in Tajikistan, May 2018)")
    seed.add_argument("--to", default="yaml", choices=formats, help="output format (default: yaml)")
    seed.add_argument("--out", metavar="DIR", help="write the seed in every format and the JSON Schema to DIR")
    seed.add_argument("--base", default=DEFAULT_BASE, help=_BASE_HELP)
    seed.set_defaults(run=_seed)

    load = commands.add_parser("load", help="push datasets into a triple store (SPARQL Graph Store Protocol)")
    load.add_argument("paths", nargs="+", metavar="PATH", help="datasets in any format; - reads stdin")
    load.add_argument("--endpoint", required=True, help="Graph Store endpoint, e.g. http://127.0.0.1:7878/store")
    load.add_argument("--graph", metavar="IRI", help="named graph to write (default: the default graph)")
    load.add_argument("--add", action="store_true", help="add to the graph instead of replacing it")
    load.add_argument("--no-vocabularies", action="store_true", help="leave the SKOS vocabularies out")
    load.add_argument("--timeout", type=float, default=30.0, help="seconds to wait for each request (default: 30)")
    _input_options(load)
    load.set_defaults(run=_load)

    summary = commands.add_parser("summary", help="say who met whom, where, when, as what, about what")
    summary.add_argument("paths", nargs="+", metavar="PATH", help="datasets in any format; - reads stdin")
    _input_options(summary)
    summary.set_defaults(run=_summary)

    query = commands.add_parser("query", help="answer SPARQL SELECT queries over datasets, no server needed")
    query.add_argument("queries", nargs="+", metavar="QUERY.rq", help="files holding SPARQL SELECT queries")
    query.add_argument("--data", nargs="+", metavar="PATH", help="datasets to query (default: the seed)")
    _input_options(query)
    query.set_defaults(run=_query)

    add_extraction_commands(commands)
    return parser


def _input_options(command: argparse.ArgumentParser) -> None:
    command.add_argument("--format", choices=INPUTS, help="format of the input (default: from suffix)")
    command.add_argument(
        "--base", default=DEFAULT_BASE, help=f"IRI base of record ids in RDF (default: {DEFAULT_BASE})"
    )
    command.add_argument("--ignore-unknown", action="store_true", help="let RDF input hold triples the model lacks")


def _stream_options(command: argparse.ArgumentParser) -> None:
    command.add_argument("--jobs", type=_positive, default=1, metavar="N", help="worker processes (default: 1)")
    command.add_argument("--keep-going", action="store_true", help="skip bad records, report them, go on")
    command.add_argument("--report", metavar="FILE", help="write the bad records' problems here (default: stderr)")
    command.add_argument("--quiet", action="store_true", help="no progress display")


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def _read(path: str, args: argparse.Namespace) -> Dataset:
    format = _input_format(path, args.format)
    options = {"base": _base(args.base), "ignore_unknown": args.ignore_unknown}
    if path == STDIN:
        return io.loads(io.read_whole(sys.stdin.buffer, "<stdin>"), format, source="<stdin>", **options)
    return io.load(path, format, **options)


def _validate(args: argparse.Namespace) -> int:
    failed = False
    with _report(args.report) as report_to:  # one report for all the paths
        for path in args.paths:
            try:
                report = _check(path, args, report_to)
            except InvalidRecord as err:
                print(err, file=sys.stderr)
                failed = True
                continue
            if report.rejected:  # --keep-going: each bad record is already reported
                failed = True
                print(f"{path}: {len(report.rejected)} of {report.records} records invalid", file=sys.stderr)
            else:
                print(f"{path}: valid" + (f" ({report.records} records)" if report.records > 1 else ""))
    return 1 if failed else 0


def _check(path: str, args: argparse.Namespace, report_to: TextIO) -> Report:
    """Validate one input; what was read, and the bad records if --keep-going went past them.

    RDF input also goes through the SHACL shapes, an independent check.
    """
    format = _input_format(path, args.format)
    if format in RDF_FORMATS:
        _check_rdf(path, format, args)
        return Report(records=1, written=1)
    return _stream(path, format, None, args, sink=None, report_to=report_to)


def _check_rdf(path: str, format: str, args: argparse.Namespace) -> None:
    source = "<stdin>" if path == STDIN else path
    raw = io.read_whole(sys.stdin.buffer, source) if path == STDIN else io.read_path(path)
    # Parsed once: the same triples go to the SHACL engine and to our reader.
    triples = parse_triples(io.decode(raw, source), format, source=source)
    base = _base(args.base)
    problems = shacl_problems(triples, base=base)
    try:
        read_dataset(triples, base=base, ignore_unknown=args.ignore_unknown, source=source)
    except InvalidRecord as err:
        problems = [*err.problems, *problems]
    if problems:
        raise InvalidRecord(source, problems)


def _convert(args: argparse.Namespace) -> int:
    format = _input_format(args.path, args.format)
    # The report is finished first: if it cannot be written, neither is the output.
    with _output(args.output) as sink, _report(args.report) as report_to:
        report = _stream(args.path, format, args.to, args, sink=sink, report_to=report_to)
    return 1 if report.rejected else 0


def _stream(
    path: str, format: str, to: str | None, args: argparse.Namespace, *, sink: TextIO | None, report_to: TextIO
) -> Report:
    source = "<stdin>" if path == STDIN else path
    job = RecordJob(source, format, to, _base(args.base), args.ignore_unknown)
    size = None if path == STDIN else Path(path).stat().st_size
    progress = Progress(sys.stderr, enabled=sys.stderr.isatty() and not args.quiet, total_bytes=size)
    with contextlib.ExitStack() as stack:
        stream = sys.stdin.buffer if path == STDIN else stack.enter_context(open(path, "rb"))
        return process(
            io.bounded_lines(stream, source),
            job,
            sink=sink,
            jobs=args.jobs,
            keep_going=args.keep_going,
            progress=progress,
            on_reject=lambda outcome: print(InvalidRecord(source, outcome.problems), file=report_to),
        )


@contextlib.contextmanager
def _report(path: str | None) -> Iterator[TextIO]:
    """Where the bad records' problems go: a file written atomically at the end, or stderr."""
    if path is None:
        yield sys.stderr
        return
    with io.atomic_writer(path) as handle:
        yield handle


@contextlib.contextmanager
def _output(path: str | None) -> Iterator[TextIO]:
    """Where converted records go: a file replaced atomically at the end, or stdout —
    spooled until the end too, so a failed run prints nothing half-done."""
    if path is not None:
        with io.atomic_writer(path) as handle:
            yield handle
        return
    with tempfile.SpooledTemporaryFile(max_size=8 << 20, mode="w+", encoding="utf-8", newline="\n") as spool:
        yield spool  # type: ignore[misc]
        spool.seek(0)
        shutil.copyfileobj(spool, sys.stdout)


def _schema(args: argparse.Namespace) -> int:
    try:
        schema = entity_schema(args.name)
    except KeyError as err:
        print(f"engagement-schema schema: {err.args[0]}", file=sys.stderr)
        return 2
    print(json.dumps(schema, indent=2, ensure_ascii=False))
    return 0


def _seed(args: argparse.Namespace) -> int:
    dataset = seed_dataset()
    base = _base(args.base)
    if args.out is None:
        sys.stdout.write(io.dumps(dataset, args.to, base=base))
        return 0
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, fmt in io.FORMATS.items():
        target = out / f"{SEED_NAME}{fmt.suffixes[0]}"
        io.dump(dataset, target, name, base=base)
        written.append(target.name)
    io.write_atomic(out / "dataset.schema.json", json.dumps(dataset_schema(), indent=2, ensure_ascii=False) + "\n")
    print(summarize(dataset))
    print(f"\nwrote {', '.join([*written, 'dataset.schema.json'])} to {out}/")
    return 0


def _load(args: argparse.Namespace) -> int:
    base = _base(args.base)
    if args.graph is not None and not re.match(IRI_PATTERN, args.graph):
        # A store would resolve a relative name against its own URL: another graph than reported.
        raise _usage(f"--graph {args.graph!r} is not an absolute IRI")
    datasets = [_read(path, args) for path in args.paths]
    lines = [line for dataset in datasets for line in ntriples.lines(dataset_triples(dataset, base))]
    if not args.no_vocabularies:
        lines.extend(ntriples.lines(concept_triples()))
    store = GraphStore(args.endpoint, timeout=args.timeout)
    body = "".join(lines).encode("utf-8")
    (store.add if args.add else store.replace)(body, args.graph)
    target = f"<{args.graph}>" if args.graph else "the default graph"
    print(f"{'added' if args.add else 'replaced'} {target} at {args.endpoint}: {len(lines)} triples")
    return 0


def _summary(args: argparse.Namespace) -> int:
    for path in args.paths:
        print(f"# {path}")
        print(summarize(_read(path, args)))
    return 0


def _query(args: argparse.Namespace) -> int:
    datasets = [_read(path, args) for path in args.data] if args.data else [seed_dataset()]
    store = store_of(datasets, base=_base(args.base))
    for path in args.queries:
        text = Path(path).read_text(encoding="utf-8")
        rows = answer(store, text)
        print(f"# {path}: {_question(text)}")
        print(format_rows(rows))
        print()
    return 0


def _question(query: str) -> str:
    comment = next((line for line in query.splitlines() if line.startswith("#")), "")
    return comment.lstrip("# ").strip()


def _base(base: str) -> str:
    try:
        return io.check_base(base)
    except ValueError as err:
        raise _usage(str(err)) from None


def _input_format(path: str, given: str | None) -> str:
    if given is not None:
        return given
    if path == STDIN:
        raise _usage("reading stdin needs --format")
    if Path(path).suffix.lower() in JSON_LINES:
        return "jsonl"
    try:
        return io.format_for(path)
    except ValueError as err:
        raise _usage(str(err)) from None


def _usage(message: str) -> SystemExit:
    print(f"engagement-schema: {message}", file=sys.stderr)
    return SystemExit(2)
