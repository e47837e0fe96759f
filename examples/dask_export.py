"""Bulk export beyond one process: the per-record job of `engagement_schema.bulk`, run by Dask.

Ids and IRIs are given or content-derived, never positional, so each partition of a
partitioned JSON Lines corpus is converted on its own, on any worker of any machine,
and the partitions' N-Triples concatenate into one valid graph with no id collisions.

    pip install 'engagement-schema[dask]'
    python examples/dask_export.py 'corpus/part-*.jsonl' out/          # local scheduler
    python examples/dask_export.py 'corpus/part-*.jsonl' out/ --scheduler tcp://host:8786
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from pathlib import Path

from engagement_schema.bulk import Item, RecordJob
from engagement_schema.errors import InvalidRecord
from engagement_schema.rdf.namespaces import DEFAULT_BASE


def convert_partition(lines: Iterable[str], *, to: str = "ntriples", base: str = DEFAULT_BASE) -> list[str]:
    """One partition's output lines (without newlines), in order; a bad record fails the
    partition with its problems, naming the partition's line."""
    job = RecordJob("<partition>", "jsonl", to, base)
    out = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        result = job(Item(number - 1, number, line))
        if not isinstance(result, str):
            raise InvalidRecord("<partition>", result)
        out.extend(result.split("\n")[:-1])  # not splitlines: U+2028 may sit inside a literal
    return out


def export(pattern: str, out_dir: Path, *, scheduler: str = "processes", to: str = "ntriples") -> list[Path]:
    """Convert every partition matched by `pattern` into `out_dir/part-N.nt`; returns the files."""
    import dask.bag as db

    out_dir.mkdir(parents=True, exist_ok=True)
    bag = db.read_text(pattern, encoding="utf-8")
    converted = bag.map_partitions(convert_partition, to=to)
    suffix = {"ntriples": "nt", "jsonl": "jsonl"}[to]
    targets = [str(out_dir / f"part-{i}.{suffix}") for i in range(bag.npartitions)]
    converted.to_textfiles(targets, last_endline=True, compute=True, scheduler=_scheduler(scheduler))
    return [Path(t) for t in targets]


def _scheduler(name: str) -> object:
    if name.startswith("tcp://"):
        from dask.distributed import Client

        return Client(name)
    return name


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pattern", help="glob of JSON Lines partitions")
    parser.add_argument("out", type=Path, help="folder for the per-partition outputs")
    parser.add_argument("--to", default="ntriples", choices=["ntriples", "jsonl"])
    parser.add_argument("--scheduler", default="processes", help="synchronous, threads, processes or tcp://...")
    args = parser.parse_args()
    try:
        files = export(args.pattern, args.out, scheduler=args.scheduler, to=args.to)
    except InvalidRecord as err:
        print(err, file=sys.stderr)
        return 1
    print(f"wrote {len(files)} partitions to {args.out}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
