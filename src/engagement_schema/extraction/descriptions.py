"""People named again by description: "the President of Tajikistan", "the Head of State",
"the minister", "the COAS". Who they are is the last person named before them with that
title (or a post the acronym stands for); a bare title ("the Minister") is the first so named,
the story's subject."""

from __future__ import annotations

import bisect
import re
from functools import cache

from engagement_schema.extraction.lexicon import Marks, lexicon
from engagement_schema.extraction.people import Person
from engagement_schema.extraction.places import PlaceMention
from engagement_schema.extraction.text import Document, Span, SpanIndex

__all__ = ["find_descriptions"]

#: Nouns that describe anyone ("the American official"): a description only with a demonym.
_ANYONE = frozenset({"official", "guest", "visitor", "envoy", "diplomat", "delegate"})
#: Titles a description may use besides the lexicon's post heads ("the Defense Minister").
_DESCRIPTION_TITLES = (
    *_ANYONE,
    "head of state",
    "foreign minister",
    "defense minister",
    "defence minister",
    "general",
    "admiral",
)
_TITLE_HEADS = {
    "head of state": "president",
    "foreign minister": "minister",
    "defense minister": "minister",
    "defence minister": "minister",
}


@cache
def _description() -> re.Pattern[str]:
    """ "The President of Tajikistan", "the Secretary General", "the Tajik minister": a
    title of the lexicon's (or a rank's last word) after "the", with the state it serves."""
    titles = {h.casefold() for h in lexicon().post_heads} | set(_DESCRIPTION_TITLES)
    alternatives = _by_first_letter(sorted(titles, key=len, reverse=True))
    return re.compile(
        # A demonym is no title's first word: "the Secretary General" is one title (and the
        # list of titles is read only before a capital, where a demonym may stand).
        r"\b[Tt]he\s+(?:visiting\s+)?(?:(?=[A-Z])(?!(?i:"
        + alternatives
        + r"|vice|deputy|first)\b)(?P<demonym>[A-Z][\w.]*(?:-[A-Z]\w*)?)\s+)?"
        r"(?i:(?:first\s+)?(?:deputy|vice)[\s-]+)?(?P<title>(?i:" + alternatives + r"))\b"
        r"(?:\s+of\s+(?:the\s+)?(?P<of>[A-Z][\w']*(?:\s+(?:of\s+)?[A-Z][\w']*)*))?"
    )


def _bare(match: re.Match[str]) -> bool:
    """Whether a description is its title alone ("the Minister"), no state or body named: of
    several holders of the title it names the one named first, the story's subject ("Sweden's
    Minister X visited Liberia ... Minister Y signed ... Later, the Minister met the Speaker")."""
    qualified = re.search(r"\b(?:deputy|vice)\b", match.group(), re.IGNORECASE)  # "the Vice-Minister"
    return not match["demonym"] and not match["of"] and qualified is None


def _by_first_letter(titles: list[str]) -> str:
    """The titles (case-folded, in the order to try them) as alternatives for a pattern that
    ignores case, each group of those with one first letter tried only before that letter.
    Only titles starting with the text's next letter can match there, so the title found is
    the one the plain list finds; tried at every "the", the plain list cost most of the scan."""
    groups: dict[str, list[str]] = {}
    for title in titles:
        groups.setdefault(title[0], []).append(r"[\s-]+".join(map(re.escape, title.split())))
    return "|".join(f"(?=[{re.escape(letter)}])(?:{'|'.join(group)})" for letter, group in groups.items())


_NAMED_FOR = re.compile(r"'s\s+[A-Z]")  # "the Prime Minister's Office"


def find_descriptions(marks: Marks, people: list[Person]) -> list[tuple[Span, Person]]:
    """Descriptions of people already named ("The President of Tajikistan noted ..."),
    each with the person it refers to; descriptions that are a name's title are not."""
    doc = marks.doc
    named = SpanIndex(m.extent for p in people for m in p.mentions)
    titled: dict[str, list[tuple[int, int, Person]]] = {}  # head -> (start, order, person), sorted
    found: list[tuple[Span, Person]] = []
    for match in _description().finditer(doc.folded):
        span = Span(match.start(), match.end())
        if named.overlaps(span) or _NAMED_FOR.match(doc.folded, span.end):
            continue  # "at the Prime Minister's Office": a place named for the post
        title = " ".join(match.group("title").casefold().replace("-", " ").split())
        head = _TITLE_HEADS.get(title, title)
        if head in _ANYONE and not match["demonym"]:
            continue  # "the official" alone could be anyone
        if head not in titled:
            titled[head] = sorted(
                (m.span.start, n, p) for n, p in enumerate(people) if _titled(p, head) for m in p.mentions
            )
        earlier = [p for _, _, p in titled[head][: bisect.bisect_left(titled[head], (span.start, -1))]]
        if match["demonym"]:
            earlier = _serving(earlier, marks.place.get(doc.token_at(match.start("demonym"))))
        if earlier:
            found.append((span, earlier[0] if _bare(match) else earlier[-1]))
    return found + _acronyms(marks, people, named)


# "COAS", "MoS", "Deputy PM": capitals (a lowercase letter between two at most) standing
# for a post, perhaps after a modifier of it. The scan tries it only at capitals.
_ACRONYM = re.compile(
    r"(?=[A-Z])\b(?P<modifier>(?:First\s+)?(?:Deputy|Vice)\s+)?(?P<letters>[A-Z](?:[a-z]?[A-Z]){1,5})\b"
)
_JOINING = frozenset({"of", "for", "to", "and", "in", "on"})


def _acronyms(marks: Marks, people: list[Person], named: SpanIndex) -> list[tuple[Span, Person]]:
    """People named before by a post that an acronym stands for ("the Chief of Army Staff"
    as "the COAS", "Minister of State" as "MoS", "Deputy Prime Minister" as "Deputy PM"):
    the last one named before it whose post's words it is the initials of."""
    doc = marks.doc
    found: list[tuple[Span, Person]] = []
    initials: list[tuple[int, frozenset[str], Person]] | None = None
    for match in _ACRONYM.finditer(doc.text):
        span = Span(match.start(), match.end())
        if named.overlaps(span) or doc.token_at(match.start("letters")) in marks.known_organization:
            continue
        if initials is None:  # read only in a text with capitals to read
            initials = sorted((m.span.start, _post_initials(doc, p), p) for p in people for m in p.mentions[:1])
        letters = "".join(w[0] for w in (match["modifier"] or "").casefold().split()) + match["letters"].casefold()
        earlier = [p for start, known, p in initials if start < span.start and letters in known]
        if earlier:
            found.append((span, earlier[-1]))
    return found


def _post_initials(doc: Document, person: Person) -> frozenset[str]:
    """The initials a person's posts may be shortened to: of the whole title or of the part
    before a joining word ("Minister of State" of "... for External Affairs"), with and
    without the joining words; none of a "Minister of <field>", whose initials are the ministry's."""
    found: set[str] = set()
    for post in person.posts():
        words = [w for w in doc.quote(post.label).replace("-", " ").casefold().split() if w != "the"]
        for end in [i for i, w in enumerate(words) if w in _JOINING] + [len(words)]:
            part = words[:end]
            if part[:1] == ["minister"] and part[1:2] in (["of"], ["for"]) and part[2:] != ["state"]:
                continue  # "MFA", "MoD": the ministry's
            found.add("".join(w[0] for w in part))
            found.add("".join(w[0] for w in part if w not in _JOINING))
    return frozenset(i for i in found if len(i) > 1)


def _serving(people: list[Person], demonym: tuple[int, PlaceMention] | None) -> list[Person]:
    """Those of `people` a description's demonym allows ("the Ukrainian minister"): who serve
    that state, else those the text gives no state; all of them if it names no state."""
    if demonym is None or demonym[1].place.kind != "country":
        return people
    state = demonym[1].place.country
    countries = [_country(p) for p in people]
    serving = [p for p, c in zip(people, countries, strict=True) if c == state]
    return serving or [p for p, c in zip(people, countries, strict=True) if c is None]


def _country(person: Person) -> str | None:
    """The state a person's posts, or their introduction as a counterpart, name."""
    posts = (post.country for post in person.posts() if post.country)
    counterpart = (m.counterpart_country for m in person.mentions if m.counterpart_country)
    return next(posts, None) or next(counterpart, None)


def _titled(person: Person, head: str) -> bool:
    if head in _ANYONE:
        return True
    if any(post.head.casefold().replace("-", " ") == head for post in person.posts()):
        return True
    rank = person.rank()
    return rank is not None and head in rank
