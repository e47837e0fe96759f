"""People named in a report, with the ranks, titles and posts written around their names.

The genre introduces officials by what precedes or follows their names: a rank
("Colonel-General Sherali Mirzo"), a title ("President Emomali Rahmon"), a post before
the name ("Minister of Defense, Colonel-General ...", two posts joined by "and") or
after it ("Joseph Votel, Commander of U.S. Central Command, ..."). Capitalised words
count as a name only when such an anchor stands by them, or when they repeat part of a
name already read ("Rahmon and Votel"), so place, institution and sentence-initial
words are not taken for people. Ceremonial styles ("Founder of Peace and National
Unity – Leader of the Nation") are recognised so they become neither posts nor names.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache
from typing import NamedTuple

from engagement_schema.extraction.lexicon import Marks
from engagement_schema.extraction.organizations import NAMESAKE_HEADS, Institution, read_institution
from engagement_schema.extraction.places import PlaceMention
from engagement_schema.extraction.text import Sentence, Span
from engagement_schema.vocabularies import ranks

__all__ = ["NameMention", "Person", "PostMention", "read_people"]

_MAX_NAME_WORDS = 5
_POSSESSIVES = frozenset({"his", "her", "its", "their"})
_CHAIN_SEPARATORS = frozenset({",", "-", "the", "and", "'s", *_POSSESSIVES})
_DIPLOMATIC_HEADS = frozenset({"ambassador", "high commissioner", "envoy", "special envoy", "representative", "consul"})
#: Words of a compass point that open a region's name of two words ("East Java", "North Sumatra").
_COMPASS = frozenset({"north", "south", "east", "west", "central", "northern", "southern", "eastern", "western"})
#: Kinds of works or sites whose head a title may name before the holder's name ("the director of the plant, X").
_FACILITIES = frozenset({"plant", "factory", "station", "mine", "refinery", "port", "airport", "hospital", "dam"})
#: Kinds of place a title names its place by once told ("the Governor of the province").
_GENERIC_PLACES = frozenset({"province", "region", "district", "county", "aimag", "oblast", "governorate", "city"})
_RANK_SERVICES = frozenset({"police", "militia", "customs", "senior"})
"""Services named before a rank held in them ("Police Major General"), and the grade
"Senior" of Chinese and Vietnamese ranks ("Senior Lieutenant General")."""
_PAST_STATUS = frozenset({"former", "late"})
_TITLES = frozenset({"post", "rank", "honorific"})
#: Cyrillic letters written with two Latin ones, as Mongolian patronymic initials are ("Ts.", "Kh.").
_DIGRAPH_INITIALS = frozenset({"ts", "kh", "ch", "sh", "zh"})
#: Months' short names that are also given names or surnames ("Dong Jun", "Jan Novak").
_NAME_MONTHS = frozenset({"jan", "jun"})
#: Abbreviated given names written with a period, read as initials are.
_NAME_ABBREVIATIONS = frozenset({"md", "mohd", "muhd", "mst", "ma"})
"""Status words saying the post is no longer held ("the late minister")."""
_APPOSITION_ARTICLES = frozenset({"the", "a", "an"})
"""Articles an appositive post may begin with ("Omar Haddad, a former envoy, ...")."""
_AFTER_APPOSITION = frozenset(
    {"and", "or", "who", "whom", "whose", "which", "in", "on", "at", "to", "for", "from", "with", "during", "as", "of"}
)
"""Lowercase words an appositive post may run on into ("..., the Minister of Defence, in Tbilisi")."""
_FRONTING = frozenset({"with", "after", "before", "during", "following", "for", "to", "like"})
"""Prepositions of a phrase put before its clause ("With the Prime Minister, she ...")."""


@dataclass(frozen=True, slots=True)
class PostMention:
    """A post as written: "1st Deputy Minister", "Minister of Defense of Uzbekistan"."""

    span: Span
    """The post with its qualifiers ("Tajik", "of the Republic of Tajikistan", "to Japan")."""
    label: Span
    """The post's title proper: head, modifiers and institution, no state or status."""
    head: str
    """The head as listed in the lexicon ("Minister", "Chief")."""
    field: str | None
    """The field written before the head ("Defense" in "Defense Minister"), as the
    institution names it ("Foreign" -> "Foreign Affairs")."""
    institution: Institution | None
    """The institution written after "of"/"for", or before the head ("U.S. Central
    Command Commander")."""
    country: str | None
    """The state named by a demonym, a possessive or an "of <country>" qualifier."""
    deputy: bool
    bare: bool
    """Only the head is written ("President")."""
    former: bool
    titled: bool
    """The head is capitalised, as a title is; "the minister" is a description."""
    end: int
    """The token after the post."""


@dataclass(frozen=True, slots=True)
class NameMention:
    """A person's name where it occurs, with what the text says of them there."""

    span: Span
    text: str
    """The name as written."""
    words: tuple[str, ...]
    """The name's words, case-folded, without initials' periods or suffixes."""
    extent: Span
    """The name with its ranks, titles and appositive posts."""
    ranks: tuple[str, ...] = ()
    """Rank ids written with the name, nearest the name last."""
    rank_spans: tuple[Span, ...] = ()
    honorific: str | None = None
    styles: tuple[Span, ...] = ()
    """Ceremonial styles written before the name."""
    posts: tuple[PostMention, ...] = ()
    counterpart: bool = False
    """Introduced as someone's counterpart ("his Tajik counterpart ...")."""
    counterpart_country: str | None = None
    demonym: Span | None = None
    """A state's adjective written right before the name and its titles ("German
    Lieutenant Colonel Tobias Kemmerling")."""
    demonym_country: str | None = None
    anchored: bool = True


@dataclass
class Person:
    """One person of the report and every mention of them."""

    name: str
    words: tuple[str, ...]
    mentions: list[NameMention] = field(default_factory=list)
    _posts: tuple[int, list[PostMention]] = field(default=(0, []), init=False, repr=False, compare=False)
    """`posts()` as of the first that many mentions: read for every post, organization and
    description, it is the same until a mention is added."""

    @property
    def first(self) -> NameMention:
        """The first mention, which introduces the person."""
        return self.mentions[0]

    def rank(self) -> str | None:
        """The rank the text introduces the person with: that of the first mention giving
        one ("Lieutenant General Qodirov" before "General Qodirov"), and of several ranks
        there the most specific — military before diplomatic before forms of address, a
        narrower rank before its broader."""
        found = next((m.ranks for m in self.mentions if m.ranks), ())
        if not found:
            return None
        order, broader = _rank_order(), _broader_ranks()
        best = min(found, key=order.__getitem__)
        narrower = [r for r in found if broader[r] == best]
        return narrower[0] if narrower else best

    def honorific(self) -> str | None:
        """The personal title first written before the name, if any."""
        return next((m.honorific for m in self.mentions if m.honorific), None)

    def styles(self) -> list[Span]:
        """Where ceremonial styles are written with the person's mentions, in text order."""
        return [span for mention in self.mentions for span in mention.styles]

    def posts(self) -> list[PostMention]:
        """Posts written with the person's mentions, without repeats of one title: neither
        the same title twice nor its short form ("First Deputy Minister Beridze" after
        "Beridze, First Deputy Minister of Defence")."""
        read, posts = self._posts
        if read != len(self.mentions):
            seen: dict[tuple[str, str | None, Span | None, bool], PostMention] = {}
            for mention in self.mentions:
                for post in mention.posts:
                    institution = post.institution.name if post.institution else None
                    seen.setdefault((post.head, post.field, institution, post.deputy), post)
            posts = [p for p in seen.values() if not _shortened(p, seen.values())]
            self._posts = (len(self.mentions), posts)
        return list(posts)


#: Bodies named after a person ("King Fahd University"): those a person's name never runs into otherwise.
_NAMESAKE_BODIES = NAMESAKE_HEADS | {"foundation", "centre", "center"}
#: Services whose staff names a chief's title ("Chief of the Naval Staff").
_SERVICES = frozenset({"defence", "defense", "army", "naval", "air"})
#: Titles that name the body commanded right after them, with no "of" ("Commander Fiji Navy").
_COMMAND_HEADS = frozenset(
    {
        "commander",
        "chairman",
        "chief",
        "commandant",
        "flag officer commanding",
        "air officer commanding",
        "general officer commanding",
        "general officer commanding-in-chief",
        "officer commanding",
    }
)
_MISSION_HEADS = frozenset({"attaché", "attache", "chargé d'affaires", "charge d'affaires", "consul", "counsellor"})
_MISSIONS = re.compile(r"\b(?:embassy|consulate|high\s+commission)\b", re.IGNORECASE)


def _mission_staff(head: str, institution: str) -> bool:
    """Whether a diplomat's post names the mission they serve in ("Defence Attaché of the
    Chinese Embassy", "Chargé d'Affaires a.i. of the Embassy of China"): the mission is
    where the post is held, not part of its title."""
    folded = head.casefold()
    return any(folded.endswith(h) or folded.startswith(h) for h in _MISSION_HEADS) and bool(
        _MISSIONS.search(institution)
    )


_DELEGATIONS = re.compile(r"\b(?:delegation|mission|embassy|high\s+commission)$", re.IGNORECASE)


def _abroad(institution: str) -> bool:
    """Whether the institution is a mission abroad ("the EU Delegation", "the OSCE
    Mission"): "to <state>" after it says where its head is accredited, as after an envoy's."""
    return bool(_DELEGATIONS.search(institution))


def _unqualified(post: PostMention) -> bool:
    """Whether a post names its title only, with no field, institution or state: the form
    of address a report uses once it has named the post in full."""
    return post.field is None and post.institution is None and post.country is None


def _shortened(post: PostMention, posts: Iterable[PostMention]) -> bool:
    """Whether `post` is the short form of another of the person's posts: the same head,
    deputy or not, written without what the other names."""
    return _unqualified(post) and any(
        other.head == post.head and other.deputy == post.deputy and not _unqualified(other) for other in posts
    )


@cache
def _rank_order() -> dict[str, int]:
    return {concept.id: i for i, concept in enumerate(ranks().concepts)}


@cache
def _broader_ranks() -> dict[str, str | None]:
    """Each rank's broader rank, by id: a scheme finds a concept by scanning them all."""
    return {concept.id: concept.broader for concept in ranks().concepts}


class _Item(NamedTuple):
    """A word, run of words or phrase of a sentence as its reader sees it; a tuple, since
    every sentence is read as dozens of them."""

    kind: str  # rank, post, style, honorific, name, counterpart, word
    start: int
    end: int
    key: str = ""
    post: PostMention | None = None
    country: str | None = None


def read_people(marks: Marks, sentences: tuple[Sentence, ...]) -> list[Person]:
    """Every person the text names, in order of first mention, with all their mentions."""
    mentions = [m for s in sentences for m in _SentenceReader(marks, s).names()]
    return _resolve(mentions)


class _SentenceReader:
    """Reads one sentence as items (ranks, posts, names, ...) and its names' mentions."""

    def __init__(self, marks: Marks, sentence: Sentence) -> None:
        self.marks = marks
        self.doc = marks.doc
        tokens = self.doc.token_range(sentence.span)
        self.start, self.stop = tokens.start, tokens.stop
        self.items = self._items()

    def names(self) -> list[NameMention]:
        """The sentence's names, each with the titles before it and the posts after it."""
        found: list[NameMention] = []
        claimed: set[int] = set()
        for n, item in enumerate(self.items):
            if item.kind != "name":
                continue
            chain = self._chain_before(n, claimed)
            posted = [k for k in chain if self.items[k].kind == "post"]
            if posted and self._fronted(posted[-1], n):
                chain = [k for k in chain if k > posted[-1]]
            apposition = self._apposition_after(n)
            claimed.update(apposition)
            found.append(self._mention(item, [self.items[k] for k in chain], [self.items[k] for k in apposition]))
        return found

    # -- items ----------------------------------------------------------------------

    def _items(self) -> list[_Item]:
        """The sentence as ranks, posts, styles, names, "counterpart" and other words; runs
        of plain lowercase words, which only separate, are one item."""
        keys, capitalized, heads = self.doc.keys, self.doc.capitalized, self.marks.head
        items: list[_Item] = []
        notable = self.marks.notable
        n = bisect.bisect_left(notable, self.start)
        i = self.start
        while i < self.stop:
            next_notable = notable[n] if n < len(notable) else len(keys)
            if next_notable > i:  # plain words up to the next notable token
                end = min(next_notable, self.stop)
                items.append(_Item("word", i, end, key=keys[i] if end == i + 1 else ""))
                i = end
                continue
            if capitalized[i] or i in heads or keys[i] in ("counterpart", "counterparts"):
                titled = bool(items) and items[-1].kind in _TITLES and items[-1].end == i
                item = self._item_at(i, titled)
            else:
                # A lowercase word or mark heading no post (",", "the", "and"): styles, ranks
                # and names all begin with a capital, so it is a word whichever test reads it.
                item = _Item("word", i, i + 1, key=keys[i])
            # A post's modifiers ("1st Deputy") or a counterpart's state ("his Tajik
            # counterpart") were read as words before the word that gathers them.
            while items and items[-1].start >= item.start:
                items.pop()
            if items and items[-1].end > item.start:  # a run of words reaching into the item
                last = items.pop()
                single = item.start == last.start + 1  # "a" of "a former ambassador" is read by its key
                items.append(_Item("word", last.start, item.start, key=keys[last.start] if single else ""))
            items.append(item)
            i = item.end
            while n < len(notable) and notable[n] < i:
                n += 1
        return self._particled(items)

    def _particled(self, items: list[_Item]) -> list[_Item]:
        """`items` with a surname's lowercase particles after a title taken into its name
        ("Captain da Graça", "Minister de la Cruz"): a name named again by its surname."""
        particles = self.marks.lexicon.particles
        for n in range(len(items) - 2, 0, -1):
            title, word, name = items[n - 1], items[n], items[n + 1]
            if (
                title.kind in _TITLES
                and word.kind == "word"
                and name.kind == "name"
                and title.end == word.start
                and word.end == name.start
                and all(self.doc.keys[t] in particles for t in range(word.start, word.end))
            ):
                items[n : n + 2] = [_Item("name", word.start, name.end)]
        return items

    def _item_at(self, i: int, titled: bool) -> _Item:
        """The item at a token that is capitalised, heads a post or is "counterpart";
        `titled` when a title ends right before it, where a name may begin with a word that
        is elsewhere a function word ("Minister Do Thi Mai Lan") or with "A." ("Dr. A.S.M.
        Alam")."""
        marks, keys = self.marks, self.doc.keys
        key = keys[i]
        plain = (
            key in marks.lexicon.function_words and i not in marks.head and i not in marks.rank and i not in marks.style
        )
        if plain and not key.startswith("counterpart") and not (titled and self._name_end(i, titled) is not None):
            return _Item("word", i, i + 1, key=key)  # "The", "During", "He": never a name's start
        if i in marks.style and marks.capitalized(i):
            return _Item("style", i, marks.style[i][0])
        if i in marks.honorific and marks.capitalized(i):
            return _Item("honorific", i, marks.honorific[i][0])
        if i in marks.head and (post := self._post(i)) is not None:
            if post.bare and i in marks.rank and marks.rank_before_name(i):
                return _Item("rank", i, marks.rank[i][0], key=marks.rank[i][1])
            return _Item("post", self.doc.token_at(post.span.start), post.end, post=post)
        if i in marks.rank and self._rank_applies(i):
            end = marks.rank[i][0]
            return _Item("rank", i, end, key=marks.rank[i][1])
        if keys[i] in ("counterpart", "counterparts"):
            place = self._place_ending_at(i)
            start = place[0] if place is not None and place[1] is not None else i
            return _Item("counterpart", start, i + 1, country=place[1] if place else None)
        name_end = self._name_end(i, titled)
        if name_end is None or self._body_named_after(name_end):
            return _Item("word", i, i + 1, key=keys[i])
        return _Item("name", i, name_end)

    def _body_named_after(self, end: int) -> bool:
        """Whether a body's words follow a name right after it ("Queen Elizabeth Central
        Hospital", "King Fahd University"): the name is the body's namesake, no one present."""
        lex, keys = self.marks.lexicon, self.doc.keys
        j = end
        while j < min(self.stop, end + 3) and keys[j] in lex.institution_words and keys[j] not in lex.institution_heads:
            j += 1
        return j < self.stop and self.marks.capitalized(j) and keys[j] in _NAMESAKE_BODIES

    def _rank_applies(self, i: int) -> bool:
        """A rank stands before a name, or before another rank or title ("H.E. Ambassador")."""
        marks = self.marks
        end = marks.rank[i][0]
        return marks.capitalized(i) and (
            marks.rank_before_name(i) or end in marks.rank or end in marks.head or end in marks.honorific
        )  # "H.E. Ambassador", "Admiral Sir Ben Key"

    def _name_end(self, i: int, titled: bool = False) -> int | None:
        marks, keys = self.marks, self.doc.keys
        j, words, initials = i, 0, 0
        if titled and keys[i] in marks.lexicon.function_words and marks.capitalized(i) and marks.name_word(i + 1):
            j, words = i + 1, 1  # a surname that is elsewhere a function word, after a title
        while j < self.stop and words + initials <= _MAX_NAME_WORDS:
            if words and marks.lexicon.post_nominals.match(self.doc.folded, self.doc.starts[j]):
                break  # "Ciarán Whelan T.D.", "Jane Doe MP": letters after the name
            if self._initial(j):
                j, initials = j + 2, initials + 1
            elif keys[j] in marks.lexicon.suffixes:  # "Jr.", "III": closing a name, never one alone
                if words:  # a period after "Jr" abbreviates it; one after "II" ends the sentence
                    abbreviated = j + 1 < self.stop and keys[j + 1] == "." and not keys[j].startswith("i")
                    j += 2 if abbreviated else 1
                break
            elif marks.name_word(j) or self._hyphened_given_name(j, words):
                j, words = j + 1, words + 1
                while self._joined(j):  # "Seung-woo", "Abdul-Rahman"
                    j += 2
            elif words and self._month_as_name(j):  # "Dong Jun", "Lee Jun-ho"
                j, words = j + 1, words + 1
                while self._joined(j):
                    j += 2
            elif words and (after := self._past_particles(j)) is not None:
                j = after
            elif words and self._place_in_name(j):  # "Lourdes Santiago-Reyes", "Armindo Lima da Graça"
                j, words = j + 1, words + 1
                while self._joined(j):
                    j += 2
            elif words > 1 and (self._closing_word(j) or self._closing_honorific(j)):  # "Aslam Sheikh,"
                j, words = j + 1, words + 1
                break
            else:
                break
        if not words or words + initials > _MAX_NAME_WORDS:
            return None
        return j

    def _hyphened_given_name(self, j: int, words: int) -> bool:
        """Whether a capitalised function word joined by a hyphen goes on a name ("PARK
        An-su", "Lee In-ho"): a Korean given name's syllable, not a particle ("Al-")."""
        lex, key = self.marks.lexicon, self.doc.keys[j]
        return (
            bool(words)
            and self.marks.capitalized(j)
            and key in lex.function_words
            and key not in lex.particles
            and self._joined(j + 1)
        )

    def _month_as_name(self, j: int) -> bool:
        """Whether a month's short name after a name word is a name ("Dong Jun"): no day or
        year, nor an abbreviating period, follows it."""
        keys = self.doc.keys
        after = keys[j + 1] if j + 1 < self.stop else ""
        return (
            keys[j] in _NAME_MONTHS
            and self.marks.capitalized(j)
            and not after.isdigit()
            and after != "."
            and self.doc.words[j] != self.doc.words[j].upper()
        )

    def _past_particles(self, j: int) -> int | None:
        """The name word after particles starting at `j` ("de los Santos", "de la Vega"), if
        a name word follows them; particles alone end no name."""
        keys, particles = self.doc.keys, self.marks.lexicon.particles
        k = j
        while k < self.stop and keys[k] in particles and not self.marks.name_word(k):
            k += 1
        return k if j < k < self.stop and self.marks.name_word(k) else None

    def _place_in_name(self, j: int) -> bool:
        """Whether a one-word place's name after a name word goes on the name: joined by a
        hyphen to a name word, or before particles and a name word, as surnames are
        ("Santiago-Reyes", "Lima da Graça"); a place after a name is never written so."""
        marks, keys = self.marks, self.doc.keys
        if not (j in marks.place and marks.place[j][0] == j + 1 and marks.capitalized(j) and j + 2 < self.stop):
            return False
        hyphened = self._joined(j + 1) and marks.name_word(j + 2)
        return hyphened or (keys[j + 1] in marks.lexicon.particles and self._past_particles(j + 1) is not None)

    def _closing_honorific(self, j: int) -> bool:
        """Whether a one-word honorific after a name of several words ends it ("Kamran Aslam
        Sheikh,"): no name follows it to be the one it addresses."""
        marks = self.marks
        return (
            j in marks.honorific
            and marks.honorific[j][0] == j + 1
            and marks.capitalized(j)
            and (j + 1 >= self.stop or not (marks.name_word(j + 1) or self._initial(j + 1)))
        )

    def _closing_word(self, j: int) -> bool:
        """Whether a capitalised function word ends a name of several words ("Nguyen Van
        An,"): inside a sentence such a word begins nothing when punctuation follows it."""
        keys = self.doc.keys
        return (
            self.marks.capitalized(j)
            and keys[j] in self.marks.lexicon.function_words
            and j + 1 < self.stop
            and keys[j + 1] in (",", ";", ".")
        )

    def _joined(self, j: int) -> bool:
        """Whether a hyphen at token `j` joins the word before it to a word after it."""
        doc = self.doc
        return (
            j + 1 < self.stop
            and doc.keys[j] == "-"
            and doc.ends[j - 1] == doc.starts[j]
            and doc.ends[j] == doc.starts[j + 1]
            and doc.keys[j + 1][0].isalpha()
        )

    def _initial(self, j: int) -> bool:
        """Whether token `j` is an initial: one letter and a period ("John F. Miller"), or two
        letters and a period written against the next word, as Mongolian patronymics are
        ("Ts.Batbold")."""
        doc, keys = self.doc, self.doc.keys
        if not (0 <= j < self.stop - 1 and keys[j].isalpha() and self.marks.capitalized(j) and keys[j + 1] == "."):
            return False
        if keys[j] in _NAME_ABBREVIATIONS:  # "Md. Shahriar Kabir"
            return j + 2 < self.stop and self.marks.name_word(j + 2)
        if len(keys[j]) == 2:
            spaced = keys[j] in _DIGRAPH_INITIALS  # "Ts. Batbold": a Cyrillic letter, however spaced
            joined = spaced or doc.ends[j + 1] == doc.starts[j + 2] if j + 2 < self.stop else False
            return joined and self.marks.name_word(j + 2)
        # "A." and "I." are initials only among others ("A.S.M. Alam"), not a sentence's "A" or "I"
        return len(keys[j]) == 1 and (keys[j] not in ("a", "i") or self._initial(j + 2))

    # -- posts ----------------------------------------------------------------------

    def _post(self, h: int) -> PostMention | None:
        marks, doc, keys = self.marks, self.doc, self.doc.keys
        head_end, head = marks.head[h]
        label_start, first = h, h
        field: str | None = None
        prefix: Institution | None = None
        country: str | None = None
        deputy = former = False
        k = h - 1
        while k >= self.start:
            if (found := self._ending_at(marks.modifier, first)) is not None:  # "Deputy", "Vice-"
                deputy = deputy or keys[found[0]] in ("deputy", "vice")
                label_start = first = found[0]
            elif (found := self._field_before(first)) is not None and field is None and prefix is None:
                field = found[1]
                label_start = first = found[0]
            elif (found := self._ending_at(marks.status, first)) is not None:
                former = former or found[1].casefold() in _PAST_STATUS
                first = found[0]
            elif (place := self._place_ending_at(first)) is not None:
                country = place[1] or country
                first = place[0]
            elif prefix is None and field is None and self._acronym_before(k, first, head_end):
                # "BOMCA Regional Director": a body's short name no list knows, written before
                # its officer's title, which is the officer's alone (one "of" or "for" after the
                # title names the institution instead: "FADM Chief of General Staff")
                span = Span(doc.starts[k], doc.ends[k])
                prefix = Institution(span, span, None, None, headed=True, title_end=span.end, known=None, end=k + 1)
                first = k
            elif (
                prefix is None
                and field is None
                and (
                    keys[k] in marks.lexicon.institution_heads
                    or self._known_ending_at(first)
                    or (keys[k] == "'s" and self._known_ending_at(k))  # "the European Union's Special Representative"
                    or (keys[k] == "'s" and k > self.start and keys[k - 1] in marks.lexicon.institution_heads)
                )
            ):
                possessive = keys[k] == "'s"
                prefix = self._institution_before(k if possessive else first)
                if prefix is None:
                    break
                first = doc.token_at(prefix.span.start)
                # "the World Bank's Country Director", "UNDP Resident Representative": the
                # title is the officer's alone; "U.S. Central Command Commander" is not.
                if not (possessive or self._country_office(head, prefix)):
                    label_start = first
                country = prefix.country or country
            else:
                break
            k = first - 1
        deputy = deputy or any(keys[t] in ("deputy", "vice") for t in range(h, head_end))
        institution: Institution | None = prefix
        end = label_end = self._bracketed_remit(head_end)  # "Permanent Secretary (Defence Development)"
        if prefix is not None and end < self.stop - 1 and keys[end] == "for":
            end = label_end = self._past_remit(end)  # "UNHCR Assistant High Commissioner for Operations, Tomasz ..."
        if prefix is None and end < self.stop - 1 and keys[end] == "at":
            mission = read_institution(marks, end + 1, self.stop)  # "Defence Attaché at the British Embassy"
            if mission is not None and mission.name is not None and _mission_staff(head, doc.quote(mission.name)):
                institution, end = mission, mission.end
                country = mission.country or country
            elif (serving := self._serving_at(end)) is not None:
                institution, end = serving, serving.end  # "Permanent Secretary at the Ministry of Defence"
                country = serving.country or country
        elif prefix is None and end < self.stop - 1 and keys[end] in ("of", "for"):
            institution = read_institution(marks, end + 1, self.stop)
            remit = institution.place if institution is not None else None
            if keys[end] == "for" and remit is not None and remit.kind == "country":
                institution = None  # "Special Envoy for Afghanistan": a state as remit, read as one below
            if institution is not None:
                end = institution.end
                country = institution.country or country
                named = field is not None and institution.headed  # "Defence Secretary of the Ministry of Defence"
                if (
                    institution.name is not None
                    and not named
                    and not self._country_office(head, institution)
                    and not _mission_staff(head, doc.quote(institution.name))
                ):
                    label_end = self._staff_end(head_end + 1) or doc.token_at(institution.title_end)
                elif institution.place is not None and institution.place.kind == "city":
                    label_end = end  # "Mayor of Dushanbe": a city's post
                elif institution.place is not None and institution.place.kind == "region" and keys[head_end] == "for":
                    label_end = end  # "Minister for Africa": a remit over a region is the title's
            elif (
                local := self._region_before_name(end)
                or self._acronym_before_holder(end)
                or self._generic_place(end)
                or self._facility_before_holder(end)
            ) is not None:
                institution, end, label_end = local, local.end, local.end  # "Premier of Ontario"
            if institution is not None and (serving := self._serving_at(end)) is not None:
                end = serving.end  # "Minister of State at the Ministry of Foreign Affairs": where it is held
                country = serving.country or country
                institution = institution if institution.headed else serving
        elif prefix is None and (served := self._body_served_to(end, head)) is not None:
            institution, end, label_end = served, served.end, doc.token_at(served.title_end)  # "to the Treasury"
            country = served.country or country
        elif prefix is None and (body := self._body_after(end, head)) is not None:
            institution, end, label_end = body, body.end, doc.token_at(body.title_end)  # "Commander Fiji Navy"
            country = body.country or country
        if (region := self._for_place(end)) is not None:
            end = label_end = region  # "EU Special Representative for Central Asia": the remit is the title's
        if end in self.marks.place_ends:
            more = self._more_places(end)
            label_end = more if label_end == end else label_end  # "for Russia, Ukraine and Eurasia": all the remit
            end = more
        end = self._past_short_name(end)
        if end < self.stop - 1 and keys[end] == "of" and end > head_end + 1 and keys[end - 1] == ")":
            # "Chief of Defence Staff (CDS) of the Guyana Defence Force (GDF)": the body it serves in
            serving = read_institution(marks, end + 1, self.stop)
            if serving is not None:
                end = self._past_short_name(serving.end)
                country = serving.country or country
        envoy = (
            head.casefold() in _DIPLOMATIC_HEADS
            or head.casefold() in marks.lexicon.state_offices
            or (institution is not None and institution.name is not None and _abroad(doc.quote(institution.name)))
        )
        end = self._accredited_to(end, envoy)
        bare = label_start == h and institution is None and country is None and field is None
        post = PostMention(
            span=Span(doc.starts[first], doc.ends[end - 1]),
            label=Span(doc.starts[label_start], doc.ends[label_end - 1]),
            head=head,
            field=field,
            institution=institution,
            country=country,
            deputy=deputy,
            bare=bare,
            former=former,
            titled=marks.capitalized(h),
            end=end,
        )
        return self._serving_post(first, post) or post

    def _bracketed_remit(self, end: int) -> int:
        """Past a remit in brackets after a title ("Permanent Secretary (Defence Policy and
        Development)", as Singapore's and Brunei's releases write one): the title's own words."""
        keys, words = self.doc.keys, self.marks.lexicon.institution_words
        if end >= self.stop or keys[end] != "(":
            return end
        k = end + 1
        while k < self.stop and ((keys[k] in words and self.doc.capitalized[k]) or (keys[k] == "and" and k > end + 1)):
            k += 1
        return k + 1 if k > end + 1 and k < self.stop and keys[k] == ")" else end

    def _field_before(self, first: int) -> tuple[int, str] | None:
        """The field written right before a title ("Defence Minister"), unless "of" or "for"
        comes before it: the words then end the post before ("Minister of Foreign Affairs
        Ambassador Osman ..."), whose title comes first."""
        found = self._ending_at(self.marks.field, first)
        if found is None or (found[0] > self.start and self.doc.keys[found[0] - 1] in ("of", "for")):
            return None
        return found

    def _serving_post(self, first: int, post: PostMention) -> PostMention | None:
        """ "Parliamentary Secretary to the Minister of Foreign Affairs", "Secretary to the
        Treasury", "Special Representative of the Secretary-General": a titled post held to
        or of another post or body is one post, the first's,
        which the state before it serves ("Canada's Parliamentary Secretary to ...")."""
        keys = self.doc.keys
        to = first - 2 if first - 2 >= self.start and keys[first - 1] == "the" else first - 1
        if to < self.start or not (keys[to] == "to" or (keys[to] == "of" and post.titled)):
            return None  # "of" as well: "Special Representative of the Secretary-General"
        heads = self.marks.head
        h = next((t for t in range(to - 1, max(self.start - 1, to - 4), -1) if t in heads and heads[t][0] == to), None)
        outer = self._post(h) if h is not None and self.marks.capitalized(h) else None
        if outer is None or outer.end != to:
            return None
        return replace(
            post,
            span=Span(outer.span.start, post.span.end),
            label=Span(outer.label.start, post.label.end),
            head=outer.head,
            field=outer.field,
            country=outer.country or post.country,
            deputy=outer.deputy,
            bare=False,
            former=outer.former,
            titled=True,
        )

    def _staff_end(self, at: int) -> int | None:
        """The token after a service's staff named at `at` ("the Army Staff", "Defence Staff",
        "the Joint Chiefs of Staff") when "of <force>" follows: "Chief of the Army Staff" is a
        title whole, the army after it the force its holder serves in."""
        keys = self.doc.keys
        at += 1 if keys[at] == "the" else 0
        joint = keys[at : at + 4] == ["joint", "chiefs", "of", "staff"]
        end = at + 4 if joint else at + 2
        service = joint or (keys[at] in _SERVICES and keys[at + 1 : at + 2] == ["staff"])
        return end if service and end + 1 < self.stop and keys[end] == "of" else None

    def _body_served_to(self, end: int, head: str) -> Institution | None:
        """The body after "to [the]" following a title no envoy's ("Secretary to the
        Treasury", "Secretary to the Cabinet"): the post is held in it, the words its title's."""
        folded = head.casefold()
        if end >= self.stop - 1 or self.doc.keys[end] != "to" or folded in _DIPLOMATIC_HEADS:
            return None
        if folded in self.marks.lexicon.state_offices:
            return None
        body = read_institution(self.marks, end + 1, self.stop)
        return body if body is not None and body.name is not None and body.place is None else None

    def _body_after(self, end: int, head: str) -> Institution | None:
        """The body written right after a commander's title with no "of", as military press
        writes it ("Commander Royal Army of Oman (RAO)", "Chairman Joint Chiefs of Staff
        Committee", "Flag Officer Commanding Western Naval Command"), set off from what follows."""
        if head.casefold() not in _COMMAND_HEADS or end >= self.stop or not self.marks.capitalized(end):
            return None
        body = read_institution(self.marks, end, self.stop, headed=True)
        if body is None or body.name is None or body.span.start != self.doc.starts[end]:
            return None
        return body if body.end >= self.stop or self.doc.keys[body.end] in (",", "(", ".", ";") else None

    def _acronym_before(self, k: int, first: int, head_end: int) -> bool:
        """Whether token `k`, right before a title with no "of" after it, is a short name in
        capitals no list knows as a place, title or organization ("for" after the title names its
        remit: "KFAED Deputy Director-General for Operations")."""
        word, marks = self.marks.word(k), self.marks
        after = self.doc.keys[head_end] if head_end < self.stop else ""
        return (
            k + 1 == first
            and after != "of"
            and 2 <= len(word) <= 6
            and word.isupper()
            and word.isalpha()
            and k not in marks.place
            and k not in marks.rank
            and k not in marks.head
            and k not in marks.honorific
            and k not in marks.known_organization
            and not (k > self.start and self.marks.word(k - 1).isupper() and len(self.marks.word(k - 1)) > 1)
        )

    def _serving_at(self, end: int) -> Institution | None:
        """The institution after "at [the]" following a title ("the Defence Attaché at the
        Embassy of Guyana"), where the holder serves; it is no part of the title."""
        keys = self.doc.keys
        if end >= self.stop - 1 or keys[end] != "at":
            return None
        at = end + 2 if keys[end + 1] == "the" else end + 1
        found = read_institution(self.marks, at, self.stop, headed=True)
        if found is None or found.name is None:
            return self._acronym_before_holder(end)  # "State Secretary at the BMZ, Dr. ...": a body by its acronym
        return found

    def _past_remit(self, end: int) -> int:
        """Past "for <remit>" after the title of a body named before it, when the holder's
        name follows: the remit is the title's, as after any head ("Vice-President for Operations")."""
        remit = read_institution(self.marks, end + 1, self.stop)
        if remit is None or remit.name is None or remit.end >= self.stop:
            return end
        after = remit.end
        joined = self.doc.keys[after] == "," or self.marks.name_word(after) or after in self.marks.rank
        return after if joined else end

    def _region_before_name(self, of: int) -> Institution | None:
        """The one word after "of" (two with a compass point: "of East Java") that a name of
        two words or more follows ("Premier of Ontario Doug Ford", "Governor of Bali Wayan
        Koster"): a region (or a remit) no list knows, written between the title and its
        holder, read as a place of the title's."""
        at = of + 1
        end = at + 2 if self.doc.keys[at] in _COMPASS else at + 1  # "Governor of East Java Khofifah Indar"
        if self.doc.keys[of] != "of" or not all(self.marks.name_word(t) for t in range(at, end + 2)):
            return None
        span = Span(self.doc.starts[at], self.doc.ends[end - 1])
        return Institution(span, None, None, None, headed=False, title_end=end, known=None, end=end)

    def _generic_place(self, of: int) -> Institution | None:
        """ "of the province" after a title ("the Governor of the aimag, Kh.Serikbol"): the
        place told before, named by its kind, a place of the title's."""
        keys = self.doc.keys
        at = of + 2
        if at >= self.stop or keys[of] != "of" or keys[of + 1] != "the" or keys[at] not in _GENERIC_PLACES:
            return None
        if self.marks.capitalized(at):
            return None  # "of the Region ...": a name goes on
        span = Span(self.doc.starts[of + 1], self.doc.ends[at])
        return Institution(span, None, None, None, headed=False, title_end=at + 1, known=None, end=at + 1)

    def _facility_before_holder(self, of: int) -> Institution | None:
        """ "of the Nurek hydropower plant" between a title and its holder's name after a comma
        ("the director of the Nurek hydropower plant, Abdurahmon Nazarov"): a works or site no
        list knows, named by its kind last, whose head the holder is."""
        keys, marks = self.doc.keys, self.marks
        if of + 3 >= self.stop or keys[of] != "of" or keys[of + 1] != "the":
            return None
        comma = next((k for k in range(of + 3, min(of + 8, self.stop)) if keys[k] == ","), None)
        if comma is None or keys[comma - 1] not in _FACILITIES or not marks.name_word(comma + 1):
            return None
        if not all(keys[k].isalpha() and keys[k] not in marks.lexicon.function_words for k in range(of + 2, comma)):
            return None
        span = Span(self.doc.starts[of + 1], self.doc.ends[comma - 1])
        return Institution(span, None, None, None, headed=False, title_end=comma, known=None, end=comma)

    def _acronym_before_holder(self, of: int) -> Institution | None:
        """A body no list knows, written by its acronym alone after "of [the]" and before
        its holder ("Commander of the PNGDF, Major General ..."), or after "at" where the holder
        serves ("State Secretary at the BMZ, Dr. ..."): the post's institution."""
        at = of + 2 if of + 2 < self.stop and self.doc.keys[of + 1] == "the" else of + 1
        word = self.marks.word(at)
        if self.doc.keys[of] not in ("of", "at") or len(word) < 3 or not (word.isalpha() and word.isupper()):
            return None
        after = at + 1
        if after < self.stop and self.doc.keys[after] == ",":
            after += 1
        if not (self.marks.name_word(after) or self.marks.rank_before_name(after)):
            return None
        span = Span(self.doc.starts[at], self.doc.ends[at])
        return Institution(span, span, None, None, headed=False, title_end=at + 1, known=None, end=at + 1)

    def _country_office(self, head: str, institution: Institution) -> bool:
        """Whether the post heads a known organization's office in a country ("Chief
        Representative of JICA", "Representative of the UN Refugee Agency (UNHCR)", known
        by the short name in brackets): its title is written without the organization."""
        if head.casefold() not in self.marks.lexicon.country_office_heads:
            return False
        after = institution.end
        bracketed = after + 1 < self.stop and self.doc.keys[after] == "(" and after + 1 in self.marks.known_organization
        return institution.known is not None or bracketed

    def _past_short_name(self, end: int) -> int:
        """Past an institution's short name in brackets after a post ("Vice President of the
        Korea Railroad Corporation (KORAIL) Han Seung-ho"), so the name after it still has
        its title; the short name adds nothing to the title."""
        keys = self.doc.keys
        if end + 2 < self.stop and keys[end] == "(" and keys[end + 2] == ")" and self.marks.capitalized(end + 1):
            return end + 3
        return end

    def _for_place(self, end: int) -> int | None:
        """The token after "for [the] <place>" at `end`, if the words there are that."""
        keys, place = self.doc.keys, self.marks.place
        if end >= self.stop - 1 or keys[end] != "for":
            return None
        at = end + 2 if keys[end + 1] == "the" else end + 1
        return place[at][0] if at in place else None

    def _more_places(self, end: int) -> int:
        """Past more places listed after a post's place ("for Russia, Ukraine and Eurasia"):
        the remit goes on to them."""
        keys, place = self.doc.keys, self.marks.place
        while end < self.stop - 1 and keys[end] in (",", "and"):
            at = end + 2 if keys[end] == "," and keys[end + 1] == "and" else end + 1
            at += 1 if at < self.stop and keys[at] == "the" else 0
            if at not in place or (place[at][0] < self.stop and keys[place[at][0]] == "'s"):
                break  # "..., Ukraine's ambassador": another person's state
            end = place[at][0]
        return end

    def _known_ending_at(self, end: int) -> bool:
        return any(e[0] == end for e in self.marks.known_organization.values())

    def _accredited_to(self, end: int, envoy: bool) -> int:
        """Past "to [the] <state>" after an envoy's title ("Ambassador of Japan to
        Tajikistan") or "in <place>" after any ("Country Director of KOICA in Kazakhstan"):
        where the holder serves is no part of the post."""
        keys = self.doc.keys
        if end < self.stop - 1 and (keys[end] == "in" or (envoy and keys[end] == "to")):
            at = end + 2 if keys[end + 1] == "the" else end + 1
            if at in self.marks.place:
                return self.marks.place[at][0]
        return end

    @staticmethod
    def _ending_at(index: dict[int, tuple[int, str]], end: int) -> tuple[int, str] | None:
        for start in range(end - 1, max(-1, end - 5), -1):  # "Foreign and European Affairs": four words
            found = index.get(start)
            if found is not None and found[0] == end:
                return start, found[1]
        return None

    def _place_ending_at(self, end: int) -> tuple[int, str | None] | None:
        keys = self.doc.keys
        possessive = end - 1 >= self.start and keys[end - 1] == "'s"
        stop = end - 1 if possessive else end
        for start in range(stop - 1, max(self.start - 1, stop - 6), -1):
            entry = self.marks.place.get(start)
            if entry is not None and entry[0] == stop:
                place = entry[1].place
                return start, place.country if place.kind == "country" else None
        return None

    def _institution_before(self, end: int) -> Institution | None:
        marks = self.marks
        start = end - 1
        while start - 1 >= self.start and (
            (marks.capitalized(start - 1) and self.doc.keys[start - 1] in marks.lexicon.institution_words)
            or self._place_ending_at(start) is not None
            or start - 1 in marks.known_organization
        ):
            place = self._place_ending_at(start)
            start = place[0] if place is not None else start - 1
        institution = read_institution(marks, start, end)
        return institution if institution is not None and institution.end == end and institution.headed else None

    # -- names ----------------------------------------------------------------------

    def _chain_before(self, n: int, claimed: set[int]) -> list[int]:
        chain: list[int] = []
        k = n - 1
        while k >= 0:
            item = self.items[k]
            if item.post is not None and k not in claimed:
                if not (item.post.titled or item.post.former or self._determined(k)):
                    break  # "the minister" as a description is no title of the name after it
                chain.append(k)
            elif item.kind in ("rank", "style", "honorific", "counterpart"):
                chain.append(k)
            elif item.key in _RANK_SERVICES and self.items[k + 1].kind == "rank":
                pass  # "Police Colonel", "Senior Colonel": the service or grade of the rank, part of it
            elif item.kind != "word" or item.key not in _CHAIN_SEPARATORS:
                break
            elif item.key == "and" and not (k > 0 and self.items[k - 1].kind == "post"):
                break  # "and" joins two posts of one person, not two people
            k -= 1
        return chain[::-1]

    def _determined(self, k: int) -> bool:
        """Whether a lowercase post is introduced as one: "the defense minister", or with
        its institution's words between ("the foreign ministry spokesman"), after its
        state's possessive, read as part of the post ("Japan's foreign minister"), or after
        its body's name ("UN spokesman")."""
        if k > 0 and self.items[k - 1].key in ("the", "'s", *_POSSESSIVES):
            return True
        lex, keys = self.marks.lexicon, self.doc.keys
        post = self.items[k].post
        if post is not None and keys[self.doc.token_at(post.label.start) - 1] == "'s":
            return True
        if post is not None and post.institution is not None and post.institution.span.start <= post.span.start:
            return True  # "UN spokesman Stephane ...", "PCG spokesperson Rear Admiral ...": the body's officer
        return (
            k > 1
            and self.items[k - 2].key == "the"
            and self.items[k - 1].kind == "word"
            and all(
                keys[t] in lex.institution_words or keys[t] in lex.institution_heads
                for t in range(self.items[k - 1].start, self.items[k - 1].end)
            )
        )

    def _apposition_after(self, n: int) -> list[int]:
        items = self.items
        k = n + 1
        if k >= len(items) or items[k].key != ",":
            return []
        k += 1
        articled = k < len(items) and items[k].key in _APPOSITION_ARTICLES
        if articled:
            k += 1
        posts: list[int] = []
        while k < len(items) and items[k].kind == "post":
            posts.append(k)
            k += 1
            if k + 1 < len(items) and items[k].key == "and" and items[k + 1].kind == "post":
                k += 1
        if not posts:
            return []
        # "..., Minister of Defense, Colonel-General Sherali Mirzo": the posts are the next person's.
        if k < len(items) and items[k].kind in ("rank", "name"):
            return []
        if k + 1 < len(items) and items[k].key == "," and items[k + 1].kind in ("rank", "name"):
            return []  # "..., the Foreign Minister of Chile, Alberto van Klaveren": the next person's
        if articled and k < len(items) and self._verb_at(items[k]):
            return []  # "In her talks with Minister Tsiklauri, the Deputy Secretary General focused on ...": a subject
        return posts

    def _fronted(self, k: int, n: int) -> bool:
        """Whether post `k` ends a phrase put before the clause ("With the Prime Minister, Ms
        Sørensen discussed ..."): the name after its comma runs on into a verb, so it is the
        clause's subject, not the post's holder set off after it."""
        items = self.items
        return (
            items[k + 1].key == ","
            and all(items[t].kind in ("rank", "honorific") for t in range(k + 2, n))
            and k >= 2
            and items[k - 1].key == "the"
            and self.doc.keys[items[k - 2].end - 1] in _FRONTING
            and n + 1 < len(items)
            and self._verb_at(items[n + 1])
        )

    def _demonym_before(self, first: int) -> PlaceMention | None:
        """A state's adjective ending right before a rank that opens a name's titles ("its
        commander, German Lieutenant Colonel Tobias Kemmerling"), not after a preposition
        ("to", "of"), where it would qualify something else."""
        for start in range(first - 1, max(self.start - 1, first - 4), -1):
            entry = self.marks.place.get(start)
            if entry is None or entry[0] != first:
                continue
            mention = entry[1]
            before = self.doc.keys[start - 1] if start > self.start else ""
            if mention.adjective and mention.place.kind == "country" and before not in _AFTER_APPOSITION:
                return mention
            return None
        return None

    def _addressed(self, chain: list[_Item], rank_items: list[_Item]) -> list[PostMention]:
        """Posts set off by a comma before "His Excellency" written with the name ("the
        Ambassador of Japan, H.E. Mr. Sato"): the name is addressed so, not by the post's rank."""
        if not any(i.key == "excellency" for i in rank_items):
            return []
        keys = self.doc.keys
        return [i.post for i in chain if i.post is not None and i.end < len(keys) and keys[i.end] == ","]

    def _within_head(self, post: PostMention, start: int, end: int) -> bool:
        """Whether the words `start`..`end` are only the beginning of the post's head."""
        words = self.doc.folded[self.doc.starts[start] : self.doc.ends[end - 1]].casefold()
        head = post.head.casefold()
        return len(words) < len(head) and head.startswith(words)

    def _verb_at(self, item: _Item) -> bool:
        """Whether a plain lowercase word that may be a verb begins the item: no apposition
        runs on into one without a closing comma."""
        word = self.marks.word(item.start)
        return item.kind == "word" and word.isalpha() and word.islower() and word not in _AFTER_APPOSITION

    def _mention(self, item: _Item, chain: list[_Item], apposition: list[_Item]) -> NameMention:
        doc = self.doc
        span = Span(doc.starts[item.start], doc.ends[item.end - 1])
        words = tuple(
            doc.keys[t]
            for t in range(item.start, item.end)
            if doc.keys[t] not in (".",) and doc.keys[t] not in self.marks.lexicon.suffixes
        )
        posts = [i.post for i in (*chain, *apposition) if i.post is not None]
        rank_items = [i for i in chain if i.kind == "rank"]
        rank_ids = [i.key for i in rank_items]
        rank_spans = [Span(doc.starts[i.start], doc.ends[i.end - 1]) for i in rank_items]
        addressed = self._addressed(chain, rank_items)
        for post in posts:
            if post.former or post in addressed:
                continue  # "a former ambassador" is not addressed as one
            start = doc.token_at(post.label.start)
            post_rank = self.marks.rank.get(start)
            if post_rank is not None and self._within_head(post, start, post_rank[0]):
                continue  # "General Officer Commanding": the rank's word begins a longer title
            if post_rank is not None and post_rank[1] not in rank_ids:
                rank_ids.insert(0, post_rank[1])
                rank_spans.insert(0, post.label)
        adjacent = chain[-1] if chain else None
        honorific = None
        if adjacent is not None and adjacent.post is not None and _unqualified(adjacent.post):
            head = adjacent.post.head.casefold()
            if head in self.marks.lexicon.personal_titles and adjacent.post.titled:
                honorific = doc.quote(adjacent.post.label)
        if honorific is None:
            written = next((i for i in chain if i.kind == "honorific"), None)
            honorific = doc.quote(Span(doc.starts[written.start], doc.ends[written.end - 1])) if written else None
        counterpart = next((i for i in chain if i.kind == "counterpart"), None)
        styles = tuple(Span(doc.starts[i.start], doc.ends[i.end - 1]) for i in chain if i.kind == "style")
        first = chain[0].start if chain else item.start
        last = apposition[-1].end if apposition else item.end
        demonym = self._demonym_before(first) if rank_items and chain[0].kind == "rank" else None
        return NameMention(
            span=span,
            text=doc.quote(span),
            words=words,
            extent=Span(doc.starts[first], doc.ends[last - 1]),
            ranks=tuple(rank_ids),
            rank_spans=tuple(rank_spans),
            honorific=honorific,
            styles=styles,
            posts=tuple(p for p in posts if p.titled or not p.bare),
            counterpart=counterpart is not None,
            counterpart_country=counterpart.country if counterpart else None,
            demonym=demonym.span if demonym else None,
            demonym_country=demonym.place.country if demonym else None,
            anchored=bool(chain or (apposition and len(words) > 1)),
        )


def _resolve(mentions: list[NameMention]) -> list[Person]:
    """Group mentions into people: full names first, then shorter mentions of them."""
    people: list[Person] = []
    index = _NameIndex()

    def new(mention: NameMention) -> Person:
        person = Person(mention.text, mention.words)
        people.append(person)
        index.add(person)
        return person

    for mention in mentions:
        if mention.anchored and len(mention.words) > 1 and _match(index, mention) is None:
            new(mention)
    for mention in mentions:
        person = _match(index, mention)
        if person is None and mention.anchored:
            person = new(mention)
        if person is not None:
            person.mentions.append(mention)
    kept = [p for p in people if p.mentions]
    for person in kept:
        longest = max(person.mentions, key=lambda m: (len(m.words), -m.span.start))
        person.name = longest.text
        person.words = longest.words
    kept.sort(key=lambda p: p.first.span.start)
    return kept


class _NameIndex:
    """People by the words of their names, to find who a mention may name without trying
    every person (a long text names thousands, many sharing a given name)."""

    def __init__(self) -> None:
        self.by_word: dict[str, list[Person]] = {}
        self.by_words: dict[frozenset[str], list[Person]] = {}

    def add(self, person: Person) -> None:
        for word in set(person.words):
            self.by_word.setdefault(word, []).append(person)
        self.by_words.setdefault(frozenset(person.words), []).append(person)

    def candidates(self, words: tuple[str, ...]) -> list[Person]:
        """People whose names hold all these words, and people all of whose words these are."""
        if not words:
            return []
        full = {w for w in words if len(w) > 1} or set(words)  # "V.S. Rathore": by the surname
        rarest = min((self.by_word.get(w, []) for w in full), key=len)
        holding = [p for p in rarest if all(any(_same(w, named) for named in p.words) for w in words)]
        distinct = sorted(set(words))
        held = [
            p
            for size in range(1, len(distinct) + 1)
            for subset in itertools.combinations(distinct, size)
            for p in self.by_words.get(frozenset(subset), [])
        ]
        return list({id(p): p for p in (*holding, *held)}.values())


def _match(index: _NameIndex, mention: NameMention) -> Person | None:
    """The person a mention names: one whose name holds its words, or whose words it holds."""
    words = mention.words
    candidates = [p for p in index.candidates(words) if _subsequence(words, p.words) or _subsequence(p.words, words)]
    if len(candidates) > 1:
        # A lone word is a family name first ("Emomali" alone is ambiguous; "Rahmon" is not).
        by_family = [p for p in candidates if p.words[-1] == words[-1]]
        candidates = by_family or candidates
    if not candidates:
        return None
    # The most recently mentioned of the candidates.
    return max(
        candidates,
        key=lambda p: max((m.span.start for m in p.mentions if m.span.start < mention.span.start), default=-1),
    )


def _subsequence(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Whether the words of `short` occur in `long` in order ("Votel" in "Joseph Votel")."""
    it = iter(long)
    return all(any(_same(word, w) for w in it) for word in short)


def _same(word: str, other: str) -> bool:
    """Whether two words of names may name the same: equal, or an initial and a word it
    begins ("V." and "Vikramjit")."""
    return word == other or (len(word) == 1 and other.startswith(word)) or (len(other) == 1 and word.startswith(other))
