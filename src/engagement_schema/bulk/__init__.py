"""Streaming validation and conversion of record sets too large to hold at once.

Input is split into records (a JSON Lines line, a YAML document, or a whole JSON or
RDF file), each record is validated and serialised on its own — in worker processes
with `jobs` > 1 — and the output is written in input order, so it is byte-identical
whatever the number of jobs. Ids and IRIs are content-derived or given, never
positional, so the same per-record function also runs unchanged inside a
distributed engine (see `examples/dask_export.py`).
"""

from engagement_schema.bulk.items import STREAM_FORMATS, Item, read_items
from engagement_schema.bulk.pipeline import Outcome, run
from engagement_schema.bulk.records import OUTPUT_FORMATS, RecordJob
from engagement_schema.bulk.streams import Report, process

__all__ = ["OUTPUT_FORMATS", "STREAM_FORMATS", "Item", "Outcome", "RecordJob", "Report", "process", "read_items", "run"]
