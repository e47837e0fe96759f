"""Spans, sentences, tokens and phrase matching over the exact characters of a report."""

from __future__ import annotations

import pytest

from engagement_schema.extraction.text import Document, ExtractionError, MatcherSet, PhraseMatcher, Span, fold


def test_folding_keeps_every_offset() -> None:
    text = "Tajikistan\u2019s\u00a0border \u2013 \u201cquoted\u201d"
    assert len(fold(text)) == len(text)
    assert fold(text) == 'Tajikistan\'s border - "quoted"'


def test_sentences_do_not_end_at_abbreviations_or_initials() -> None:
    doc = Document("Gen. Kenneth F. McKenzie met U.S. officials. He left on Dec. 5.  Then he spoke.")
    assert [doc.quote(s.span) for s in doc.sentences] == [
        "Gen. Kenneth F. McKenzie met U.S. officials.",
        "He left on Dec. 5.",
        "Then he spoke.",
    ]


def test_sentence_body_leaves_out_the_closing_period() -> None:
    doc = Document("The sides agreed.")
    assert doc.quote(doc.sentences[0].body) == "The sides agreed"


def test_paragraphs_are_counted_at_line_breaks() -> None:
    doc = Document("First line.\n\nSecond paragraph. Still second.\nThird.")
    assert [s.paragraph for s in doc.sentences] == [0, 1, 1, 2]


def test_a_first_line_without_closing_punctuation_is_the_headline() -> None:
    doc = Document("Minister meets ambassador\n\nThe minister met the ambassador.")
    assert doc.headline is doc.sentences[0]
    assert Document("The minister met the ambassador. They talked.").headline is None


def test_possessive_and_hyphen_are_tokens_of_their_own() -> None:
    doc = Document("Tajikistan's Uzbek-Afghan border")
    assert doc.keys == ["tajikistan", "'s", "uzbek", "-", "afghan", "border"]


@pytest.mark.parametrize("text", ["", "   \n\t "])
def test_empty_text_is_an_error(text: str) -> None:
    with pytest.raises(ExtractionError, match="empty"):
        Document(text)


def test_binary_input_is_an_error() -> None:
    with pytest.raises(ExtractionError, match="binary"):
        Document("PK\x03\x04\x00\x00binary")


def test_phrases_match_leftmost_and_longest_as_whole_tokens() -> None:
    matcher = PhraseMatcher([("terrorism", "t"), ("counter terrorism", "ct"), ("terror", "x")])
    doc = Document("on counter terrorism and terrorism, not terrorists")
    assert [(doc.quote(m.span), m.value) for m in matcher.find(doc)] == [
        ("counter terrorism", "ct"),
        ("terrorism", "t"),
    ]


def test_exact_phrases_keep_their_case() -> None:
    matcher = PhraseMatcher([("US", "US")], exact=["US"])
    doc = Document("Let us meet the US envoy.")
    assert [doc.quote(m.span) for m in matcher.find(doc)] == ["US"]


def test_phrase_tokens_may_not_be_split_by_punctuation_or_lines() -> None:
    matcher = PhraseMatcher([("border security", 1)])
    assert matcher.find(Document("border, security")) == []
    assert matcher.find(Document("border\nsecurity")) == []
    assert len(matcher.find(Document("border   security"))) == 1


def test_a_matcher_set_finds_what_each_matcher_finds_alone() -> None:
    first = PhraseMatcher([("border", "b"), ("border security", "bs")])
    second = PhraseMatcher([("security", "s"), ("security forces", "sf")])
    doc = Document("border security forces and border security")
    together = MatcherSet({"first": first, "second": second}).find(doc)
    assert together == {"first": first.find(doc), "second": second.find(doc)}


def test_span_relations() -> None:
    assert Span(0, 5).overlaps(Span(4, 6))
    assert not Span(0, 5).overlaps(Span(5, 6))
    assert Span(2, 3).within(Span(0, 5))
    assert Span(0, 2).join(Span(4, 6)) == Span(0, 6)
