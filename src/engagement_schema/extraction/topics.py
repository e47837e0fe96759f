"""Topics: what a passage is about, as concepts of the shipped topics vocabulary.

Labels and alternative labels are matched as whole words, longest first, so "counter
terrorism" is one topic and not also "terrorism". Words inside names of institutions
and posts are not topics ("security" in "State Committee for National Security"), nor
is the word naming an engagement ("the U.S.-Tajik partnership"). A few readings follow
the vocabulary's structure rather than its labels:

- "cooperation ... in the field of security" is security cooperation, the concept
  whose label joins the field and the kind of cooperation;
- "stability of the Central Asian states" or "in Central Asia" is regional stability;
- a threat named as the object of countering ("efforts to destroy terrorist
  strongholds") is the response the vocabulary files under it (counter-terrorism);
- a broad topic followed by narrower examples ("threats, especially terrorism,
  extremism") gives way to them.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from engagement_schema.extraction.places import PlaceMention
from engagement_schema.extraction.text import CuedPattern, Document, Match, PhraseMatcher, Span
from engagement_schema.vocabularies import topics

__all__ = ["TopicMention", "TopicReader", "ancestors"]

_COOPERATION = CuedPattern(
    r"\b(?:co-?operation|collaboration|partnership)\b", "operation", "collaboration", "partnership"
)
_FIELD = re.compile(r"\s+in\s+the\s+(?:fields?|spheres?|areas?|domain)\s+of\s+", re.IGNORECASE)
_REGION_WORDS = re.compile(r"\s+(?:of|in|on|across|throughout)\s+(?:the\s+)?", re.IGNORECASE)
_THE_REGION = re.compile(r"(?<=the )region\b", re.IGNORECASE)
_COUNTERING = re.compile(
    r"against|(?:destroy|defeat|fight|combat|counter|eliminat|eradicat|suppress|curb|tackl|prevent|dismantl|respond"
    r"|confront|thwart|resist|neutrali[sz])\w*"
)
_PAIR = re.compile(r"\s*-\s*")
_SMUGGLED = {
    "drugs": "drug-trafficking",
    "narcotics": "drug-trafficking",
    "weapons": "weapons-smuggling",
    "arms": "weapons-smuggling",
    "people": "human-trafficking",
    "persons": "human-trafficking",
    "human beings": "human-trafficking",
}
_GOODS_WORDS = r"drugs|narcotics|weapons|arms|people|persons|human\s+beings"
_GOODS = re.compile(rf"\b(?:{_GOODS_WORDS})\b", re.IGNORECASE)
# "the smuggling of drugs and weapons", "trafficking in drugs, arms and people"
_SMUGGLING_OF = CuedPattern(
    rf"\b(?:smuggling|trafficking)\s+(?:in|of)\s+(?:illicit\s+|illegal\s+)?(?P<goods>(?:{_GOODS_WORDS})"
    rf"(?:\s*(?:,|and|,\s*and)\s*(?:illicit\s+|illegal\s+)?(?:{_GOODS_WORDS}))*)\b",
    "smuggling",
    "trafficking",
)
_RELATIONS_BETWEEN = re.compile(r"\b(?:relations|ties)\s+between\s+(?:the\s+)?$", re.IGNORECASE)
_AND = re.compile(r"\s+and\s+(?:the\s+)?", re.IGNORECASE)
# "in U.N. peacekeeping operations", "and in the defense industry": up to four words of a field
_IN_FIELD = re.compile(
    r"\s*(?:,\s*)?(?:and\s+|as\s+well\s+as\s+)?in\s+(?:the\s+)?(?P<words>(?:[\w.-]+\s+){0,3}?[\w.-]*\w)"
    r"(?=\s*(?:,|;|\.(?:\s+(?-i:[A-Z\"])|\s*$)|\band\b|\bas\s+well\b|$))",
    re.IGNORECASE,
)
# "securing the Kingdom's borders", "protecting the country's borders"
_SECURING_BORDERS = CuedPattern(
    r"\b(?:secur|protect|guard|defend)(?:e|es|ed|ing)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+['\u2019]s\s+)?(?:\w+\s+)?borders?\b",
    "border",
)
_BORDER = re.compile(r"\s+borders?\b", re.IGNORECASE)
# A name's last word that makes the name an agreement on its topic ("the Defense Cooperation Agreement").
_AGREEMENTS = frozenset(
    ("agreement", "agreements", "framework", "treaty", "accord", "memorandum", "strategy", "roadmap")
)
_TROOPS = r"(?:officers|soldiers|personnel|troops|units|pilots|cadets|peacekeepers|servicemen|servicemembers|forces)"
# "the training of Ghanaian officers", "training over 120 NAF pilots", "help train Kenyan troops":
# training of soldiers is military training; police, customs or border officers are not soldiers.
# "... officers at military academies" is military education, which the vocabulary reads there.
_AT_SCHOOL = re.compile(
    r"\s+(?:at|in)\s+(?:[\w'-]+\s+){0,4}?(?:academ|college|school|universit|educational\s+institution)", re.IGNORECASE
)
_TRAINING_TROOPS = CuedPattern(
    rf"\btrain(?:ing|ed|s)?\s+(?:of\s+|for\s+)?(?:(?:the|some|more\s+than|over|about|nearly|almost)\s+)?"
    rf"(?:(?!police|customs|border|security|prison|judicial|law)[\w.-]+\s+){{0,3}}?{_TROOPS}\b",
    "train",
    "training",
    "trained",
    "trains",
)
_PROCESS = re.compile(
    r"(?:development|rehabilitation|reconstruction|construction|strengthening|expansion)", re.IGNORECASE
)
# What a process may be "of" without being a topic itself: "the development of relations".
_RELATIONS = re.compile(
    r"(?:\w+\s+){0,2}?(?:relations|ties|contacts|dialogue|partnership|interaction)\b", re.IGNORECASE
)
_PLACE_WORDS = re.compile(
    r"(?:(?:the|both|our|their|its)\s+)?(?:two\s+)?(?:region|country|countries|nation|economy|economies|states|continent)\b",
    re.IGNORECASE,
)
_PROCESS_OF = re.compile(r"\s+of\s+(?:the\s+)?", re.IGNORECASE)
_EXAMPLES = re.compile(
    r"\s*,?\s*(?:especially|in particular|particularly|such as|including|notably|primarily|above all)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class TopicMention:
    """A topic and the words it was read from."""

    span: Span
    topic: str


@cache
def _vocabulary() -> tuple[PhraseMatcher[str], dict[str, str], dict[str, str], dict[str, str | None]]:
    scheme = topics()
    names: list[tuple[str, str]] = []
    exact: list[str] = []
    by_label: dict[str, str] = {}
    for concept in scheme.concepts:
        for label in (concept.label, *concept.alt_labels):
            names.append((label, concept.id))
            by_label[label.casefold()] = concept.id
            if sum(c.isupper() for c in label) >= 2:
                exact.append(label)  # acronyms (SSR, WMD) only as written
    responses = {
        c.broader: c.id for c in scheme.concepts if c.broader and c.label.casefold().startswith(("counter", "anti"))
    }
    broader = {c.id: c.broader for c in scheme.concepts}
    return PhraseMatcher(names, exact=exact), by_label, responses, broader


@cache
def _label(topic: str) -> str:
    """A concept's preferred label, case-folded."""
    return topics().get(topic).label.casefold()


def ancestors(topic: str) -> set[str]:
    """The broader concepts of a topic, all the way up the scheme."""
    broader = _vocabulary()[3]
    found: set[str] = set()
    current = broader.get(topic)
    while current and current not in found:
        found.add(current)
        current = broader.get(current)
    return found


class TopicReader:
    """Reads topics from spans of one document, with names and engagement words masked."""

    def __init__(self, doc: Document, masked: list[Span], places: list[PlaceMention]) -> None:
        self.doc = doc
        self.covered = [False] * len(doc.keys)  # tokens inside masked words
        self.mask(masked)
        self.regions = [p for p in places if p.place.kind == "region"]
        self.place_starts = frozenset(p.span.start for p in places)
        self.borders = list(_borders_between(doc, [p for p in places if p.place.kind == "country"]))
        self.relations = list(_relations_between(doc, [p for p in places if p.place.kind in ("country", "city")]))
        self._by_sentence: dict[int, list[TopicMention]] = {}

    def mask(self, spans: list[Span]) -> None:
        """Leave `spans` out of topic reading from now on (words naming an engagement)."""
        for span in spans:
            for i in self.doc.token_range(span):
                self.covered[i] = True
        if spans:
            self._by_sentence = {}

    def read(self, span: Span) -> list[TopicMention]:
        """The topics of `span`, in text order. Each sentence is read once, whole (the
        readings look at neighbouring words), and a span gets the topics inside it."""
        found: list[TopicMention] = []
        for sentence in self.doc.sentences_in(span):
            topics = self._by_sentence.get(sentence.index)
            if topics is None:
                topics = self._by_sentence[sentence.index] = self._topics(sentence.span)
            found += [t for t in topics if t.span.within(span)]
        return found

    def _topics(self, span: Span) -> list[TopicMention]:
        matcher, by_label, responses, _ = _vocabulary()
        found = [m for m in matcher.find(self.doc, span) if not self._masked(m.span) and not self._named(m.span, span)]
        mentions = [self._regional(self._countered(m, responses), by_label) for m in found]
        mentions = self._fields(mentions, span, by_label) + self._borders(span) + self._smuggled(span)
        mentions += [r for r in self.relations if r.span.within(span) and not self._masked(r.span)]
        borders = _SECURING_BORDERS.finditer(self.doc, span.start, span.end)
        mentions += _uncovered(mentions, borders, "border-security")
        trainings = _TRAINING_TROOPS.finditer(self.doc, span.start, span.end)
        in_service = [m for m in trainings if not _AT_SCHOOL.match(self.doc.folded, m.end(), span.end)]
        mentions += _uncovered(mentions, in_service, "military-training")
        mentions = self._without_processes(sorted(mentions, key=lambda m: m.span))
        return self._without_exemplified(self._without_bare_cooperation(mentions))

    def _named(self, span: Span, sentence: Span) -> bool:
        """ "the Seaport Cooperation Project", "the Ministry of Energy": capitalized words run
        on into a name's other capitalized words (past "of" or "for"), so they name an
        institution or a programme, not a topic; an agreement's name ("the Defense
        Cooperation Agreement") still says what it is about. Title-case headlines are left alone."""
        doc = self.doc
        headline = doc.headline
        if headline is not None and headline.span.overlaps(sentence):
            return False
        tokens = doc.token_range(span)
        if not all(doc.capitalized[i] for i in tokens):
            return False
        first, after = doc.token_at(sentence.start), tokens.stop
        before = tokens.start - 1
        if before > first and doc.keys[before] == "the":
            before -= 1
        if before > first and doc.keys[before] in ("of", "for", "and"):
            before -= 1
        named_before = before > first and doc.capitalized[before] and doc.keys[before].isalpha()
        named_after = after < len(doc.keys) and doc.starts[after] < sentence.end and doc.capitalized[after]
        return named_before or (named_after and doc.keys[after].isalpha() and doc.keys[after] not in _AGREEMENTS)

    def _masked(self, span: Span) -> bool:
        covered = self.covered
        return any(covered[i] for i in self.doc.token_range(span))

    def _countered(self, match: Match[str], responses: dict[str, str]) -> TopicMention:
        response = responses.get(match.value)
        if response is not None:
            doc = self.doc
            i = doc.token_at(match.span.start)
            if any(_COUNTERING.fullmatch(doc.keys[k]) for k in range(max(0, i - 3), i)):
                return TopicMention(match.span, response)
        return TopicMention(match.span, match.value)

    def _regional(self, mention: TopicMention, by_label: dict[str, str]) -> TopicMention:
        """ "stability in Central Asia", "peace and stability in the region", "the security
        situation in the Middle East": a topic of a region is its regional concept."""
        regional = by_label.get(f"regional {_label(mention.topic)}")
        if regional is None:
            return mention
        words = _REGION_WORDS.match(self.doc.folded, mention.span.end)
        if words is None:
            return mention
        region = next((r.span for r in self.regions if r.span.start == words.end()), None)
        if region is None and (the_region := _THE_REGION.match(self.doc.folded, words.end())) is not None:
            region = Span(the_region.start(), the_region.end())
        if region is None:
            return mention
        return TopicMention(mention.span.join(region), regional)

    def _fields(self, mentions: list[TopicMention], span: Span, by_label: dict[str, str]) -> list[TopicMention]:
        """ "cooperation ... in the field of security" is security cooperation."""
        folded = self.doc.folded
        cooperations = list(_COOPERATION.finditer(self.doc, span.start, span.end))
        for cooperation in cooperations:
            field = _FIELD.search(folded, cooperation.end(), min(span.end, cooperation.end() + 80))
            if field is None or any(c in folded[cooperation.end() : field.start()] for c in ".;,"):
                continue
            target = next((m for m in mentions if m.span.start == field.end()), None)
            if target is None:
                continue
            label = f"{self.doc.quote(target.span).casefold()} {cooperation.group().casefold()}"
            joined = by_label.get(label)
            if joined is None:
                continue
            whole = Span(cooperation.start(), target.span.end)
            mentions = [
                m for m in mentions if m is not target and not (m.topic == "cooperation" and m.span.within(whole))
            ]
            mentions.append(TopicMention(whole, joined))
        mentions = self._cooperation_in(mentions, span, cooperations, by_label)
        return sorted(mentions, key=lambda m: m.span)

    def _cooperation_in(
        self,
        mentions: list[TopicMention],
        span: Span,
        cooperations: list[re.Match[str]],
        by_label: dict[str, str],
    ) -> list[TopicMention]:
        """ "cooperation in U.N. peacekeeping operations and in the defense industry": each
        field after "in" is that field's cooperation when the vocabulary names one ("defense
        industry cooperation"), else its own topic; the bare cooperation gives way to them.
        `cooperations` are the words for cooperation in `span`."""
        folded = self.doc.folded
        for cooperation in cooperations:
            bare = [m for m in mentions if m.topic == "cooperation" and m.span.start == cooperation.start()]
            cursor, named = cooperation.end(), False
            while (field := _IN_FIELD.match(folded, cursor, span.end)) is not None:
                words = field.group("words").casefold().split()
                labels = (f"{' '.join(words[:n])} {cooperation.group().casefold()}" for n in range(len(words), 0, -1))
                joined = next((by_label[label] for label in labels if label in by_label), None)
                inside = [m for m in mentions if m.span.within(Span(field.start("words"), field.end()))]
                if joined is not None:
                    whole = Span(field.start("words"), field.end())
                    mentions = [m for m in mentions if m not in inside]
                    mentions.append(TopicMention(whole, joined))
                    named = True
                elif inside:
                    named = True
                cursor = field.end()
            if named:
                mentions = [m for m in mentions if m not in bare]
        return mentions

    def _smuggled(self, span: Span) -> list[TopicMention]:
        """ "the smuggling of drugs and weapons": drug trafficking and weapons smuggling."""
        found = []
        for match in _SMUGGLING_OF.finditer(self.doc, span.start, span.end):
            for goods in _GOODS.finditer(self.doc.folded, match.start("goods"), match.end()):
                whole = Span(match.start(), goods.end())
                if not self._masked(whole):
                    found.append(TopicMention(whole, _SMUGGLED[re.sub(r"\s+", " ", goods.group().casefold())]))
        return found

    def _borders(self, span: Span) -> list[TopicMention]:
        return [b for b in self.borders if b.span.within(span) and not self._masked(b.span)]

    def _without_processes(self, mentions: list[TopicMention]) -> list[TopicMention]:
        """ "the development of bilateral relations" is about the relations: a topic that is
        a process ("development", "rehabilitation") of another topic gives way to it. The
        development of anything but a place ("of the port", "of its air defence") is about
        that thing, while "the reconstruction of roads" stays reconstruction."""
        kept = []
        for n, mention in enumerate(mentions):
            after = _PROCESS_OF.match(self.doc.folded, mention.span.end)
            following = mentions[n + 1] if n + 1 < len(mentions) else None
            process = _PROCESS.fullmatch(self.doc.quote(mention.span))
            of_topic = following is not None and after is not None and following.span.start == after.end()
            if process and after:
                developed = process.group().casefold() == "development" and not self._of_place(after.end())
                if developed or of_topic or _RELATIONS.match(self.doc.folded, after.end()):
                    continue
            kept.append(mention)
        return kept

    def _of_place(self, start: int) -> bool:
        """Whether a place begins at `start`: "the development of Central Asia" is development."""
        return start in self.place_starts or _PLACE_WORDS.match(self.doc.folded, start) is not None

    @staticmethod
    def _without_bare_cooperation(mentions: list[TopicMention]) -> list[TopicMention]:
        """Cooperation on a named topic ("counter-narcotics cooperation", "cooperation in
        energy") is about that topic, and bare cooperation is what every report of the genre
        tells of: it is no topic of its own."""
        return [m for m in mentions if m.topic != "cooperation"]

    def _without_exemplified(self, mentions: list[TopicMention]) -> list[TopicMention]:
        """ "modern challenges and threats, especially terrorism" keeps terrorism only."""
        dropped: set[int] = set()
        for n, mention in enumerate(mentions):
            if not _EXAMPLES.match(self.doc.folded, mention.span.end):
                continue
            examples = mentions[n + 1 :]
            if examples and any(mention.topic in ancestors(e.topic) for e in examples):
                dropped.add(n)
        return [m for n, m in enumerate(mentions) if n not in dropped]


def _uncovered(mentions: list[TopicMention], matches: Iterable[re.Match[str]], topic: str) -> list[TopicMention]:
    """`topic` for each match no topic of `mentions` already covers any word of."""
    spans = [Span(m.start(), m.end()) for m in matches]
    return [TopicMention(s, topic) for s in spans if not any(s.overlaps(t.span) for t in mentions)]


def _relations_between(doc: Document, states: list[PlaceMention]) -> Iterator[TopicMention]:
    """ "relations between Azerbaijan and Germany": the relations of two states, bilateral cooperation."""
    for left, right in itertools.pairwise(states):
        before = _RELATIONS_BETWEEN.search(doc.folded, max(0, left.span.start - 30), left.span.start)
        if before is not None and _AND.fullmatch(doc.folded, left.span.end, right.span.start):
            yield TopicMention(Span(before.start(), right.span.end), "bilateral-cooperation")


def _borders_between(doc: Document, states: list[PlaceMention]) -> Iterator[TopicMention]:
    """ "the Kyrgyz-Tajik border": the border between two named states."""
    for left, right in itertools.pairwise(states):
        if _PAIR.fullmatch(doc.folded, left.span.end, right.span.start):
            border = _BORDER.match(doc.folded, right.span.end)
            if border is not None:
                yield TopicMention(Span(left.span.start, border.end()), "border-security")
