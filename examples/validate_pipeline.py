"""A pipeline step: let valid records through, stop the pipeline on invalid ones.

Put it between the step that extracts records and the one that loads them: it reads
each file (JSON or YAML, by suffix), prints every problem as `PATH:LINE:COL: field.path:
message` on stderr, so CI logs and editors link to the place, and exits like the
`engagement-schema validate` command: 0 when every file is valid, 1 when any is not,
2 when it was called wrongly.

    python examples/validate_pipeline.py records/*.yaml && load-them records/*.yaml
    python examples/validate_pipeline.py --demo      # one good and one bad input, side by side
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from engagement_schema import InvalidRecord, load, seed_dataset, to_data
from engagement_schema.formats import yaml as yaml_format


def validate(paths: list[Path]) -> int:
    """Check every file; report each problem; the exit status for the pipeline."""
    status = 0
    for path in paths:
        try:
            dataset = load(path)
        except InvalidRecord as err:
            print(err, file=sys.stderr)
            status = 1
        except ValueError as err:  # a suffix that names no format
            print(f"{path}: {err}", file=sys.stderr)
            return 2
        else:
            count = sum(1 for _ in dataset.records())
            print(f"{path}: valid ({count} records)", flush=True)
    return status


def demo(folder: Path) -> int:
    """Run the step on the seed, then on copies broken the ways real extractions go wrong."""
    inputs = {"good.json": to_data(seed_dataset())}
    inputs["bad-values.yaml"] = to_data(seed_dataset())
    inputs["bad-values.yaml"]["engagements"][1]["start"] = "2018-02-30"  # no such day
    inputs["bad-values.yaml"]["aid_programs"][0]["amount"]["value"] = 1.8e9  # a float: digits may be lost
    inputs["bad-reference.json"] = to_data(seed_dataset())
    inputs["bad-reference.json"]["occupancies"][0]["person"] = "sheralli-mirzo"  # a typo: names nobody
    for name, data in inputs.items():
        path = folder / name
        text = yaml_format.dumps(data) if name.endswith(".yaml") else json.dumps(data, indent=2, ensure_ascii=False)
        path.write_text(text, encoding="utf-8")
        print(f"$ validate_pipeline.py {name}", flush=True)
        status = validate([path])
        sys.stderr.flush()
        print(f"exit status {status}: {'the pipeline goes on' if status == 0 else 'the pipeline stops'}\n", flush=True)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, metavar="PATH", help="JSON or YAML dataset files")
    parser.add_argument("--demo", action="store_true", help="validate a good and a bad example")
    args = parser.parse_args(argv)
    if args.demo:
        with tempfile.TemporaryDirectory() as folder:
            return demo(Path(folder))
    if not args.paths:
        parser.error("give the files to validate, or --demo")
    return validate(args.paths)


if __name__ == "__main__":
    sys.exit(main())
