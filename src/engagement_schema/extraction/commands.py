"""The command line's extraction commands: `extract` a report's text into records, and
`evaluate` extracted records against hand-checked ones.

    engagement-schema extract PATH|- [--published DATE] [--url URL] [--title TITLE] [--publisher NAME]
                                     [--to FORMAT] [-o OUT]
    engagement-schema evaluate GOLD PRED

`extract` writes in any format of the I/O registry. Input that is not a report — empty,
binary, not UTF-8 — is an error (exit 1, one line naming the input); a report of
nothing the extractor knows gives a valid dataset holding the source document.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from engagement_schema import io
from engagement_schema.errors import InvalidRecord, Problem
from engagement_schema.extraction import ExtractionError, extract
from engagement_schema.extraction.evaluation import evaluate, read_facts

__all__ = ["add_commands"]

STDIN = "-"


def add_commands(commands: Any) -> None:
    """Add `extract` and `evaluate` to the command line's subcommands (argparse's
    `_SubParsersAction`, which has no public type)."""
    formats = sorted(io.FORMATS)
    command = commands.add_parser("extract", help="read a news or press report into records with evidence")
    command.add_argument("path", metavar="PATH", help="the report as UTF-8 text; - reads stdin")
    command.add_argument("--published", metavar="DATE", help="publication date (YYYY[-MM[-DD]]), to read dates by")
    command.add_argument("--url", help="where the report was published")
    command.add_argument("--title", help="the report's title")
    command.add_argument("--publisher", metavar="NAME", help="the organization that published the report")
    command.add_argument("--to", default="yaml", choices=formats, help="output format (default: yaml)")
    command.add_argument("-o", "--output", metavar="OUT", help="write here, atomically (default: stdout)")
    command.set_defaults(run=_extract)

    command = commands.add_parser("evaluate", help="score extracted records against hand-checked ones, per kind")
    command.add_argument("gold", metavar="GOLD", help="hand-checked dataset, or facts in the compact YAML form")
    command.add_argument("predicted", metavar="PRED", help="extracted dataset (or facts)")
    command.set_defaults(run=_evaluate)


def _extract(args: argparse.Namespace) -> int:
    source = "<stdin>" if args.path == STDIN else args.path
    raw = sys.stdin.buffer.read() if args.path == STDIN else Path(args.path).read_bytes()
    try:
        dataset = extract(
            io.decode(raw, source), published=args.published, url=args.url, title=args.title, publisher=args.publisher
        )
    except ExtractionError as err:
        raise InvalidRecord(source, [Problem((), str(err))]) from None
    text = io.dumps(dataset, args.to)
    if args.output is None:
        sys.stdout.write(text)
    else:
        io.write_atomic(args.output, text)
    return 0


def _evaluate(args: argparse.Namespace) -> int:
    report = evaluate(read_facts(args.gold), read_facts(args.predicted))
    print(report.table())
    differences = report.differences()
    if differences:
        print("\ndiffering facts:")
        print("\n".join(f"  {line}" for line in differences))
    return 0
