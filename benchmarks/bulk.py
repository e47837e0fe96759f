"""Bulk throughput and memory: our streaming paths against the usual baselines, in one run.

    .venv/bin/python benchmarks/bulk.py                 # 1,000 meetings, 3 runs a path
    .venv/bin/python benchmarks/bulk.py --count 10000 --memory 10000,100000

Each path runs in a fresh process (so its peak RSS is its own) over the same seeded
synthetic meetings (`synthetic.py`); the figure is the median of the runs. Ratios are
against baselines measured in the same run, never against stored numbers:
rdflib (a Graph built from the same triples, then serialised), a minimal hand-written
N-Triples writer over plain dicts (no validation: the floor for pure Python), and
python `jsonschema` (Draft 2020-12) for validation.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from synthetic import engagement_lines  # noqa: E402

from engagement_schema.bulk import RecordJob, process  # noqa: E402
from engagement_schema.rdf.namespaces import DEFAULT_BASE  # noqa: E402

RDF = ("ntriples", "turtle", "jsonld")
COLLECTIONS = (
    "sources",
    "places",
    "organizations",
    "people",
    "posts",
    "occupancies",
    "engagements",
    "statements",
    "aid_programs",
    "attributions",
)


class _Sink:
    """Counts what is written, keeps nothing: output cost without output memory."""

    def __init__(self) -> None:
        self.chars = 0
        self.triples = 0

    def write(self, text: str) -> int:
        self.chars += len(text)
        self.triples += text.count(" .\n")
        return len(text)


def _ours(out_format: str | None, jobs: int = 1) -> Callable[[list[str]], dict[str, int]]:
    def run(lines: list[str]) -> dict[str, int]:
        sink = _Sink()
        job = RecordJob("<bench>", "jsonl", out_format, DEFAULT_BASE)
        process((line.encode() for line in lines), job, sink=sink if out_format else None, jobs=jobs)  # type: ignore[arg-type]
        return {"count_triples": 1} if out_format in RDF else {}

    return run


def _our_triples(lines: list[str]) -> int:
    """How many triples our mapping makes of these lines (every RDF format holds the same)."""
    from engagement_schema.models import Dataset
    from engagement_schema.rdf.mapping import dataset_triples

    return sum(1 for line in lines for _ in dataset_triples(Dataset.model_validate_json(line)))


def _rdflib(format: str) -> Callable[[list[str]], dict[str, int]]:
    def run(lines: list[str]) -> dict[str, int]:
        import rdflib

        from engagement_schema.models import Dataset
        from engagement_schema.rdf.graphs import to_graph
        from engagement_schema.rdf.mapping import dataset_triples

        triples = [t for line in lines for t in dataset_triples(Dataset.model_validate_json(line))]
        started = time.perf_counter()
        graph: rdflib.Graph = to_graph(triples)
        text = graph.serialize(format=format)
        return {"triples": len(graph), "seconds_override": time.perf_counter() - started, "chars": len(text)}

    return run


def _minimal(lines: list[str]) -> dict[str, int]:
    """The floor: plain dicts to N-Triples lines, no validation, no mapping, no escaping
    beyond JSON's; nested objects become nested subjects, as in our graphs."""
    sink = _Sink()
    for line in lines:
        data = json.loads(line)
        for name in COLLECTIONS:
            for record in data.get(name, ()):
                _minimal_node(sink, f"{DEFAULT_BASE}{record['id']}", record)
    return {"triples": sink.triples}


def _minimal_node(sink: _Sink, subject: str, node: dict[str, Any]) -> None:
    for key, value in node.items():
        for i, item in enumerate(value if isinstance(value, list) else (value,)):
            if isinstance(item, dict):
                child = f"{subject}-{key}-{i}"
                sink.write(f"<{subject}> <{DEFAULT_BASE}{key}> <{child}> .\n")
                _minimal_node(sink, child, item)
            elif isinstance(item, str):
                sink.write(f"<{subject}> <{DEFAULT_BASE}{key}> {json.dumps(item, ensure_ascii=False)} .\n")
            else:
                sink.write(f'<{subject}> <{DEFAULT_BASE}{key}> "{item}"^^<{DEFAULT_BASE}type> .\n')


def _jsonschema(lines: list[str]) -> dict[str, int]:
    import jsonschema

    from engagement_schema.formats.jsonschema import dataset_schema

    validator = jsonschema.Draft202012Validator(dataset_schema())
    for line in lines:
        validator.validate(json.loads(line))
    return {}


PATHS: dict[str, Callable[[list[str]], dict[str, int]]] = {
    "ours: validate": _ours(None),
    "ours: → N-Triples": _ours("ntriples"),
    "ours: → N-Triples, --jobs 2": _ours("ntriples", jobs=2),
    "ours: → Turtle": _ours("turtle"),
    "ours: → JSON-LD lines": _ours("jsonld"),
    "ours: → JSON Lines": _ours("jsonl"),
    "ours: → YAML": _ours("yaml"),
    "rdflib Graph → Turtle": _rdflib("turtle"),
    "rdflib Graph → N-Triples": _rdflib("nt"),
    "minimal writer, dicts → N-Triples": _minimal,
    "python jsonschema: validate": _jsonschema,
}


def _one(name: str, count: int) -> dict[str, Any]:
    # rdflib's Turtle serialiser is orders of magnitude slower; a tenth of the input
    # gives its rate without a wait of minutes.
    lines = list(engagement_lines(max(1, count // 10) if name == "rdflib Graph → Turtle" else count))
    records = sum(len(json.loads(line).get(c, ())) for line in lines for c in COLLECTIONS)
    started = time.perf_counter()
    result = PATHS[name](lines)
    seconds = result.pop("seconds_override", time.perf_counter() - started)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    if result.pop("count_triples", 0):
        result["triples"] = _our_triples(lines)  # counted after the clock stopped
    return {"seconds": seconds, "records": records, "peak_mib": peak / 1024, **result}


def _measure(name: str, count: int, runs: int) -> dict[str, Any]:
    results = []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, __file__, "--one", name, "--count", str(count)], check=True, capture_output=True, text=True
        ).stdout
        results.append(json.loads(out))
    best = {key: statistics.median(r[key] for r in results) for key in results[0]}
    best["records/s"] = best["records"] / best["seconds"]
    if best.get("triples"):
        best["triples/s"] = best["triples"] / best["seconds"]
    return best


def _memory(counts: Iterable[int]) -> list[tuple[int, float]]:
    """Peak RSS of streaming `count` meetings through convert → N-Triples → /dev/null."""
    peaks = []
    for count in counts:
        generator = subprocess.Popen([sys.executable, str(HERE / "synthetic.py"), str(count)], stdout=subprocess.PIPE)
        cli = [
            sys.executable,
            "-m",
            "engagement_schema",
            "convert",
            "-",
            "--format",
            "jsonl",
            "--to",
            "ntriples",
            "-o",
            os.devnull,
            "--quiet",
        ]
        started = time.perf_counter()
        converter = subprocess.Popen(cli, stdin=generator.stdout)
        _, status, usage = os.wait4(converter.pid, 0)
        generator.wait()
        if status:
            raise SystemExit(f"convert failed with status {status}")
        peak = usage.ru_maxrss / 1024  # this process alone, KiB on Linux
        peaks.append((count, peak))
        print(f"  streamed {count:,} meetings in {time.perf_counter() - started:.0f}s; peak RSS {peak:.0f} MiB")
    return peaks


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=1000, help="synthetic meetings per run (default 1000)")
    parser.add_argument("--runs", type=int, default=3, help="runs per path; the median is shown (default 3)")
    parser.add_argument("--memory", help="comma-separated counts for the flat-memory check, e.g. 10000,1000000")
    parser.add_argument("--one", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(_one(args.one, args.count)))
        return
    print(
        f"{args.count:,} synthetic meetings, median of {args.runs} runs, {os.cpu_count()} cores, "
        f"Python {sys.version.split()[0]}\n"
    )
    results = {name: _measure(name, args.count, args.runs) for name in PATHS}
    print(f"{'path':<36}{'records/s':>12}{'triples/s':>12}{'peak MiB':>10}")
    for name, r in results.items():
        triples = f"{r['triples/s']:>12,.0f}" if "triples/s" in r else f"{'':>12}"
        print(f"{name:<36}{r['records/s']:>12,.0f}{triples}{r['peak_mib']:>10,.0f}")
    ours_nt = results["ours: → N-Triples"]["triples/s"]
    ratios = {
        "N-Triples vs rdflib Graph → N-Triples (target ≥ 5)": ours_nt
        / results["rdflib Graph → N-Triples"]["triples/s"],
        "N-Triples vs minimal writer (target ≥ 0.4)": ours_nt
        / results["minimal writer, dicts → N-Triples"]["triples/s"],
        "Turtle vs our N-Triples (target ≥ 0.67)": results["ours: → Turtle"]["triples/s"] / ours_nt,
        "validate vs python jsonschema (target ≥ 10)": results["ours: validate"]["records/s"]
        / results["python jsonschema: validate"]["records/s"],
        "--jobs 2 vs --jobs 1 (target ≥ 1.6)": results["ours: → N-Triples, --jobs 2"]["triples/s"] / ours_nt,
    }
    print()
    for label, ratio in ratios.items():
        print(f"{label:<56}{ratio:>6.2f}×")
    if args.memory:
        print("\nflat memory (convert → N-Triples, streamed from a generator):")
        peaks = _memory(int(c) for c in args.memory.split(","))
        print(f"  peak RSS, largest / smallest run: {peaks[-1][1] / peaks[0][1]:.2f}× (target ≤ 1.5)")


if __name__ == "__main__":
    main()
