"""Convert a dataset between formats, and show that nothing is lost on the way.

Reads a dataset (the seed when none is given), writes it in every format the library
knows into a folder, reads each file back and checks it is the same dataset; then
converts JSON to YAML and back and checks the bytes are identical, since output is
deterministic.

    python examples/convert_formats.py                          # the seed, into ./converted
    python examples/convert_formats.py records.yaml --out build/
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from engagement_schema import Dataset, dump, dumps, load, loads, seed_dataset
from engagement_schema.io import FORMATS


def convert(dataset: Dataset, folder: Path, name: str) -> list[tuple[str, Path, bool]]:
    """Write `dataset` in every format; (format, file, read back equal) for each."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for format, spec in FORMATS.items():
        path = folder / f"{name}{spec.suffixes[0]}"
        dump(dataset, path, format)  # atomic: a failure leaves any old file as it was
        written.append((format, path, load(path) == dataset))
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input", nargs="?", type=Path, help="a dataset file (default: the seed)")
    parser.add_argument("--out", type=Path, default=Path("converted"), help="output folder (default: converted)")
    args = parser.parse_args(argv)
    dataset = load(args.input) if args.input else seed_dataset()
    name = args.input.stem if args.input else "seed"

    results = convert(dataset, args.out, name)
    for format, path, same in results:
        print(f"{format:<9} {path.stat().st_size:>8} bytes  {path}  {'read back equal' if same else 'DIFFERS'}")

    as_json = dumps(dataset, "json")
    back = dumps(loads(dumps(loads(as_json, "json"), "yaml"), "yaml"), "json")
    print(f"JSON -> YAML -> JSON: {'byte-identical' if back == as_json else 'DIFFERS'}")
    return 0 if back == as_json and all(same for _, _, same in results) else 1


if __name__ == "__main__":
    sys.exit(main())
