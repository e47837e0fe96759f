"""Properties of extraction over generated text: spans always slice their quotes, the same
text always gives the same records, and no input raises anything but `ExtractionError`."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from engagement_schema import dumps
from engagement_schema.extraction import ExtractionError, extract
from tests.extraction.helpers import spans_slice

# Pieces of the genre, so generated texts reach the readers' rules, and noise between them.
_PIECES = [
    "President Emomali Rahmon",
    "General Joseph Votel, Commander of U.S. Central Command,",
    "Minister of Defense of the Republic of Uzbekistan Lieutenant General Bakhtiyor Qodirov",
    "his Tajik counterpart",
    "received",
    "visited Tajikistan",
    "met with",
    "held talks with",
    "arrived in Dushanbe on a working visit",
    "discussed border security and counter terrorism",
    "The two sides",
    "He",
    "reportedly",
    "according to the U.S. Embassy",
    "the president\u2019s website said",
    "over $1.8 billion",
    "nearly \u20ac500,000",
    "Since 1992, the United States has provided",
    "on May 11",
    "on Tuesday",
    "15.06.2016",
    "Today,",
    "The Founder of Peace and National Unity \u2013 Leader of the Nation",
    "the State Committee for National Security",
    "Central Asia",
    ".",
    ",",
    ";",
    "\n\n",
    "\u00a0",
]
_TEXTS = st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=12)), min_size=1, max_size=30).map(" ".join)


@settings(max_examples=120)
@given(_TEXTS, st.sampled_from([None, "2018-05-14", "2016"]))
def test_every_span_slices_its_quote_and_extraction_is_deterministic(text: str, published: str | None) -> None:
    try:
        first = extract(text, published=published)
    except ExtractionError:
        return
    spans_slice(first, text)
    assert dumps(extract(text, published=published), "json") == dumps(first, "json")


@settings(max_examples=150)
@given(st.text(max_size=400))
def test_any_text_gives_a_dataset_or_an_extraction_error(text: str) -> None:
    try:
        dataset = extract(text)
    except ExtractionError:
        return
    spans_slice(dataset, text)


@settings(max_examples=60)
@given(st.binary(max_size=300))
def test_decoded_bytes_never_raise_anything_else(raw: bytes) -> None:
    text = raw.decode("utf-8", "replace")
    try:
        dataset = extract(text)
    except ExtractionError:
        return
    assert [s.text for s in dataset.sources] == [text]
