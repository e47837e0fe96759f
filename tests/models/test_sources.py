"""Source documents and attributions (models/sources.py)."""

from __future__ import annotations

import hashlib

from engagement_schema import Attribution, SourceDocument
from tests.checks import problems


def test_a_source_may_carry_its_text_and_hash() -> None:
    text = "Tajikistan’s leadership"
    source = SourceDocument(id="s", text=text, sha256=hashlib.sha256(text.encode("utf-8")).hexdigest())
    assert source.text == text


def test_a_text_that_does_not_hash_to_the_sha256_is_rejected() -> None:
    (found,) = problems(SourceDocument, {"id": "s", "text": "changed", "sha256": "0" * 64})
    assert "sha256 is 0000" in found
    assert "the text hashes to" in found


def test_sha256_is_64_lower_case_hex_digits() -> None:
    assert problems(SourceDocument, {"id": "s", "sha256": "F" * 64})[0].startswith("sha256:")


def test_a_source_may_name_its_publisher_language_and_url() -> None:
    source = SourceDocument(
        id="s", publisher="asia-plus", published="2018-05-14", language="en", url="https://asiaplustj.info/en/news"
    )
    assert (source.published, source.language) == ("2018-05-14", "en")


def test_an_attribution_supports_at_least_one_claim() -> None:
    assert problems(Attribution, {"id": "a", "document": "s", "claims": []})[0].startswith("claims:")
    attribution = Attribution(id="a", document="s", agent="us-embassy", claims=["visit", "meeting"])
    assert attribution.claims == ("meeting", "visit")
