"""Organization records: the institution each post is in, the state each person serves,
and the organizations' states, parents and locations, as the report implies them."""

from __future__ import annotations

import re

from engagement_schema.extraction.discourse import Agent
from engagement_schema.extraction.lexicon import lexicon
from engagement_schema.extraction.organizations import Organizations, remit, state_name
from engagement_schema.extraction.people import Person, PostMention
from engagement_schema.extraction.places import PlaceMention, country_name, gazetteer
from engagement_schema.extraction.record_store import Data, RecordStore
from engagement_schema.extraction.text import CuedPattern, Span

__all__ = ["OrganizationRecords"]

#: Posts that head an institution; a deputy post held with one places it under another.
_CHIEF_HEADS = frozenset(
    {"chief", "commander", "head", "director", "chairman", "director general", "commander-in-chief"}
)
_DELEGATION = CuedPattern(
    r"\bdelegations?\s+(?:of|from)\s+(?P<of>[^,.;]{1,120}?)\s+(?:led|headed)\s+by\s+", "delegation"
)
_SIDE = CuedPattern(
    r"\b(?:(?:from|on)\s+the\s+(?P<of>[\w-]+(?:\s[\w-]+)?)\s+side\b"
    r"|the\s+(?P<by>[\w-]+(?:\s[\w-]+)?)\s+side\s+(?:was|were)\s+represented\s+by\b)",
    "side",
)
_OF_STATE = re.compile(r"\s+of\s+(?:the\s+)?")  # "Foreign Minister Wang Yi of China"
_GREETINGS = CuedPattern(r"\bgreetings\s+(?:from|of)\s+(?:the\s+)?", "greetings")
# The bodies a state has of its own, as against international or joint ones; and words that
# name such a body whatever its kind ("Sughd Regional Clinical Hospital", "Directorate of
# Orientation", "Presidential Secretariat", "National Emergency Management Office").
_NATIONAL_KINDS = frozenset(
    {
        "ministry",
        "armed-forces",
        "armed-forces-staff",
        "military-command",
        "law-enforcement",
        "border-service",
        "security-service",
    }
)
_NATIONAL_WORDS = frozenset(
    {
        "hospital",
        "directorate",
        "administration",
        "secretariat",
        "treasury",
        "institute",
        "centre",
        "center",
        "board",
        "office",
    }
)
_DIPLOMATIC_LOCATION = re.compile(r"(?:\s+(?:officials|staff|representatives|personnel|office))?\s+in\s+")

_ABROAD = re.compile(r"\b(?:mission|delegation|embassy|consulate|high\s+commission|UN|United\s+Nations)\b", re.I)
"""Words of a body that serves abroad: its officers serve the state that sends them."""


# An acronym a post's title opens with ("PCG Commandant", "KFAED Deputy Director-General").
_ACRONYM = re.compile(r"[A-Z][A-Za-z]{1,8}[A-Z]")


class OrganizationRecords(RecordStore):
    """Adds the organizations of a reading, and settles the posts and states they imply."""

    def _organizations(self) -> None:
        """Every organization, parents first, after settling the one each post is in (places are
        recorded before, so an organization can name its location's record)."""
        self.countries = self._person_countries()
        self.post_orgs: dict[tuple[str, int], tuple[str, Data | None]] = {}
        orgs = self.r.organizations
        by_head: dict[str, str] = {}
        for person, post in sorted(
            ((p, post) for p in self.r.people for post in p.posts()), key=lambda pp: pp[1].span.start
        ):
            if post.former:
                continue  # "former Health Minister": the post is not held, its holder not told
            found = self._post_organization(person, post)
            derivation = self._head_word_derivation(post, found)
            if found is None and post.deputy and post.head.casefold() in by_head:
                key = by_head[post.head.casefold()]
                org = orgs.by_key[key]
                derivation = self.derivation(
                    "organization",
                    f'"{self.doc.quote(post.label)}" names no institution; it is read as one of {org.name}, '
                    "the institution of the same title named before it.",
                    [post.label, *org.evidence[:1]],
                )
                found = key
            if found is None and (shared := self._shared_prefix(person, post)) is not None:
                found, derivation = shared
            if found is None:
                continue
            by_head.setdefault(post.head.casefold(), found)
            self.post_orgs[(person.name, post.span.start)] = (found, derivation)
        self.counterparts = self._counterparts()
        orgs.merge_unplaced()
        self._home_institutions()
        self._parents()
        self._locations()
        # Parents before their parts, so a part can name its parent's id.
        for key, org in sorted(orgs.by_key.items(), key=lambda kv: (_depth(orgs, kv[0]), kv[0])):
            data: Data = {"name": org.name, "kind": org.kind, "country": org.country}
            derivations = []
            if org.name_method:
                derivations.append(self.derivation("name", org.name_method, org.name_evidence or []))
            if org.country_method:
                derivations.append(self.derivation("country", org.country_method, org.country_evidence or []))
            parent = orgs.resolve(org.parent) if org.parent is not None else None
            if parent is not None and parent in self.org_ids:
                data["parent"] = self.org_ids[parent]
                derivations.append(self.derivation("parent", org.parent_method or "", org.parent_evidence or []))
            if org.location is not None and org.location.name in self.places:
                data["location"] = self.places[org.location.name]
            data["evidence"] = self.evidence(org.evidence)
            data["derivations"] = derivations
            self.org_ids[key] = self._add("organizations", data)

    def _home_institutions(self) -> None:
        """ "received at the Ministry of Defence" in a report filed from Accra, issued under a
        "GHANA ARMED FORCES" letterhead or telling of a day in Accra: a national institution named with no state is the
        report's own state's; reports qualify other states' institutions ("the Kazakh Ministry
        of ...") and leave their own bare."""
        home = self._home_state()
        if home is None:
            return
        country, told, span = home
        orgs = self.r.organizations
        for key, org in list(orgs.by_key.items()):
            national = org.kind in _NATIONAL_KINDS or not _NATIONAL_WORDS.isdisjoint(org.name.casefold().split())
            if not key.endswith("|") or org.name_method or not national or orgs.resolve(key) != key:
                continue
            method = f'"{org.name}" is named with no state, in a report {told}: its state\'s.'
            orgs.settle(key, country, method, [*org.evidence[:1], span])

    def _side_countries(self, found: dict[str, tuple[str, Data | None]]) -> None:
        """ "from the Kazakh side – Minister of Ecology Aidar Kossanov; ...", "The Japanese
        side was represented by ...": the people named after a side's state, up to the next
        side or the sentence's end, serve that state."""
        sides = list(_SIDE.finditer(self.doc))
        for n, match in enumerate(sides):
            group = "of" if match.group("of") is not None else "by"
            state = next((p for p in self.r.places if match.start(group) <= p.span.start < match.end(group)), None)
            if state is None or not state.place.country:
                continue
            stop = self.doc.sentence_of(match.start()).span.end
            if n + 1 < len(sides):
                stop = min(stop, sides[n + 1].start())
            method = f'Named after "{self.doc.quote(Span(match.start(), match.end()))}".'
            for person in self.r.people:
                named = any(match.end() <= m.span.start < stop for m in person.mentions)
                if named and person.name not in found:
                    found[person.name] = (state.place.country, self.derivation("country", method, [state.span]))

    def _home_state(self) -> tuple[str, str, Span] | None:
        """The report's own state: its dateline's, else that of the institution its first line
        names (the letterhead), else that of the first town its body names (where the story
        happens); with how it is told and the words telling it."""
        home = self.r.dateline
        if home is not None and home.place.country is not None:
            return home.place.country, f"filed from {home.place.name}", home.span
        first_line = self.doc.folded.find("\n")
        for org in self.r.organizations.by_key.values():
            head = next((e for e in org.evidence if e.start < first_line), None)
            if org.country is not None and head is not None and org.kind != "diplomatic-mission":
                return org.country, f'under the heading "{self.doc.quote(head)}"', head
        body = self.doc.headline.span.end if self.doc.headline is not None else 0
        city = next((p for p in self.r.places if p.place.kind == "city" and p.span.start >= body), None)
        if city is not None and city.place.country is not None:
            return city.place.country, f"whose first town is {city.place.name}", city.span
        return None

    def _shared_prefix(self, person: Person, post: PostMention) -> tuple[str, Data] | None:
        """The institution written before a title joined by "and" to this one ("the WFP
        Representative and Country Director"): it names both, as the words are read."""
        for before in person.posts():
            held = self.post_orgs.get((person.name, before.span.start))
            institution = before.institution
            if held is None or institution is None or institution.span.end >= before.label.end:
                continue
            if self.doc.folded[before.span.end : post.span.start].strip() == "and":
                method = (
                    f'"{self.doc.quote(post.label)}" is joined by "and" to "{self.doc.quote(before.label)}", '
                    f'whose institution "{self.doc.quote(institution.span)}" is written before both.'
                )
                return held[0], self.derivation("organization", method, [institution.span, post.label])
        return None

    def _counterparts(self) -> list[tuple[Person, Span, str, str, Data]]:
        """ "received his Tajik counterpart, Colonel-General Sherali Mirzo": the counterpart
        holds the same post as the one they meet, in their own state. Returns (person,
        mention, title, organization key, derivation) for each such post."""
        found = []
        for person in self.r.people:
            mention = next((m for m in person.mentions if m.counterpart), None)
            country = self.countries.get(person.name, (None, None))[0]
            if mention is None or country is None or person.posts():
                continue
            other = self._other_party(person)
            held = [p for p in other.posts() if (other.name, p.span.start) in self.post_orgs] if other else []
            if other is None or not held:
                continue
            post = held[0]
            org = self.r.organizations.by_key[self.post_orgs[(other.name, post.span.start)][0]]
            key = self.r.organizations.add(org.name, org.kind, country, mention.extent)
            title = self.doc.quote(post.label)
            method = (
                f"Introduced as the counterpart of {other.name}, {title}: the same post in {country_name(country)}."
            )
            found.append(
                (
                    person,
                    mention.extent,
                    title,
                    key,
                    self.derivation("organization", method, [mention.extent, post.label]),
                )
            )
        return found

    def _other_party(self, person: Person) -> Person | None:
        """The person someone met in the first engagement of the text they took part in."""
        agent = Agent("person", person.name)
        for engagement in self.r.engagements:
            if engagement.has(agent):
                others = [a.key for a in engagement.agents() if a.kind == "person" and a != agent]
                return next((p for p in self.r.people if others and p.name == others[0]), None)
        return None

    def _person_countries(self) -> dict[str, tuple[str, Data | None]]:
        """The state each person serves, and how the text tells it."""
        found: dict[str, tuple[str, Data | None]] = {}
        for person in self.r.people:
            for post in person.posts():
                country = post.country or (post.institution.country if post.institution else None)
                if country:
                    method = f'Holds the post "{self.doc.quote(post.span)}", which names the state.'
                    found[person.name] = (country, self.derivation("country", method, [post.span]))
                    break
            else:
                for mention in person.mentions:
                    if mention.counterpart_country:
                        method = "Introduced as the counterpart from that state."
                        found[person.name] = (
                            mention.counterpart_country,
                            self.derivation("country", method, [mention.extent]),
                        )
                        break
                    if mention.demonym_country and mention.demonym:
                        method = f'Introduced as "{self.doc.quote(mention.demonym)}".'
                        found[person.name] = (
                            mention.demonym_country,
                            self.derivation("country", method, [mention.demonym]),
                        )
                        break
        for person in self.r.people:
            for mention in person.mentions:
                of = _OF_STATE.match(self.doc.folded, mention.span.end)
                state = self._state_at(of.end()) if of else None
                if state is not None and person.name not in found:
                    method = f'Named as "{self.doc.quote(Span(mention.span.start, state.span.end))}".'
                    found[person.name] = (state.place.country or "", self.derivation("country", method, [state.span]))
        for match in _DELEGATION.finditer(self.doc):
            leader = self._person_at(match.end())
            state = next((p for p in self.r.places if match.start("of") <= p.span.start < match.end("of")), None)
            if leader is not None and state is not None and state.place.country and leader.name not in found:
                method = f'Leads "{self.doc.quote(Span(match.start(), match.end("of")))}".'
                found[leader.name] = (state.place.country, self.derivation("country", method, [state.span]))
        self._side_countries(found)
        for engagement in self.r.engagements:
            visit = engagement.part_of or self.trip_of.get(id(engagement))
            host = (
                next((a for a, r in visit.participants if r == "host" and a.kind == "place"), None) if visit else None
            )
            if visit is None or host is None:
                continue
            visited = gazetteer().country_names.get(host.key)  # a region visited has no state to serve
            code = visited.country if visited else None
            for agent, role in engagement.participants:
                if agent.kind == "person" and role == "host" and agent.key not in found and code:
                    method = f"Hosted the visitor during the visit to {host.key}."
                    found[agent.key] = (code, self.derivation("country", method, [visit.span]))
        self._home_ministers(found)
        for match in _GREETINGS.finditer(self.doc):
            sender, messenger = self._person_at(match.end()), self._person_before(match.start())
            if sender and messenger and messenger.name in found and sender.name not in found:
                method = f"Greetings from {sender.name} were conveyed by {messenger.name}, who serves that state."
                found[sender.name] = (
                    found[messenger.name][0],
                    self.derivation("country", method, [Span(match.start(), match.end())]),
                )
        return found

    def _home_ministers(self, found: dict[str, tuple[str, Data | None]]) -> None:
        """ "BISHKEK — ... signed by the Minister of Education and Science": a minister whose
        state the text never writes serves the dateline's state; reports qualify the
        ministers of other states ("the Kazakh Minister of ...") and leave their own bare."""
        home = self.r.dateline
        if home is None or home.place.country is None:
            return
        offices = lexicon().field_offices
        for person in self.r.people:
            posts = person.posts()
            if person.name in found or not posts or any(p.former for p in posts):
                continue
            post = posts[0]
            institution = post.institution
            national = (
                institution is not None
                and institution.headed
                and institution.known is None
                and not _ABROAD.search(self.doc.quote(institution.span))
            )
            if national or (post.head.casefold() in offices and (post.field is not None or institution is not None)):
                method = f'Holds "{self.doc.quote(post.span)}", of no state the text names: the dateline\'s.'
                found[person.name] = (home.place.country, self.derivation("country", method, [post.span, home.span]))

    def _state_at(self, offset: int) -> PlaceMention | None:
        """The country named at `offset`, if one is."""
        return next((p for p in self.r.places if p.span.start == offset and p.place.kind == "country"), None)

    def _person_at(self, offset: int) -> Person | None:
        """The person whose mention (with its titles) starts at `offset`, or after "the"."""
        starts = (offset, offset + 4) if self.doc.folded.startswith("the ", offset) else (offset,)
        return next((p for p in self.r.people for m in p.mentions if m.extent.start in starts), None)

    def _person_before(self, offset: int) -> Person | None:
        """The person named last before `offset` in its sentence."""
        sentence = self.doc.sentence_of(offset)
        before = [
            (m.span.start, p) for p in self.r.people for m in p.mentions if sentence.span.start <= m.span.start < offset
        ]
        return max(before, key=lambda b: b[0])[1] if before else None

    def _post_organization(self, person: Person, post: PostMention) -> str | None:
        """The organization a post is in, registered; None when the text cannot tell."""
        lex = lexicon()
        orgs = self.r.organizations
        head = post.head.casefold()
        served = self.countries.get(person.name, (None, None))[0]
        institution = post.institution
        country = post.country or (institution.country if institution else None) or served
        junior = self._junior_remit(post)
        if junior == "" and (other := self._other_post_organization(person, post)) is not None:
            return other  # "State Minister Ishiguro": the fuller title tells
        if institution is not None and institution.name is not None:
            name = junior or institution.known or self.doc.quote(institution.name)
            if (spelled := self._spelled_out(name)) is not None:
                return spelled  # "PCG Commandant" after "the Philippine Coast Guard (PCG)": that body's post
            possessive = self.doc.folded.startswith("'s", institution.span.end)  # "the Bank's Representative"
            if possessive and (named := self._named_before(name)) is not None:
                return named
            if (institution.headed and not remit(post.head, name)) or head not in lex.field_offices:
                return orgs.add(name, lex.organization_kind(name), country, institution.span)
            office = f"{lex.field_offices[head]} of {name}"
            method = f'Named from the post "{self.doc.quote(post.label)}".'
            return orgs.add(office, lex.organization_kind(office), country, post.label, method)
        if institution is not None and institution.place is not None and institution.place.kind == "city":
            office = f"Office of the {self.doc.quote(post.label)}"  # "Mayor of Dushanbe": the city's post
            method = f'Named from the post "{self.doc.quote(post.label)}", held for a city.'
            return orgs.add(office, "government", country, post.label, method)
        if institution is not None and institution.place is None and self._regional(post):
            office = f"Office of the {self.doc.quote(post.label)}"  # "Governor of Bali": the region's head
            method = f'Named from the post "{self.doc.quote(post.label)}", the head of the place it names.'
            return orgs.add(office, "government", country, post.label, method)
        if post.field is not None and head in lex.field_offices:
            office = f"{lex.field_offices[head]} of {post.field}"
            method = f'Named from the post "{self.doc.quote(post.label)}".'
            return orgs.add(office, lex.organization_kind(office), country, post.label, method)
        if (
            institution is not None
            and institution.place is not None
            and institution.place.kind == "region"
            and head in lex.field_offices
            and country
        ):
            remit_of = gazetteer().countries[country]  # "UK Minister for the Indo-Pacific": a remit, no ministry
            method = (
                f'"{self.doc.quote(post.label)}" names a remit, not a ministry: '
                f"read as one of the government of {remit_of.name}."
            )
            return orgs.add(f"Government of {state_name(remit_of)}", "government", country, post.label, method)
        if head in lex.state_offices:
            office, kind = lex.state_offices[head]
            state = gazetteer().countries[country] if country else None
            name = f"{office} of {state_name(state)}" if state else office
            method = f'Named from the post "{self.doc.quote(post.label)}"' + (
                f" of a person serving {state.name}." if state else "."
            )
            return orgs.add(name, kind, country, post.label, method)
        return None

    def _spelled_out(self, short: str) -> str | None:
        """The key of the organization an acronym stands for, where the text gives it in brackets
        after the organization's name."""
        if _ACRONYM.fullmatch(short) is None:
            return None
        after = re.compile(rf"\s*\({re.escape(short)}\)")
        return next(
            (
                key
                for key, org in self.r.organizations.by_key.items()
                if any(after.match(self.doc.text, span.end) for span in org.evidence)
            ),
            None,
        )

    def _junior_remit(self, post: PostMention) -> str | None:
        """The remit of a junior minister's post, "Minister of State for External Affairs"
        (a minister within the Ministry of External Affairs, not a "Ministry of State"): ""
        when the title names none ("State Minister"); None for other posts."""
        if post.head.casefold() != "minister":
            return None
        if post.field == "State" and post.institution is None:
            return ""
        written = self.doc.quote(post.institution.name) if post.institution and post.institution.name else ""
        if written == "State":
            return ""
        return written.removeprefix("State for ") if written.startswith("State for ") else None

    def _other_post_organization(self, person: Person, post: PostMention) -> str | None:
        """The organization of another post of the same person that names one."""
        for other in person.posts():
            if other.span.start != post.span.start and (person.name, other.span.start) in self.post_orgs:
                return self.post_orgs[(person.name, other.span.start)][0]
        return None

    def _head_word_derivation(self, post: PostMention, found: str | None) -> Data | None:
        """How "the Bank's" became the report's one bank, when it did."""
        institution = post.institution
        if found is None or institution is None or institution.name is None:
            return None
        written = self.doc.quote(institution.name)
        org = self.r.organizations.by_key[found]
        if org.name.casefold() == written.casefold() or not self.doc.folded.startswith("'s", institution.span.end):
            return None
        method = f'"the {written}" is read as {org.name}, the one organization named that way in the report.'
        return self.derivation("organization", method, [institution.span, *org.evidence[:1]])

    def _named_before(self, head: str) -> str | None:
        """The one organization of the report whose name ends with `head`, when an
        institution is named by its head word alone ("the Fund's Director-General")."""
        if head.casefold() not in lexicon().institution_heads:
            return None
        ends = f" {head.casefold()}"
        found = [k for k, o in self.r.organizations.by_key.items() if o.name.casefold().endswith(ends)]
        return found[0] if len(found) == 1 else None

    def _regional(self, post: PostMention) -> bool:
        """Whether the post's title before "of" is a region's or a city's head's."""
        title = self.doc.quote(post.label).split(" of ", 1)[0]
        return title.casefold() in lexicon().regional_titles

    def _parents(self) -> None:
        """A chief's institution under the one where the same person is a deputy; a
        ministry or state committee under its state's government."""
        orgs = self.r.organizations
        for person in self.r.people:
            held = [(post, self.post_orgs.get((person.name, post.span.start))) for post in person.posts()]
            deputies = [(p, o[0]) for p, o in held if o and p.deputy]
            chiefs = [(p, o[0]) for p, o in held if o and not p.deputy and p.head.casefold() in _CHIEF_HEADS]
            for (deputy, above), (chief, below) in ((d, c) for d in deputies for c in chiefs):
                above, below = orgs.resolve(above), orgs.resolve(below)
                org = orgs.by_key.get(below)
                if org is None or above == below or org.parent is not None:
                    continue
                org.parent = above
                org.parent_method = (
                    f"Its {self.doc.quote(chief.label).split(' of ')[0].casefold()} is also "
                    f"{self.doc.quote(deputy.label)} of {orgs.by_key[above].name}, so it is placed under it."
                )
                org.parent_evidence = [deputy.label.join(chief.label)]
        governments = {o.country: k for k, o in orgs.by_key.items() if o.kind == "government" and o.country}
        for org in orgs.by_key.values():
            if org.parent is not None or not (org.kind == "ministry" or "state committee" in org.name.casefold()):
                continue
            government = governments.get(org.country or "")
            if government is not None and org.country is not None:
                org.parent = government
                what = "A ministry" if org.kind == "ministry" else "A state committee"
                org.parent_method = f"{what} is part of its country's government."

    def _locations(self) -> None:
        """ "U.S. Embassy officials in Dushanbe": a mission's city."""
        cities = {p.span.start: p.place for p in self.r.places if p.place.kind == "city"}
        for org in self.r.organizations.by_key.values():
            if org.kind != "diplomatic-mission":
                continue
            for span in org.evidence:
                found = _DIPLOMATIC_LOCATION.match(self.doc.folded, span.end)
                if found is not None and found.end() in cities:
                    org.location = cities[found.end()]


def _depth(orgs: Organizations, key: str) -> int:
    """How many organizations stand above one (parents are recorded first)."""
    depth, seen = 0, {key}
    parent = orgs.by_key[key].parent
    while parent is not None and orgs.resolve(parent) in orgs.by_key and orgs.resolve(parent) not in seen:
        seen.add(orgs.resolve(parent))
        parent, depth = orgs.by_key[orgs.resolve(parent)].parent, depth + 1
    return depth
