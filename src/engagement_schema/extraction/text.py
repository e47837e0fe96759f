"""Text as the extractor reads it: spans, sentences, tokens and phrase matching.

Every fact the extractor records points at character offsets of the original text, so
nothing here rewrites it. `Document.folded` is a copy of equal length in which curly
quotes, non-breaking spaces and dashes have their plain forms: patterns are written
once, for the plain forms, and the offsets they find still slice the original text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Generic, NamedTuple, TypeVar

from engagement_schema.errors import EngagementSchemaError

__all__ = [
    "CuedPattern",
    "Document",
    "ExtractionError",
    "Match",
    "MatcherSet",
    "PhraseMatcher",
    "Sentence",
    "Span",
    "SpanIndex",
    "fold",
]

T = TypeVar("T")

# One character for one character, so offsets in the folded text are offsets in the original.
_FOLD = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u00a0": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
    }
)

# Words keep inner apostrophes ("d'Affaires"); a possessive "'s" and each hyphen are tokens of
# their own, so "Uzbek-Afghan border" holds the phrase "Afghan border".
_TOKEN = re.compile(r"\w+(?:'(?!s\b)\w+)*|'s\b|[^\w\s]")
# A sentence ends at . ! or ? (with closing quotes or brackets) before a space, or at a line break.
# (Its first character a class of its own, so a scan skips to one of those characters.)
_BOUNDARY = re.compile(r"[.!?\n](?:(?<=\n)|[.!?]*[\"')\]]*(?=\s))")
_NEXT_START = re.compile(r"\s*(?=[\"'(\[]?[A-Z0-9])")
# Words whose period does not end a sentence ("Gen. Votel", "Dec. 5", "Mr. Smith").
_ABBREVIATION = re.compile(
    r"mrs?|ms|dr|gen|lt|col|maj|capt|adm|brig|sgt|cpl|gov|sen|rep|amb|st|nos?|jan|feb|mar|apr|jun|jul|aug|sept?"
    r"|oct|nov|dec|inc|ltd|co|corp|jr|sr|vs|hon|prof|rev|retd?|approx|est|dept|govt|etc|md|mohd|muhd|smt|engr?"
    r"|atty|arch|lic|lcd[ao]|ing|ma|ts|kh|ch|sh|zh"  # the last five: Mongolian initials ("Ts. Batbold")
)
_BINARY = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_NOT_ASCII = re.compile(r"[^\x00-\x7f]")


class ExtractionError(EngagementSchemaError):
    """The input cannot be read as a report (empty, or binary rather than text)."""


# The same as pairs: replacing the few characters a text holds is many times quicker than
# `str.translate`, which looks every character up.
_FOLD_PAIRS = tuple((chr(code), str(plain)) for code, plain in _FOLD.items())


def fold(text: str) -> str:
    """`text` with curly quotes, special spaces and dashes in plain form; same length."""
    for special, plain in _FOLD_PAIRS:
        if special in text:
            text = text.replace(special, plain)
    return text


class Span(NamedTuple):
    """A half-open range of character offsets, the slice `text[start:end]`.

    A named tuple: spans are made, hashed and ordered by the thousand in every report,
    and a tuple does each in C."""

    start: int
    end: int

    def overlaps(self, other: Span) -> bool:
        """Whether the two spans share a character."""
        return self.start < other.end and other.start < self.end

    def within(self, other: Span) -> bool:
        """Whether this span lies inside `other`."""
        return other.start <= self.start and self.end <= other.end

    def join(self, other: Span) -> Span:
        """The smallest span covering both."""
        return Span(min(self.start, other.start), max(self.end, other.end))


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence's span, its paragraph and its place in the document."""

    span: Span
    paragraph: int
    index: int
    body: Span
    """The sentence without its closing punctuation."""


class Document:
    """A report's text with its sentences and word tokens, read once.

    Tokens are words (with inner apostrophes), possessive "'s" and single punctuation
    marks; `words` holds each token as the folded text writes it, `keys` each case-folded,
    the form phrase matching compares, and `capitalized` whether it begins with a capital
    letter.
    """

    def __init__(self, text: str) -> None:
        if not text.strip():
            raise ExtractionError("the text is empty: there is nothing to extract")
        if len(_BINARY.findall(text, 0, 4096)) > 8 or "\x00" in text:
            raise ExtractionError("the input looks binary (control characters), not a text report")
        self.text = text
        self.folded = fold(text)
        # Mapped in C, not comprehended: every token of every report passes here.
        tokens = list(_TOKEN.finditer(self.folded))
        self.words: list[str] = list(map(re.Match.group, tokens))
        self.starts: list[int] = list(map(re.Match.start, tokens))
        self.ends: list[int] = list(map(re.Match.end, tokens))
        self.keys: list[str] = list(map(str.casefold, self.words))
        self.capitalized: list[bool] = [w[0].isupper() for w in self.words]
        self._tokens_in: dict[frozenset[str], list[int]] = {}
        # For `may_hold`: the text lowered, unless lowering changes its length ("İ" becomes
        # two characters) and so its offsets; and where letters beyond ASCII are.
        lowered = self.folded.lower()
        self._lowered = lowered if len(lowered) == len(self.folded) else None
        self._not_ascii = [] if self.folded.isascii() else [m.start() for m in _NOT_ASCII.finditer(self.folded)]
        self.sentences = tuple(self._sentences())
        self._sentence_starts = [s.span.start for s in self.sentences]
        self._paragraphs: dict[int, list[Sentence]] = {}
        for sentence in self.sentences:
            self._paragraphs.setdefault(sentence.paragraph, []).append(sentence)
        first = self.sentences[0] if self.sentences else None
        #: A headline: a first line of its own, without closing punctuation, before the body.
        #: It restates the report, so events are read from the body alone.
        self.headline = (
            first
            if first is not None
            and len(self.sentences) > 1
            and self.sentences[1].paragraph > first.paragraph
            and self.folded[first.span.end - 1] not in ".!?"
            and len(self.folded[first.span.start : first.span.end]) < 150
            else None
        )

    def quote(self, span: Span) -> str:
        """The original characters of `span`."""
        return self.text[span.start : span.end]

    def token_range(self, span: Span) -> range:
        """Indexes of the tokens inside `span`."""
        return range(bisect.bisect_left(self.starts, span.start), bisect.bisect_left(self.starts, span.end))

    def token_at(self, offset: int) -> int:
        """Index of the first token starting at or after `offset`."""
        return bisect.bisect_left(self.starts, offset)

    def tokens_in(self, words: frozenset[str]) -> list[int]:
        """Indexes of the tokens whose key is one of `words`, in order; found once per set of
        words, since a matcher looks for its phrases sentence by sentence."""
        found = self._tokens_in.get(words)
        if found is None:
            found = self._tokens_in[words] = [i for i, key in enumerate(self.keys) if key in words]
        return found

    def may_hold(self, start: int, end: int, cues: tuple[str, ...]) -> bool:
        """Whether the text from `start` to `end` may hold one of `cues` (lowercase ASCII
        words) in any case, told by a search in C. Matching that ignores case equates some
        letters beyond ASCII with ASCII ones ("ı" with "i"), so text holding any may hold
        anything."""
        lowered, not_ascii = self._lowered, self._not_ascii
        if lowered is None:
            return True
        if not_ascii and (n := bisect.bisect_left(not_ascii, start)) < len(not_ascii) and not_ascii[n] < end:
            return True
        # A loop rather than any() over a generator, which costs a third more: this is called
        # hundreds of times a report.
        for cue in cues:
            if lowered.find(cue, start, end) != -1:
                break
        else:
            return False
        return True

    def sentences_in(self, span: Span) -> list[Sentence]:
        """The sentences `span` touches."""
        first = max(0, bisect.bisect_right(self._sentence_starts, span.start) - 1)
        last = bisect.bisect_left(self._sentence_starts, span.end)
        return [s for s in self.sentences[first:last] if s.span.overlaps(span)]

    def paragraph_of(self, sentence: Sentence) -> list[Sentence]:
        """The sentences of a sentence's paragraph, in order."""
        return self._paragraphs[sentence.paragraph]

    def sentence_of(self, offset: int) -> Sentence:
        """The sentence containing (or last starting before) `offset`."""
        return self.sentences[max(0, bisect.bisect_right(self._sentence_starts, offset) - 1)]

    def _sentences(self) -> Iterator[Sentence]:
        folded = self.folded
        paragraph, start, index, has_text = 0, 0, 0, False
        for match in _BOUNDARY.finditer(folded):
            newline = match.group() == "\n"
            if not newline and (not _NEXT_START.match(folded, match.end()) or self._abbreviation_before(match.start())):
                continue
            span = _trim(folded, start, match.start() if newline else match.end())
            if span is not None:
                yield Sentence(span, paragraph, index, _body(folded, span))
                index, has_text = index + 1, True
            if newline and has_text:
                paragraph, has_text = paragraph + 1, False
            start = match.end()
        span = _trim(folded, start, len(folded))
        if span is not None:
            yield Sentence(span, paragraph, index, _body(folded, span))

    def _abbreviation_before(self, offset: int) -> bool:
        i = bisect.bisect_left(self.starts, offset) - 1
        if i < 0:
            return False
        word = self.keys[i]
        # "U.S.", "a.i." and initials ("F.") end in a single letter before the period.
        if len(word) == 1 and word.isalpha():
            return True
        return _ABBREVIATION.fullmatch(word) is not None


def _body(text: str, span: Span) -> Span:
    end = span.end
    while end > span.start + 1 and text[end - 1] in ".!?\"')] ":
        end -= 1
    return Span(span.start, end)


def _trim(text: str, start: int, end: int) -> Span | None:
    # `str.strip` drops what `str.isspace` calls space, in one call rather than a step a character.
    piece = text[start:end]
    words = piece.lstrip()
    if not words:
        return None
    start += len(piece) - len(words)
    return Span(start, start + len(words.rstrip()))


class CuedPattern:
    """A pattern that ignores case, with its cues: words one of which each of its matches
    holds. Text is scanned for it only where `Document.may_hold` finds a cue: most
    sentences hold none, and a scan costs many times the search for a word."""

    def __init__(self, pattern: str, *cues: str) -> None:
        if not cues or not all(cue.isascii() and cue.islower() for cue in cues):
            raise ValueError(f"cues must be lowercase ASCII words, not {cues!r}")
        self.pattern = re.compile(pattern, re.IGNORECASE)
        self.cues = cues

    def search(self, doc: Document, start: int, end: int) -> re.Match[str] | None:
        """The first match between `start` and `end` of the document's folded text."""
        return self.pattern.search(doc.folded, start, end) if doc.may_hold(start, end, self.cues) else None

    def finditer(self, doc: Document, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
        """The matches between `start` and `end` (the text's end by default) of the
        document's folded text."""
        end = len(doc.folded) if end is None else end
        return self.pattern.finditer(doc.folded, start, end) if doc.may_hold(start, end, self.cues) else iter(())


class Match(NamedTuple, Generic[T]):
    """A phrase found in a document: its span and the value it was registered with."""

    span: Span
    value: T


class PhraseMatcher(Generic[T]):
    """Finds registered phrases as whole token sequences, leftmost and longest first.

    Phrases are indexed by their first token, so a document is scanned once whatever the
    number of phrases. Matching ignores case unless a phrase was registered as exact;
    tokens may be separated by any whitespace, never by other characters.
    """

    def __init__(self, phrases: Iterable[tuple[str, T]], *, exact: Iterable[str] = ()) -> None:
        exact_set = set(exact)
        registered: dict[tuple[str, ...], list[tuple[tuple[str, ...] | None, T]]] = {}
        for phrase, value in phrases:
            tokens = tuple(_TOKEN.findall(fold(phrase)))
            if tokens:
                keys = tuple(map(str.casefold, tokens))
                registered.setdefault(keys, []).append((tokens if phrase in exact_set else None, value))
        # Tables of tuples alone, which the garbage collector stops tracking once it has seen
        # them hold only strings: they live as long as the process, and lists among them
        # would be walked by every full collection, thousands of entries each time.
        self._phrases = {keys: tuple(entries) for keys, entries in registered.items()}
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for keys in self._phrases:
            by_first.setdefault(keys[0], []).append(keys)
        self._by_first = {first: tuple(phrases) for first, phrases in by_first.items()}
        self._first_keys = frozenset(by_first)
        # The lengths to try at each first key, longest first: a token starting many phrases
        # ("Republic of ...") is looked up once for each length, not compared with every phrase.
        self._lengths = {
            first: tuple(sorted({len(keys) for keys in phrases}, reverse=True)) for first, phrases in by_first.items()
        }

    def phrases(self) -> dict[tuple[str, ...], tuple[tuple[tuple[str, ...] | None, T], ...]]:
        """The registered phrases by their case-folded tokens, with their values."""
        return self._phrases

    @property
    def first_keys(self) -> frozenset[str]:
        """The case-folded first tokens of the registered phrases."""
        return self._first_keys

    def second_keys(self, first: str) -> frozenset[str] | None:
        """The second tokens of the phrases starting with `first`; None when one of them is
        that token alone (so any token may follow)."""
        phrases = self._by_first.get(first, ())
        if any(len(keys) < 2 for keys in phrases):
            return None
        return frozenset(keys[1] for keys in phrases)

    def find(self, doc: Document, span: Span | None = None) -> list[Match[T]]:
        """Non-overlapping matches in `span` (the whole document by default), in order."""
        tokens = doc.token_range(span) if span is not None else range(len(doc.keys))
        found: list[Match[T]] = []
        stop = tokens.stop
        starts = doc.tokens_in(self._first_keys)  # where a phrase may start: few tokens
        n = bisect.bisect_left(starts, tokens.start)
        while n < len(starts) and starts[n] < stop:
            hit = self.match_at(doc, starts[n], stop)
            if hit is None:
                n += 1
                continue
            found.append(hit[0])
            n = bisect.bisect_left(starts, hit[1], n)
        return found

    def match_at(self, doc: Document, i: int, stop: int | None = None) -> tuple[Match[T], int] | None:
        """The longest phrase starting at token `i`, with the index of the token after it."""
        keys = doc.keys
        lengths = self._lengths.get(keys[i]) if i < len(keys) else None
        if lengths is None:
            return None
        stop = len(keys) if stop is None or stop > len(keys) else stop
        for n in lengths:
            if i + n > stop:
                continue
            found = self._phrases.get(tuple(keys[i : i + n]))
            if found is None or (n > 1 and not _spaced(doc, i, n)):
                continue
            for tokens, value in found:
                if tokens is not None and tuple(doc.words[i : i + n]) != tokens:
                    continue
                return Match(Span(doc.starts[i], doc.ends[i + n - 1]), value), i + n
        return None


def _spaced(doc: Document, i: int, n: int) -> bool:
    """Whether tokens i..i+n are apart only by spaces on one line (or not apart at all)."""
    folded = doc.folded
    for k in range(i, i + n - 1):
        gap = folded[doc.ends[k] : doc.starts[k + 1]]
        if gap and (not gap.isspace() or "\n" in gap):
            return False
    return True


class MatcherSet:
    """Several phrase matchers read in one pass over a document, each finding what it
    would find alone (leftmost and longest, its matches not overlapping)."""

    def __init__(self, matchers: dict[str, PhraseMatcher[Any]]) -> None:
        self.matchers = matchers
        first: dict[str, list[tuple[str, frozenset[str] | None]]] = {}
        for name, matcher in matchers.items():
            for key in matcher.first_keys:
                first.setdefault(key, []).append((name, matcher.second_keys(key)))
        # Tuples that name their matcher rather than hold it, so most drop out of the garbage
        # collector's view (see `PhraseMatcher`).
        self._first = {key: tuple(entries) for key, entries in first.items()}

    def find(self, doc: Document) -> dict[str, list[Match[Any]]]:
        """Every matcher's matches in the whole document, by matcher name."""
        found: dict[str, list[Match[Any]]] = {name: [] for name in self.matchers}
        free = dict.fromkeys(self.matchers, 0)
        first, keys, matchers = self._first, doc.keys, self.matchers
        last = len(keys) - 1
        for i in [i for i, key in enumerate(keys) if key in first]:
            for name, seconds in first[keys[i]]:
                if free[name] > i or (seconds is not None and (i == last or keys[i + 1] not in seconds)):
                    continue  # ("the" starts "The Hague": no need to try it before "minister")
                hit = matchers[name].match_at(doc, i)
                if hit is not None:
                    found[name].append(hit[0])
                    free[name] = hit[1]
        return found


class SpanIndex:
    """Spans that a span can be checked against in logarithmic time: whether it overlaps
    one of them, or lies within one."""

    def __init__(self, spans: Iterable[Span]) -> None:
        ordered = sorted(spans)
        self._starts = [s.start for s in ordered]
        self._reach: list[int] = []  # the furthest end among the spans so far
        furthest = -1
        for span in ordered:
            furthest = max(furthest, span.end)
            self._reach.append(furthest)

    def overlaps(self, span: Span) -> bool:
        """Whether some span shares a character with `span`."""
        n = bisect.bisect_left(self._starts, span.end)
        return n > 0 and self._reach[n - 1] > span.start

    def covers(self, span: Span) -> bool:
        """Whether some span holds all of `span`."""
        n = bisect.bisect_right(self._starts, span.start)
        return n > 0 and self._reach[n - 1] >= span.end
