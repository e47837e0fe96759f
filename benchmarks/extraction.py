"""Extraction speed: reports of ~2,500 characters a second on one core, against a baseline.

    .venv/bin/python benchmarks/extraction.py                # 300 reports, 3 runs
    .venv/bin/python benchmarks/extraction.py --count 1000 --runs 5

The reports are our own test reports and the seed article, joined into texts of about
2,500 characters in seeded, varied orders, so each is a report of several engagements.
The figure is the median of the runs, in one process and one thread, counted in the
process's CPU time (so other work on the machine does not count against it), after a
warm-up that loads the vocabularies. The baseline, measured in the same run over the same
texts, is a plain regular-expression tokenisation pass — the least any reader of the
text must do — and the ratio says how many times that pass the extraction costs.
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from engagement_schema import seed_text
from engagement_schema.extraction import extract

REPORTS = Path(__file__).resolve().parents[1] / "tests" / "extraction" / "reports"
TARGET = 2_500
_TOKENS = re.compile(r"\w+|[^\w\s]")


def texts(count: int, seed: int = 7) -> list[str]:
    """`count` reports of about TARGET characters, made of the test reports and the seed."""
    pieces = [p.read_text(encoding="utf-8") for p in sorted(REPORTS.glob("*.txt"))] + [seed_text()]
    rng = random.Random(seed)
    made: list[str] = []
    while len(made) < count:
        rng.shuffle(pieces)
        text = ""
        for piece in pieces:
            if len(text) + len(piece) <= TARGET + 300:  # keep near the target, not past it
                text = f"{text}\n\n{piece}" if text else piece
            if len(text) >= TARGET - 300:
                made.append(text)
                text = ""
    return made[:count]


def _per_second(run: Callable[[str], object], reports: list[str], runs: int) -> float:
    rates = []
    for _ in range(runs):
        start = time.process_time()
        for text in reports:
            run(text)
        rates.append(len(reports) / (time.process_time() - start))
    return statistics.median(rates)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=300, help="reports per run (default: 300)")
    parser.add_argument("--runs", type=int, default=3, help="runs; the median is reported (default: 3)")
    args = parser.parse_args()
    reports = texts(args.count)
    extract(reports[0])  # warm-up: vocabularies, gazetteer, lexicon
    size = statistics.mean(len(t) for t in reports)
    extraction = _per_second(extract, reports, args.runs)
    baseline = _per_second(_TOKENS.findall, reports, args.runs)
    print(f"{len(reports)} reports of {size:,.0f} characters on average, median of {args.runs} runs, one core")
    print(f"extraction       {extraction:10,.0f} reports/s   ({1000 / extraction:.2f} ms a report)")
    print(f"baseline (regex) {baseline:10,.0f} reports/s   (tokenising only)")
    print(f"ratio            {baseline / extraction:10,.0f}x the baseline's time; target >= 200 reports/s")


if __name__ == "__main__":
    main()
