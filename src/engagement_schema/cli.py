"""The `engagement-schema` command line.

Exit status: 0 when everything is valid, 1 when an input is invalid or a step fails
(each problem printed as `PATH:LINE:COL: field.path: message`), 2 on usage errors.
No traceback reaches the user.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from engagement_schema import io
from engagement_schema.errors import EngagementSchemaError, InvalidRecord
from engagement_schema.formats.jsonschema import dataset_schema, entity_names, entity_schema
from engagement_schema.models import Dataset
from engagement_schema.seed import SEED_NAME, seed_dataset
from engagement_schema.summary import summarize

__all__ = ["main"]

STDIN = "-"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return int(args.run(args))
    except EngagementSchemaError as err:
        print(err, file=sys.stderr)
        return 1
    except OSError as err:
        print(f"{getattr(err, 'filename', None) or 'engagement-schema'}: {err.strerror or err}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="engagement-schema",
        description="Typed, validated records of diplomatic and military engagements.",
    )
    commands = parser.add_subparsers(title="commands", required=True, metavar="COMMAND")

    validate = commands.add_parser("validate", help="check records; print every problem with its place")
    validate.add_argument("paths", nargs="+", metavar="PATH", help="JSON or YAML files; - reads stdin")
    validate.add_argument("--format", choices=sorted(io.FORMATS), help="format of the input (default: from suffix)")
    validate.set_defaults(run=_validate)

    convert = commands.add_parser("convert", help="convert a dataset to another format")
    convert.add_argument("path", metavar="PATH", help="JSON or YAML file; - reads stdin")
    convert.add_argument("--to", required=True, choices=sorted(io.FORMATS), help="output format")
    convert.add_argument("--format", choices=sorted(io.FORMATS), help="format of the input (default: from suffix)")
    convert.add_argument("-o", "--output", metavar="OUT", help="write here, atomically (default: stdout)")
    convert.set_defaults(run=_convert)

    schema = commands.add_parser("schema", help="print the JSON Schema of the dataset or of one entity")
    schema.add_argument("name", nargs="?", default="dataset", metavar="NAME", help=", ".join(entity_names()))
    schema.set_defaults(run=_schema)

    seed = commands.add_parser("seed", help="print the seed record (Votel in Tajikistan, May 2018)")
    seed.add_argument("--to", default="yaml", choices=sorted(io.FORMATS), help="output format (default: yaml)")
    seed.add_argument("--out", metavar="DIR", help="write the seed in every format and the schema to DIR")
    seed.set_defaults(run=_seed)
    return parser


def _read(path: str, format: str) -> Dataset:
    if path == STDIN:
        return io.loads(sys.stdin.buffer.read(), format, source="<stdin>")
    return io.load(path, format)


def _validate(args: argparse.Namespace) -> int:
    failed = False
    for path in args.paths:
        try:
            _read(path, _input_format(path, args.format))
        except InvalidRecord as err:
            print(err, file=sys.stderr)
            failed = True
        else:
            print(f"{path}: valid")
    return 1 if failed else 0


def _convert(args: argparse.Namespace) -> int:
    dataset = _read(args.path, _input_format(args.path, args.format))
    _emit(io.dumps(dataset, args.to), args.output)
    return 0


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
    if args.out is None:
        sys.stdout.write(io.dumps(dataset, args.to))
        return 0
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for name in sorted(io.FORMATS):
        io.dump(dataset, out / f"{SEED_NAME}.{name}", name)
    io.write_atomic(out / "dataset.schema.json", json.dumps(dataset_schema(), indent=2, ensure_ascii=False) + "\n")
    print(summarize(dataset))
    print(f"\nwrote {', '.join(sorted(p.name for p in out.iterdir()))} to {out}/")
    return 0


def _input_format(path: str, given: str | None) -> str:
    if path == STDIN and given is None:
        raise _usage("reading stdin needs --format")
    try:
        return io.format_for(path, given)
    except ValueError as err:
        raise _usage(str(err)) from None


def _usage(message: str) -> SystemExit:
    print(f"engagement-schema: {message}", file=sys.stderr)
    return SystemExit(2)


def _emit(text: str, output: str | None) -> None:
    if output is None:
        sys.stdout.write(text)
    else:
        io.write_atomic(output, text)
