"""The seed: General Votel's May 2018 visit to Tajikistan, as text and as a checked record.

The hand-checked record (`seeds/votel-tajikistan-2018.yaml`) leaves the article text
out and names it by SHA-256; `seed_dataset` attaches the text so every evidence span
is checked against the exact characters.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from importlib.resources import files
from typing import Any

from engagement_schema.io import loads
from engagement_schema.models import Dataset
from engagement_schema.validation import to_data, validate_data

__all__ = ["SEED_NAME", "attach_texts", "seed_dataset", "seed_text"]

SEED_NAME = "votel-tajikistan-2018"


def seed_text() -> str:
    """The seed article, exactly as published (curly apostrophes, non-breaking spaces)."""
    return files("engagement_schema").joinpath("seeds", f"{SEED_NAME}.txt").read_text(encoding="utf-8")


def seed_dataset() -> Dataset:
    """The hand-checked seed record, with its source text attached and spans verified."""
    raw = files("engagement_schema").joinpath("seeds", f"{SEED_NAME}.yaml").read_bytes()
    record = loads(raw, "yaml", source=f"seeds/{SEED_NAME}.yaml")
    return attach_texts(record, [seed_text()])


def attach_texts(dataset: Dataset, texts: Iterable[str]) -> Dataset:
    """The dataset with each text put on the source whose `sha256` it matches, revalidated."""
    by_hash = {hashlib.sha256(t.encode("utf-8")).hexdigest(): t for t in texts}
    data: dict[str, Any] = to_data(dataset)
    for source in data.get("sources", []):
        if "text" not in source and source.get("sha256") in by_hash:
            source["text"] = by_hash[source["sha256"]]
    return validate_data(data, source="<dataset with texts>")
