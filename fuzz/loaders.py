"""Coverage-guided fuzzing of every loader with atheris: run on demand, not in CI.

    pip install atheris
    python fuzz/loaders.py -max_total_time=600 fuzz/corpus tests/hostile/cases/*/

The first byte of each input picks the loader (JSON, YAML, Turtle, N-Triples, JSON-LD,
a JSON Lines or YAML stream, or extraction), the rest is what it reads. A loader must
give a dataset or raise `InvalidRecord` (extraction: `ExtractionError`); anything else
is a crash, which atheris saves as `crash-*` for a regression case in tests/hostile.
"""

from __future__ import annotations

import contextlib
import io
import sys

import atheris

with atheris.instrument_imports():
    from engagement_schema import InvalidRecord, loads
    from engagement_schema.bulk import RecordJob, process
    from engagement_schema.extraction import ExtractionError, extract
    from engagement_schema.rdf.namespaces import DEFAULT_BASE

DOCUMENTS = ("json", "yaml", "turtle", "ntriples", "jsonld")
STREAMS = ("jsonl", "yaml")


def one_input(data: bytes) -> None:
    if not data:
        return
    choice, raw = data[0] % (len(DOCUMENTS) + len(STREAMS) + 1), data[1:]
    if choice < len(DOCUMENTS):
        with contextlib.suppress(InvalidRecord):
            loads(raw, DOCUMENTS[choice])
    elif choice < len(DOCUMENTS) + len(STREAMS):
        job = RecordJob("<fuzz>", STREAMS[choice - len(DOCUMENTS)], "ntriples", DEFAULT_BASE)
        process(io.BytesIO(raw), job, sink=io.StringIO(), keep_going=True)
    else:
        with contextlib.suppress(ExtractionError):
            extract(raw.decode("utf-8", "replace"))


def main() -> None:
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
