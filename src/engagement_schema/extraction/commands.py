"""The command line's extraction commands: `extract` a report's text into records, and
`evaluate` extracted records against hand-checked ones.

    engagement-schema extract PATH|- [--published DATE] [--url URL] [--title TITLE] [--publisher NAME]
                                     [--to FORMAT] [-o OUT]
    engagement-schema evaluate GOLD PRED

`extract` writes in any format of the I/O registry. `evaluate` compares two files, or
two directories report by report (`NAME.yaml` or `NAME.expected.yaml` in GOLD with
`NAME.<any dataset suffix>` in PRED), pooling the facts of a corpus. Input that is not a report — empty,
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
from engagement_schema.extraction.evaluation import evaluate, evaluate_corpus, read_facts

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
    command.add_argument(
        "gold", metavar="GOLD", help="hand-checked dataset or facts in the compact YAML form; or a directory of them"
    )
    command.add_argument("predicted", metavar="PRED", help="extracted dataset (or facts); or a directory of them")
    command.set_defaults(run=_evaluate)


def _extract(args: argparse.Namespace) -> int:
    source = "<stdin>" if args.path == STDIN else args.path
    raw = io.read_whole(sys.stdin.buffer, source) if args.path == STDIN else io.read_path(args.path)
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
    gold, predicted = Path(args.gold), Path(args.predicted)
    if gold.is_dir() or predicted.is_dir():
        report = evaluate_corpus((name, read_facts(g), read_facts(p)) for name, g, p in _pairs(gold, predicted))
    else:
        report = evaluate(read_facts(gold), read_facts(predicted))
    print(report.table())
    differences = report.differences()
    if differences:
        print("\ndiffering facts:")
        print("\n".join(f"  {line}" for line in differences))
    return 0


def _pairs(gold: Path, predicted: Path) -> list[tuple[str, Path, Path]]:
    """Each report of the GOLD directory with its file in PRED, by name; a report without
    its other half is an error, so a corpus is never scored in part without a word."""
    for path in (gold, predicted):
        if not path.is_dir():
            raise InvalidRecord(str(path), [Problem((), "is not a directory; give two files or two directories")])
    golds = _by_name(gold)
    found = _by_name(predicted)
    missing = sorted(golds.keys() - found.keys())
    if missing:
        message = f"no extraction for {len(missing)} report(s) of {gold}: {', '.join(missing)}"
        raise InvalidRecord(str(predicted), [Problem((), message)])
    if not golds:
        raise InvalidRecord(str(gold), [Problem((), "holds no dataset or facts file (.json, .yaml, ...)")])
    return [(name, golds[name], found[name]) for name in sorted(golds)]


def _by_name(directory: Path) -> dict[str, Path]:
    """The directory's dataset files by report name (`NAME.expected.yaml` is NAME's)."""
    suffixes = {suffix for fmt in io.FORMATS.values() for suffix in fmt.suffixes}
    found: dict[str, Path] = {}
    for path in sorted(p for p in directory.iterdir() if p.is_file() and p.suffix.lower() in suffixes):
        name = path.name[: -len(path.suffix)].removesuffix(".expected")
        if name in found:
            raise InvalidRecord(
                str(path), [Problem((), f"a second file for report {name!r} (also {found[name].name})")]
            )
        found[name] = path
    return found
