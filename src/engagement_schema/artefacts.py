"""The generated artefacts committed under `schemas/` and `examples/`, and their drift check.

Everything here is derived from the models and the seed; the files are committed so
users of other languages can take them without Python, and `check` (run by the test
suite) fails when a committed file no longer matches what the code generates.

    python -m engagement_schema.artefacts          # rewrite them
    python -m engagement_schema.artefacts --check  # exit 1 if any drifted
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from engagement_schema import io
from engagement_schema.formats import jsonld, turtle
from engagement_schema.formats.jsonschema import dataset_schema
from engagement_schema.rdf.concepts import concept_triples
from engagement_schema.rdf.namespaces import DEFAULT_BASE
from engagement_schema.rdf.ontology import ontology_triples
from engagement_schema.rdf.shapes import SHAPES, shape_triples
from engagement_schema.rdf.terms import Triple
from engagement_schema.seed import SEED_NAME, seed_dataset

__all__ = ["ARTEFACTS", "check", "generate", "write"]


def _json(data: Any) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _seed_as(format: str) -> Callable[[], str]:
    return lambda: io.dumps(seed_dataset(), format)


def _turtle(triples: Callable[[], Iterable[Triple]]) -> Callable[[], str]:
    return lambda: turtle.document(triples(), turtle.Compactor(DEFAULT_BASE, {"shape": SHAPES}))


#: Path relative to the repository root -> function that makes its text.
ARTEFACTS: dict[str, Callable[[], str]] = {
    "schemas/dataset.schema.json": lambda: _json(dataset_schema()),
    "schemas/context.jsonld": lambda: _json({"@context": jsonld.context(turtle.Compactor(DEFAULT_BASE))}),
    "schemas/shapes.ttl": _turtle(shape_triples),
    "schemas/ontology.ttl": _turtle(ontology_triples),
    "schemas/vocabularies.ttl": _turtle(concept_triples),
    f"examples/{SEED_NAME}.json": _seed_as("json"),
    f"examples/{SEED_NAME}.ttl": _seed_as("turtle"),
}


def generate() -> dict[str, str]:
    """The text of every artefact, by path."""
    return {path: make() for path, make in ARTEFACTS.items()}


def check(root: Path) -> list[str]:
    """Paths under `root` whose committed text differs from the generated text."""
    return [path for path, text in generate().items() if _read(root / path) != text]


def write(root: Path) -> list[str]:
    """Write every artefact under `root`; returns the paths that changed."""
    changed = check(root)
    for path, text in generate().items():
        if path in changed:
            (root / path).parent.mkdir(parents=True, exist_ok=True)
            io.write_atomic(root / path, text)
    return changed


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None


def _main(argv: list[str]) -> int:
    root = Path.cwd()
    if "--check" in argv:
        drifted = check(root)
        for path in drifted:
            print(f"{path}: differs from what the code generates; run python -m engagement_schema.artefacts")
        return 1 if drifted else 0
    for path in write(root):
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
