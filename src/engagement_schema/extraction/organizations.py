"""Organizations: institutions named in the text or implied by the posts people hold.

An institution is read from its words ("the State Committee for National Security",
"U.S. Central Command"), with the state it belongs to when a demonym or an "of
<country>" says so. A post implies its institution: "Chief of the General Staff" is in
the General Staff, "Minister of Defense" in a Ministry of Defense, "President of
Tajikistan" in the Office of the President of Tajikistan; a name built that way is
recorded as derived from the post. The report's record of them, by name key, is
`organization_registry`.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from engagement_schema.extraction.lexicon import Marks, lexicon
from engagement_schema.extraction.organization_registry import Organizations, name_key, split_name
from engagement_schema.extraction.places import KnownPlace, gazetteer
from engagement_schema.extraction.text import Document, Span, SpanIndex
from engagement_schema.models.organizations import OrganizationKind

__all__ = [
    "NAMESAKE_HEADS",
    "Institution",
    "OrganizationMention",
    "Organizations",
    "canonical_name",
    "find_organizations",
    "name_key",
    "read_institution",
    "remit",
    "short_forms",
    "split_name",
    "state_name",
]

_CONNECTORS = frozenset({"of", "for", "on", "and", "&", "under"})
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


@dataclass(frozen=True, slots=True)
class Institution:
    """An institution's words as written after a post's head or on their own."""

    span: Span
    """Everything read, a leading "the" included: the evidence of the institution."""
    name: Span | None
    """The name proper, without "the" or a trailing "of <country>"; None when the words
    name only a place ("of the Republic of Tajikistan")."""
    country: str | None
    """The state it belongs to, from a demonym or place among its words."""
    place: KnownPlace | None
    """The place named, when the words name only a place."""
    headed: bool
    """Whether a word such as Ministry, Command or Forces heads it."""
    title_end: int
    """Where a post's title ends when it names this institution: qualifiers that are not
    states stay in the title ("Secretary of Defense for Central Asia")."""
    known: str | None
    """The name of a known organization the words are ("UNDP": United Nations Development
    Programme)."""
    end: int
    """The token after the words read."""


@dataclass(frozen=True, slots=True)
class OrganizationMention:
    """An organization named outright in the text."""

    span: Span
    name: str
    kind: OrganizationKind
    country: str | None


def read_institution(marks: Marks, i: int, stop: int, *, headed: bool = False) -> Institution | None:
    """The institution whose words start at token `i` (after "of" or "for"), if any; with
    `headed`, only one that a known name or an institution head makes one.

    Reading stops at punctuation, at a lowercase word, at a line's end, at a second post
    ("and Commander of ..."), and where a holder's name begins: a rank before a name, or
    capitalised words that no institution word ends ("... Staff Emomali Sobirzoda").
    """
    keys, capitalized = marks.doc.keys, marks.doc.capitalized
    parts: list[tuple[str, int, int]] = []  # (kind, first token, token after)
    places: dict[int, KnownPlace] = {}
    j = i
    while j < stop:
        key = keys[j]
        last = parts[-1][0] if parts else None
        if parts and not _same_line(marks.doc, j):
            break  # a name ends with its line ("Embassy of India" above "Kathmandu")
        if key == "the" and last in (None, "connector"):
            parts.append(("the", j, j + 1))
            j += 1
        elif key == "'s" and last in ("word", "known", "place") and j + 1 < stop and _unit_follows(marks, j + 1, stop):
            parts.append(("connector", j, j + 1))  # "the GDF's Western Border Command": a unit of the body
            j += 1
        elif _ORDINAL.fullmatch(key) and last in (None, "the", "connector") and j + 1 < stop and capitalized[j + 1]:
            parts.append(("word", j, j + 1))  # "the 201st Military Base": a unit's number
            j += 1
        elif (sovereign := _sovereign(marks, j, stop)) is not None:  # "His Majesty's Armed Forces", "the Sultan's"
            parts.append(("word", j, sovereign))
            j = sovereign
        elif j in marks.known_organization:  # before places: "Japan International Cooperation Agency"
            end = marks.known_organization[j][0]
            if j in marks.place:  # whose state it is
                places[len(parts)] = marks.place[j][1].place
            parts.append(("known", j, end))
            j = end
        elif j in marks.place:
            end, mention = marks.place[j]
            places[len(parts)] = mention.place
            parts.append(("place", j, end))
            j = end
        elif capitalized[j]:
            if (marks.rank_before_name(j) or _head_at(marks, j)) and not _namesake_body(marks, j, stop):
                break
            if key == "police" and last == "word" and j + 1 < stop and marks.rank_before_name(j + 1):
                break  # "Minister of Public Security Police Lieutenant General ...": the rank's service
            if key in marks.lexicon.function_words and key not in marks.lexicon.institution_words:
                break
            words_end = _institution_words_end(marks, j, stop)
            if words_end is None:
                break
            parts.append(("word", j, words_end))
            j = words_end
        elif key == "in" and last in ("word", "known") and _world_region(marks, j + 1):
            parts.append(("connector", j, j + 1))  # "Arab Bank for Economic Development in Africa"
            j += 1
        elif key == "," and last == "word" and _listed(marks, j + 1, stop):
            parts.append(("connector", j, j + 1))  # "Ministry of Investment, Trade and Industry"
            j += 1
        elif key in _CONNECTORS and last not in (None, "connector", "the") and j + 1 < stop:
            modifier = j + 1 in marks.modifier and _post_follows(marks, j + 1)  # "and Deputy Minister", not "Regional"
            if key == "and" and (_head_at(marks, j + 1) or modifier or keys[j + 1] == "the"):
                break  # "... and Commander of ...", "... and the Embassy": another post or institution
            if key == "and" and last == "place" and len(parts) == 1 and places[0].kind == "country":
                break  # "Nepal and Asian Development Bank sign ...": a state and its partner
            parts.append(("connector", j, j + 1))
            j += 1
        else:
            break
    while parts and parts[-1][0] in ("connector", "the"):
        parts.pop()
    _drop_partner_state(marks.doc, parts, places)
    if not any(kind in ("word", "place", "known") for kind, _, _ in parts):
        return None
    if headed and not _headed(marks.doc, parts):
        return None  # not worth reading whole: the caller would leave it
    known = {
        start: written_name(marks, marks.known_organization[start][1][0]) for kind, start, _ in parts if kind == "known"
    }
    return _institution(marks.doc, parts, places, known)


def _sovereign(marks: Marks, j: int, stop: int) -> int | None:
    """The token after a sovereign's possessive starting at token `j` ("His Majesty's", "the
    Sultan's") that a capitalised word follows: the body is the sovereign's, the words its name's."""
    keys, capitalized = marks.doc.keys, marks.doc.capitalized
    if keys[j] in ("his", "her") and keys[j + 1 : j + 3] == ["majesty", "'s"]:
        end = j + 3
    elif j in marks.head and keys[j] in _SOVEREIGNS and marks.head[j][0] == j + 1 and keys[j + 1 : j + 2] == ["'s"]:
        end = j + 2
    else:
        return None
    return end if end < stop and capitalized[j] and capitalized[end] else None


#: Sovereigns' titles a body is named after ("the Sultan's Armed Forces", "the King's Guard").
_SOVEREIGNS = frozenset({"sultan", "king", "queen", "emir", "amir"})


#: Bodies named after a sovereign ("Queen Elizabeth Central Hospital", "King Fahd University").
NAMESAKE_HEADS = frozenset({"hospital", "university", "airport", "school", "college", "academy", "institute"})


def _namesake_body(marks: Marks, j: int, stop: int) -> bool:
    """Whether a sovereign's title at `j` opens a body named after them: a name of one or two
    words, perhaps other capitalised words, then a head of such bodies."""
    if marks.doc.keys[j] not in _SOVEREIGNS:
        return False
    k = j + 1
    while k < min(stop, j + 6) and marks.capitalized(k):
        if marks.doc.keys[k] in NAMESAKE_HEADS:
            return k > j + 1
        k += 1
    return False


def _unit_follows(marks: Marks, j: int, stop: int) -> bool:
    """Whether a unit's name starts at `j` after a body's possessive ("1st Jungle Infantry
    Brigade", "Western Border Command"): capitalised words, perhaps after its number, that
    an institution head ends."""
    keys = marks.doc.keys
    j += 1 if _ORDINAL.fullmatch(keys[j]) else 0
    k = j
    while k < stop and marks.doc.capitalized[k] and k - j < 5:
        if keys[k] in marks.lexicon.institution_heads:
            return True
        k += 1
    return False


def _drop_partner_state(doc: Document, parts: list[tuple[str, int, int]], places: dict[int, KnownPlace]) -> None:
    """ "The World Bank and Vietnam signed ...": a state joined by "and" after a name is the
    name's partner, not the end of the name (a name reads "of" or "for" before its state)."""
    last = len(parts) - 1
    if last >= 2 and parts[last][0] == "place" and places[last].kind == "country" and doc.keys[parts[-2][1]] == "and":
        del parts[-2:]
        del places[last]


# Heads that name a region of a state, not a body of it.
_REGION_HEADS = frozenset(
    {"province", "canton", "county", "aimag", "oblast", "velayat", "viloyat", "governorate", "prefecture", "region"}
)


_MINISTER_HEADS = frozenset({"minister", "cabinet secretary"})


def remit(head: str, words: str) -> bool:
    """Whether a minister's institution words are the ministry's remit, a field though an
    institution word is among them ("Minister of Territorial Administration", "Minister of
    the Armed Forces"): the words do not open with an institution's head."""
    first = words.removeprefix("the ").split()[0].casefold()
    return head.casefold() in _MINISTER_HEADS and first not in lexicon().institution_heads


def _remit_at(marks: Marks, ministers: set[int], i: int, words: str) -> bool:
    """Whether the institution words at token `i` follow "Minister of [the]" as its remit."""
    keys = marks.doc.keys
    k = i - 1 if i > 0 and keys[i - 1] == "the" else i
    return k >= 2 and keys[k - 1] in ("of", "for") and k - 1 in ministers and remit("minister", words)


def _region_only(name: str) -> bool:
    """Whether a name's only heads are a region's ("Sandaun Province", not "Government of
    Tuzla Canton")."""
    heads = [w for w in name.casefold().split() if w in lexicon().institution_heads]
    return bool(heads) and all(h in _REGION_HEADS for h in heads)


def _world_region(marks: Marks, i: int) -> bool:
    """Whether a region of no one state starts at token `i` ("Africa", "Central Asia"): the
    remit an institution's name may end with, where a state or city is where it sits."""
    return i in marks.place and marks.place[i][1].place.kind == "region" and marks.place[i][1].place.country is None


def _listed(marks: Marks, i: int, stop: int) -> bool:
    """Whether institution words from `i` go on to "and" and more of them: a list of the
    fields one institution covers ("Investment, Trade and Industry"), not a new clause."""
    keys, words = marks.doc.keys, marks.lexicon.institution_words
    while i < stop and keys[i] in words:
        i += 1
    return i + 1 < stop and keys[i] == "and" and keys[i + 1] in words


def _same_line(doc: Document, j: int) -> bool:
    """Whether token `j` is on the line of the token before it."""
    return "\n" not in doc.folded[doc.ends[j - 1] : doc.starts[j]]


def _head_at(marks: Marks, i: int) -> bool:
    return i in marks.head and marks.doc.keys[i] not in marks.lexicon.institution_heads


def _institution_words_end(marks: Marks, j: int, stop: int) -> int | None:
    """The token after institution words starting at `j`; unknown capitalised words count
    only when an institution head closes them, perhaps after institution words ("Hissar
    Garrison", "Sughd Regional Clinical Hospital"), when one or two come before other
    institution words ("External Affairs"), or "and" joins them to institution words
    ("Fisheries and Agriculture")."""
    keys, words, heads = marks.doc.keys, marks.lexicon.institution_words, marks.lexicon.institution_heads
    if keys[j] in words or (keys[j] == "house" and j + 1 < stop and keys[j + 1] == "of"):
        return j + 1  # "House of Representatives": a chamber, where "State House" is a building
    k = j
    capitalized = marks.capitalized
    while k < stop and (capitalized(k) or _hyphen_joins(marks, k)) and keys[k] not in heads and k not in marks.place:
        k += 1
        if k < stop and not _same_line(marks.doc, k):
            stop = k  # "Addis Ababa" above "The African Development Bank": a name ends with its line
    if k < stop and keys[k] in heads and any(keys[t] not in words for t in range(j, k)):
        return k + 1
    province = next((t for t in range(j + 1, min(k + 1, j + 3, stop)) if keys[t] in _PROVINCES), None)
    if province is not None:
        return province + 1  # "the Sughd region", "Batken Oblast": a province however written
    unknown = j
    while unknown < min(k, j + 2) and keys[unknown] not in words:
        unknown += 1
    if unknown < k and keys[unknown] in words and keys[unknown] not in heads:
        return unknown  # "External Affairs", "Veterans Affairs": institution words close them
    if k - j <= 2 and k + 1 < stop and keys[k] == "and" and keys[k + 1] in words and not _post_follows(marks, k + 1):
        return k  # "Road and Transport Development": joined to institution words, one name
    place_name = _place_name_after(marks, j, stop)
    if place_name is not None:
        return place_name
    ends = k >= stop or not marks.doc.capitalized[k]
    if 0 < k - j <= 2 and ends and keys[j - 1] == "and" and _fields_before(marks, j - 1):
        return k  # "Demining and Expertise", "Foreign Affairs and Human Mobility": the name's last fields
    if k < stop and keys[k] == "," and ((k == j + 1 and j > 0 and keys[j - 1] in words) or _after_of(marks, j, k)):
        # "Migration and Border Surveillance, Khalid Bennani": one more word of the name;
        # "Governor of Manus, Charlie Sapulai": the words between "of" and the comma
        return k
    return None


def _hyphen_joins(marks: Marks, k: int) -> bool:
    """Whether token `k` is a hyphen joining two capitalised words ("Darkhan-Uul"), or the
    apostrophe of a plural's possessive before one ("House of Peoples' Representatives")."""
    doc = marks.doc
    if not (0 < k < len(doc.keys) - 1 and doc.ends[k - 1] == doc.starts[k] and marks.capitalized(k + 1)):
        return False
    hyphen = doc.keys[k] == "-" and doc.ends[k] == doc.starts[k + 1] and marks.capitalized(k - 1)
    return hyphen or (doc.keys[k] == "'" and doc.keys[k - 1].endswith("s") and marks.capitalized(k - 1))


def _place_name_after(marks: Marks, j: int, stop: int) -> int | None:
    """The token after a town's or district's name the gazetteer lacks, written after "<head>
    of" ("the District Government of Mocímboa da Praia", "the Municipal Chamber of São Vicente"):
    one to three capitalised words, particles between, that end the institution's words."""
    keys, doc = marks.doc.keys, marks.doc
    if j < 2 or keys[j - 1] != "of" or keys[j - 2] not in marks.lexicon.institution_heads:
        return None
    k, words = j, 0
    while k < stop and _same_line(doc, k) and (doc.capitalized[k] or (keys[k] in _PARTICLES and words)):
        if keys[k] in marks.lexicon.institution_words or k in marks.head or k in marks.place:
            return None
        words += doc.capitalized[k]
        k += 1
    while k > j and keys[k - 1] in _PARTICLES:
        k -= 1
    if k < stop and keys[k] in ("of", "for") and _capitalised_after(marks, k + 1, stop):
        return None  # "the Board of Directors of the Fund": not a place's name, a body's
    return k if 0 < words <= 3 else None


def _capitalised_after(marks: Marks, k: int, stop: int) -> bool:
    """Whether a capitalised word comes at token `k`, past a "the" ("of the Fund", not "for the
    modernisation of ...": "to the Municipality of Ohrid for the modernisation" names the town)."""
    k += k < stop and marks.doc.keys[k] == "the"
    return k < stop and marks.doc.capitalized[k]


_PARTICLES = frozenset({"da", "de", "do", "dos", "das", "del", "di", "du", "la", "le"})


def _fields_before(marks: Marks, i: int) -> bool:
    """Whether institution words that are no head come right before token `i`."""
    keys, lex = marks.doc.keys, marks.lexicon
    return i > 0 and keys[i - 1] in lex.institution_words and keys[i - 1] not in lex.institution_heads


_PROVINCES = frozenset({"region", "province", "oblast", "district", "governorate", "county", "state", "prefecture"})


def _after_of(marks: Marks, j: int, k: int) -> bool:
    """Whether one to three unknown capitalised words `j`..`k` follow the "of [the]" of a post
    or a body ("the Governor of Manus,", "the Defence Committee of the Riigikogu,"): a name
    the lexicon lacks, of a place or an institution."""
    keys = marks.doc.keys
    of = j - 2 if j > 2 and keys[j - 1] == "the" else j - 1
    after = of > 0 and keys[of] == "of" and (of - 1 in marks.head or keys[of - 1] in marks.lexicon.institution_heads)
    return 0 < k - j <= 3 and after


def _post_follows(marks: Marks, i: int) -> bool:
    """Whether capitalised words from `i` run into a post's head ("Police Liaison Officer")."""
    while i < len(marks.doc.keys) and marks.capitalized(i):
        if i in marks.head:
            return True
        i += 1
    return False


def _institution(
    doc: Document, parts: list[tuple[str, int, int]], places: dict[int, KnownPlace], known_names: dict[int, str]
) -> Institution:
    span = Span(doc.starts[parts[0][1]], doc.ends[parts[-1][2] - 1])
    core = [n for n, p in enumerate(parts) if p[0] != "the"]
    headed = _headed(doc, parts)
    if len(core) == 1 and parts[core[0]][0] == "place":
        place = places[core[0]]
        return Institution(span, None, place.country, place, False, span.start, None, parts[-1][2])
    country = None
    title_end: int | None = None
    # Trailing qualifiers are not the name: "of [the] <country>", "for <region>", a city.
    while len(core) >= 2 and parts[core[-1]][0] == "place":
        place = places[core[-1]]
        connector = doc.keys[parts[core[-2]][1]] if parts[core[-2]][0] == "connector" else None
        if (place.kind != "country" or connector == "for") and title_end is None:
            title_end = doc.ends[parts[core[-1]][2] - 1]
        if (
            connector == "of"
            and place.kind == "city"
            and len(core) >= 3
            and doc.keys[parts[core[-3]][2] - 1] in _LOCAL_HEADS
        ):
            break  # "the District Government of Mocímboa da Praia": a town's own government, named by it
        if connector in ("of", "for") and len(core) >= 3 and _specified(doc, parts, core[:-2]):
            core = core[:-2]
        elif connector is None and place.kind == "city":
            core = core[:-1]
        else:
            break
        if connector != "for":  # "Secretary of Defense for Russia": the remit's state, not the institution's
            country = country or (place.country if place.kind == "country" else None)
    country = country or next((p.country for n, p in places.items() if p.kind == "country" and n <= core[-1]), None)
    # "the Committee for Emergency Situations under the Government of the Republic of Tajikistan":
    # the body it answers to is no part of its name
    under = next(
        (i for i, n in enumerate(core) if i > 0 and parts[n][0] == "connector" and doc.keys[parts[n][1]] == "under"),
        None,
    )
    core = core[:under] if under is not None else core
    name = Span(doc.starts[parts[core[0]][1]], doc.ends[parts[core[-1]][2] - 1])
    known = known_names.get(parts[core[0]][1]) if len(core) == 1 and parts[core[0]][0] == "known" else None
    return Institution(span, name, country, None, headed, title_end or name.end, known, parts[-1][2])


# Heads of a town's own bodies, which the town's name ends: "the City Council of Gyumri".
_LOCAL_HEADS = frozenset({"government", "council", "municipality", "administration", "chamber", "hall", "mayoralty"})


def _headed(doc: Document, parts: list[tuple[str, int, int]]) -> bool:
    heads = lexicon().institution_heads
    return any(
        kind == "known" or (kind == "word" and any(doc.keys[t] in heads for t in range(a, b))) for kind, a, b in parts
    )


def _specified(doc: Document, parts: list[tuple[str, int, int]], core: list[int]) -> bool:
    """Whether words say which institution it is without the state that follows: "Ministry
    of Defense" does; "Government" and "Embassy" need "of Japan" to be named at all."""
    heads = lexicon().institution_heads
    words = [doc.keys[t] for n in core if parts[n][0] != "connector" for t in range(parts[n][1], parts[n][2])]
    return any(w not in heads for w in words)


def written_name(marks: Marks, name: str) -> str:
    """A known organization's name as its text writes it, as a reader records it: the
    lexicon's name where written, else the longest form written ("UNICEF" in a text that
    never spells out the United Nations Children's Fund)."""
    doc = marks.doc
    written = [
        doc.quote(Span(doc.starts[i], doc.ends[end - 1]))
        for i, (end, (known, _)) in marks.known_organization.items()
        if known == name
    ]
    if not written or any(w.casefold() == name.casefold() for w in written):
        return name
    return max(written, key=len)


def find_organizations(marks: Marks) -> list[OrganizationMention]:
    """Organizations named outright: known ones ("OSCE", "USAID"), headed institutions
    ("U.S. Embassy", "the Ministry of Defense of Uzbekistan") and "the <demonym>
    government"."""
    doc, lex = marks.doc, marks.lexicon
    found: list[OrganizationMention] = []
    taken: set[int] = set()
    for i, (end, (name, kind)) in sorted(marks.known_organization.items()):
        if i in taken:
            continue  # the agency of "the United Nations World Food Programme", read with it
        written = written_name(marks, name)
        if (agency := _un_agency(marks, i, end)) is not None:
            end, kind = agency
            written = doc.quote(Span(doc.starts[i], doc.ends[end - 1]))
        country = next((marks.place[t][1].place.country for t in range(i, end) if t in marks.place), None)
        if kind == "international-organization":
            country = None  # "Shanghai Cooperation Organisation": a city in the name, no state's body
        country = country or lex.known_states.get(name)
        if (office := _office_after(marks, end)) is not None:  # "the EU Delegation to Jordan": one name
            written, end = doc.quote(Span(doc.starts[i], doc.ends[office - 1])), office
            kind = lex.organization_kind(written)
        found.append(OrganizationMention(Span(doc.starts[i], doc.ends[end - 1]), written, kind, country))
        taken.update(range(i, end))
    capitalized, place = doc.capitalized, marks.place
    candidates = [k for k in range(len(doc.keys)) if capitalized[k] or k in place]
    ministers = {end for end, head in marks.head.values() if head.casefold() in _MINISTER_HEADS}
    # "Chief of Staff for Logistics": words inside a post's title open no body ("Staff for Logistics")
    taken.update(t for start, (end, _) in marks.head.items() for t in range(start + 1, end))
    for i in candidates:
        if i in taken or not _may_start_institution(marks, i):
            continue
        institution = read_institution(marks, i, len(doc.keys), headed=True)
        if institution is None or institution.name is None or not institution.headed:
            continue
        span, words, country = institution.span, institution.name, institution.country or _possessor(marks, i)
        prefix = _hyphened(doc, i) or _saint(doc, i)
        if prefix is not None:  # "Inter-American", "St. James": the words are one, and name no state
            span, words, country = prefix.join(span), prefix.join(words), None if i in marks.place else country
        name = canonical_name(doc.quote(words))
        if _region_only(name) and institution.end not in marks.head:
            continue  # "Sandaun Province", "Tuzla Canton": a place, named as places are
        if _remit_at(marks, ministers, i, name):
            taken.update(range(i, institution.end))
            continue  # "Minister of Territorial Administration": the ministry's remit, read with the post
        found.append(OrganizationMention(span, name, lex.organization_kind(name), country))
        taken.update(range(i, institution.end))
    found.extend(_governments(doc, marks))
    found.extend(_aid_programmes(marks, taken))
    found.sort(key=lambda m: m.span)
    return found


# An acronym in brackets right after a name: "the Swiss Agency for Development and Cooperation (SDC)".
_SHORT_FORM = re.compile(r"\s*\((?P<short>[A-Z][A-Za-z]{1,8}[A-Z])\)")


def short_forms(doc: Document, named: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """Where an acronym introduced in brackets after an organization's name ("... Cooperation
    (SDC)") is written later on its own ("funded by the SDC"), with the key of the
    organization it stands for; words already `named` are left as they are."""
    taken = SpanIndex(span for span, _ in named)
    found: list[tuple[Span, str]] = []
    for span, key in named:
        short = _SHORT_FORM.match(doc.folded, span.end)
        if short is None:
            continue
        for use in re.finditer(rf"\b{short['short']}\b", doc.folded[short.end() :]):
            at = Span(short.end() + use.start(), short.end() + use.end())
            if not taken.overlaps(at):
                found.append((at, key))
    return found


def _un_agency(marks: Marks, i: int, end: int) -> tuple[int, str] | None:
    """The end and kind of a known body named right after the United Nations' name from `i` to `end`
    ("the United Nations World Food Programme"): one name, the agency's."""
    if marks.doc.keys[i:end] not in (["united", "nations"], ["un"]) or end not in marks.known_organization:
        return None
    agency_end, (_, kind) = marks.known_organization[end]
    return agency_end, kind


def _office_after(marks: Marks, i: int) -> int | None:
    """The token after the words from `i`, right after a known organization's name, that name
    a body of it ("EU Delegation", "UN General Assembly", "UN Central Emergency Response Fund"):
    up to four capitalised words on its line ending with an institution head, no post's head
    among them and no capitalised word after."""
    doc, heads = marks.doc, marks.lexicon.institution_heads
    for end in range(i, min(i + 4, len(doc.keys))):
        if not doc.capitalized[end] or not _same_line(doc, end) or end in marks.head or end in marks.place:
            return None
        if doc.keys[end] == "board":
            return None  # "the IMF Executive Board approved": the board acts for the body it governs
        if doc.keys[end] in heads:
            return end + 1 if end + 1 >= len(doc.keys) or not doc.capitalized[end + 1] else None
    return None


def _hyphened(doc: Document, i: int) -> Span | None:
    """The capitalised word a hyphen joins to token `i` from before ("Inter-" of "Inter-American")."""
    if i < 2 or doc.keys[i - 1] != "-" or not doc.capitalized[i - 2]:
        return None
    if doc.ends[i - 2] != doc.starts[i - 1] or doc.ends[i - 1] != doc.starts[i]:
        return None
    return Span(doc.starts[i - 2], doc.ends[i - 1])


def _saint(doc: Document, i: int) -> Span | None:
    """ "St." before token `i` ("St. James Police Division"): a saint's name begins there."""
    if i < 2 or doc.keys[i - 2] not in ("st", "ste") or doc.keys[i - 1] != "." or not doc.capitalized[i - 2]:
        return None
    return Span(doc.starts[i - 2], doc.ends[i - 1])


def _may_start_institution(marks: Marks, i: int) -> bool:
    """A cheap test before reading: institutions start at a place, an institution word, or
    a capitalised word that an institution head follows closely ("Hissar Garrison")."""
    if i in marks.place:
        return True
    if not marks.doc.capitalized[i]:
        return False
    if marks.doc.keys[i] in marks.lexicon.institution_words:
        return True
    heads = marks.doc.tokens_in(marks.lexicon.institution_heads)  # found once a document
    n = bisect.bisect_right(heads, i)
    return n < len(heads) and heads[n] < i + 5


# "Spanish Cooperation", "Irish Aid", "Swiss Development Cooperation": a state's aid programme
# named by its demonym, an institution with no institution word at its head.
_PROGRAMME_WORDS = (("cooperation",), ("aid",), ("development", "cooperation"))


def _aid_programmes(marks: Marks, taken: set[int]) -> list[OrganizationMention]:
    """States' aid programmes named by a demonym and "Cooperation" or "Aid", capitalised."""
    doc = marks.doc
    found: list[OrganizationMention] = []
    for i, (end, mention) in marks.place.items():
        if not mention.adjective or i in taken or not mention.place.country:
            continue
        for words in _PROGRAMME_WORDS:
            stop = end + len(words)
            if stop <= len(doc.keys) and tuple(doc.keys[end:stop]) == words and all(doc.capitalized[end:stop]):
                span = Span(doc.starts[i], doc.ends[stop - 1])
                found.append(OrganizationMention(span, doc.quote(span), "other", mention.place.country))
                break
    return found


def _governments(doc: Document, marks: Marks) -> list[OrganizationMention]:
    """ "the Tajik government" and "Tajikistan's government" name the Government of Tajikistan."""
    found = []
    for i, (end, mention) in marks.place.items():
        if mention.place.kind != "country":
            continue
        after = end + 1 if end < len(doc.keys) and doc.keys[end] == "'s" else end
        if after >= len(doc.keys) or doc.keys[after] not in _STATE_BODIES:
            continue
        first = i - 1 if i > 0 and doc.keys[i - 1] == "the" else i
        span = Span(doc.starts[first], doc.ends[after])
        office, kind = _STATE_BODIES[doc.keys[after]]
        name = f"{office} of {state_name(mention.place)}"
        found.append(OrganizationMention(span, name, kind, mention.place.country))
    return found


# "the Tajik government", "the Kenyan presidency": the state's body of that word.
_STATE_BODIES: dict[str, tuple[str, OrganizationKind]] = {
    "government": ("Government", "government"),
    "presidency": ("Office of the President", "head-of-state-office"),
}


def _possessor(marks: Marks, i: int) -> str | None:
    """The country of "Japan's Ministry of Foreign Affairs"."""
    if i < 2 or marks.doc.keys[i - 1] != "'s":
        return None
    entry = next((e for e in marks.place.values() if e[0] == i - 1), None)
    return entry[1].place.country if entry is not None else None


def canonical_name(name: str) -> str:
    """ "Foreign Ministry" as "Ministry of Foreign Affairs": a field before Ministry or
    Department is written after it, the way the institutions name themselves."""
    words = name.split()
    if len(words) >= 2 and words[-1] in ("Ministry", "Department"):
        fields = lexicon().field_names
        for first in range(len(words) - 1):  # past a state's name ("Kazakh Foreign Ministry")
            field = " ".join(words[first:-1]).casefold()
            if field in fields and (first == 0 or _names_a_state(" ".join(words[:first]))):
                return f"{words[-1]} of {fields[field]}"
    return name


def _names_a_state(words: str) -> bool:
    """Whether words are a state's name or demonym ("Kazakh"), not a province's ("Orkhon Province
    Health Department" keeps its name)."""
    doc = Document(words)
    return any(p.place.kind == "country" and p.span == Span(0, len(words)) for p in gazetteer().find(doc))


def state_name(place: KnownPlace) -> str:
    """A country's name as it follows "of": "the United States", "Tajikistan"."""
    name = place.name
    if re.match(r"(United|Republic|Kingdom|Netherlands|Philippines|Czech|Democratic)\b", name):
        return f"the {name}"
    return name
