"""Records: what the readers found, turned into a validated `Dataset`.

This is where mentions become facts: a person's mentions one `Person`, posts and the
organizations they imply `Post`, `Organization` and `Occupancy` records, engagement
mentions of one event one `Engagement`. Values the text implies rather than states —
a state served, an organization's name or parent, a date's year, a meeting's place —
carry a `Derivation` saying how they were reached and from which words. Ids are
readable slugs of each record's kind and name ("person-joseph-votel"), numbered on a
clash, so the same report always gives the same ids.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from engagement_schema.extraction.aid import AidMention, money_state
from engagement_schema.extraction.attributions import AttributionMention, TheMinistry
from engagement_schema.extraction.dates import Reference, resolve
from engagement_schema.extraction.discourse import Agent
from engagement_schema.extraction.engagements import EngagementMention
from engagement_schema.extraction.lexicon import lexicon
from engagement_schema.extraction.organizations import Organizations, remit, state_name
from engagement_schema.extraction.people import Person, PostMention
from engagement_schema.extraction.places import KnownPlace, PlaceMention, first_seat, gazetteer
from engagement_schema.extraction.record_store import Data, RecordStore
from engagement_schema.extraction.statements import StatementMention
from engagement_schema.extraction.structure import Structure, visitors_of
from engagement_schema.extraction.text import CuedPattern, Document, Span
from engagement_schema.extraction.topics import TopicReader
from engagement_schema.models import Dataset
from engagement_schema.validation import validate_data

__all__ = ["Reading", "build_dataset"]

#: Posts that head an institution; a deputy post held with one places it under another.
_CHIEF_HEADS = frozenset(
    {"chief", "commander", "head", "director", "chairman", "director general", "commander-in-chief"}
)
_DELEGATION = CuedPattern(
    r"\bdelegations?\s+(?:of|from)\s+(?P<of>[^,.;]{1,120}?)\s+(?:led|headed)\s+by\s+", "delegation"
)
_OF_STATE = re.compile(r"\s+of\s+(?:the\s+)?")  # "Foreign Minister Wang Yi of China"
_GREETINGS = CuedPattern(r"\bgreetings\s+(?:from|of)\s+(?:the\s+)?", "greetings")
#: How many of a place's mentions its record cites.
_PLACE_EVIDENCE = 3
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


@dataclass
class Reading:
    """Everything read from one report, ready to become records."""

    doc: Document
    published: str | None
    url: str | None
    title: str | None
    places: list[PlaceMention]
    people: list[Person]
    organizations: Organizations
    publisher: str | None
    """The key of the organization given as the report's publisher, if one was."""
    engagements: list[EngagementMention]
    statements: list[StatementMention]
    aid: list[AidMention]
    attributions: list[AttributionMention]
    reference: Reference | None
    topics: TopicReader
    dateline: PlaceMention | None


def build_dataset(reading: Reading) -> Dataset:
    """The validated dataset of a reading."""
    return _Builder(reading).dataset()


class _Builder(RecordStore):
    """Builds the records of one reading, kind by kind, into its store."""

    def __init__(self, reading: Reading) -> None:
        super().__init__(reading.doc)
        self.r = reading
        source: Data = {
            "title": reading.title,
            "published": reading.published,
            "url": reading.url,
            "sha256": hashlib.sha256(self.doc.text.encode("utf-8")).hexdigest(),
            "language": "en",
            "text": self.doc.text,
        }
        self.source = self._add("sources", {k: v for k, v in source.items() if v is not None})
        self.places: dict[str, str] = {}  # place name -> id
        self.people: dict[str, str] = {}  # person name -> id
        self.person_posts: dict[str, list[str]] = {}  # person name -> post ids
        self.engagements: dict[int, str] = {}  # id(mention) -> record id
        self.merged_into: dict[int, EngagementMention] = {}  # id(mention) -> the mention kept for it
        self.told_engagements: list[EngagementMention] = []

    def dataset(self) -> Dataset:
        """Every record, built in the order references need, validated as one dataset."""
        structure = Structure(self.doc, self.r.dateline, first_seat(self.r.places))
        self.r.engagements = structure.build(self.r.engagements)
        self.told_engagements = structure.told  # merged ones too: their sentences tell of them
        self.merged_into = structure.merged_into
        self._places()
        self._organizations()
        if self.r.publisher is not None:
            publisher = self.org_ids[self.r.organizations.resolve(self.r.publisher)]
            self.records["sources"][self.source]["publisher"] = publisher
        self._people()
        self._engagements()
        self._statements()
        self._aid()
        self._attributions()
        data = {name: list(records.values()) for name, records in self.records.items() if records}
        return validate_data({"schema_version": "1.0", **data}, source="<extraction>")

    # -- places ---------------------------------------------------------------------------

    def _places(self) -> None:
        by_name: dict[str, tuple[KnownPlace, list[Span]]] = {}
        for mention in self.r.places:
            by_name.setdefault(mention.place.name, (mention.place, []))[1].append(mention.span)
        filed = self.r.dateline
        if filed is not None and filed.place.name not in by_name:  # "KUWAIT," read as Kuwait City
            by_name[filed.place.name] = (filed.place, [filed.span])
        # States that take part or give without being named ("Washington would allocate")
        agents = [a for e in self.r.engagements for a, _ in e.participants]
        agents += [a for aid in self.r.aid for a in (aid.donor, aid.recipient)]
        agents += [a for statement in self.r.statements for a in statement.actors]
        for agent in agents:
            if agent.kind == "place" and agent.key not in by_name:
                by_name[agent.key] = (_known(agent.key), [])
        for engagement in self.r.engagements:  # the capital of a state visited, unnamed
            if engagement.at_capital and engagement.place is not None and engagement.place.name not in by_name:
                by_name[engagement.place.name] = (engagement.place, [])
        for name in sorted(by_name, key=lambda n: _order(by_name[n][0])):
            place, spans = by_name[name]
            spans = spans[:_PLACE_EVIDENCE]  # a place named again and again is named enough
            data: Data = {"name": place.name, "kind": place.kind, "country": place.country}
            derivations = []
            container = self._container(place, by_name)
            if container is not None:
                data["contained_in"] = self.places[container.name]
                reason = "capital or a major city" if place.kind == "city" else "one of the states"
                derivations.append(
                    self.derivation(
                        "contained_in", f"{place.name} is {reason} of {container.name} (general knowledge)."
                    )
                )
            data["evidence"] = self.evidence(spans)
            data["derivations"] = derivations
            self.places[name] = self._add("places", data)

    @staticmethod
    def _container(place: KnownPlace, known: dict[str, tuple[KnownPlace, list[Span]]]) -> KnownPlace | None:
        if place.kind == "city" and place.country:
            country = gazetteer().countries[place.country]
            return country if country.name in known else None
        if place.kind == "country" and place.country:
            return next((r for r in gazetteer().regions_of(place.country) if r.name in known), None)
        return None

    # -- organizations ----------------------------------------------------------------------

    def _organizations(self) -> None:
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
        self.org_ids: dict[str, str] = {}
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
            method = f"Introduced as the counterpart of {other.name}, {title}: the same post in {_known_code(country)}."
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
        for engagement in self.r.engagements:
            visit = engagement.part_of
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

    # -- people, posts, occupancies -----------------------------------------------------------

    def _people(self) -> None:
        for person in self.r.people:
            data: Data = {"name": person.name, "rank": person.rank(), "honorific": person.honorific()}
            styles = person.styles()
            data["styles"] = list(dict.fromkeys(self.doc.quote(span) for span in styles))
            derivations = []
            if person.name in self.countries:
                data["country"], derivation = self.countries[person.name]
                if derivation is not None:
                    derivations.append(derivation)
            data["evidence"] = self.evidence(
                [*(m.span.join(*m.rank_spans[-1:]) if m.rank_spans else m.span for m in person.mentions), *styles]
            )
            data["derivations"] = derivations
            self.people[person.name] = self._add("people", data)
            for mention in person.mentions:
                for post in mention.posts:
                    if (person.name, post.span.start) in self.post_orgs:
                        key, derivation = self.post_orgs[(person.name, post.span.start)]
                        self._post(
                            person,
                            self.doc.quote(post.label),
                            post.label,
                            post.span.join(mention.span),
                            key,
                            derivation,
                        )
        for person, extent, title, key, derivation in self.counterparts:
            self._post(person, title, extent, extent, key, derivation)

    def _post(self, person: Person, title: str, words: Span, held: Span, key: str, derivation: Data | None) -> None:
        """A post record, and the person's occupancy of it: `words` are the post's, `held`
        those saying the person holds it."""
        org_id = self.org_ids[self.r.organizations.resolve(key)]
        post_data: Data = {
            "label": title,
            "organization": org_id,
            "evidence": self.evidence([words]),
            "derivations": [derivation] if derivation else [],
        }
        post_id = self._add("posts", post_data)
        self.person_posts.setdefault(person.name, [])
        if post_id not in self.person_posts[person.name]:
            self.person_posts[person.name].append(post_id)
        occupancy = {"person": self.people[person.name], "post": post_id, "evidence": self.evidence([held])}
        self._add("occupancies", occupancy)

    # -- engagements, statements, aid, attributions -------------------------------------------

    def _agent_id(self, agent: Agent) -> str | None:
        if agent.kind == "person":
            return self.people.get(agent.key)
        if agent.kind == "place":
            return self.places.get(agent.key)
        return self.org_ids.get(self.r.organizations.resolve(agent.key))

    def _party_id(self, agent: Agent, *, state: bool = False) -> str | None:
        """A donor's or recipient's record: a person gives and receives for the institution
        of their first post, else (or when told so: "his country has provided") for the
        state they serve."""
        if agent.kind != "person":
            return self._agent_id(agent)
        posts = self.person_posts.get(agent.key)
        if posts and not state:
            return str(self.records["posts"][posts[0]]["organization"])
        country = self.countries.get(agent.key, (None, None))[0]
        return self.places.get(_known_code(country)) if country else None

    def _donor_id(self, aid: AidMention) -> str | None:
        """The donor's record: a minister or ambassador gives for the state they serve, not for
        their ministry or embassy ("The French minister announced a grant of 2 million euros"),
        when the text names it."""
        posts = self.person_posts.get(aid.donor.key) if aid.donor.kind == "person" else None
        if posts and self._gives_for_state(self.records["posts"][posts[0]]):
            served = (
                self._party_id(aid.donor, state=True)
                or self._the_giving_state()
                or self._currency_state(aid)
                or self._dateline_state(aid)
            )
            if served is not None:
                return served
        return self._party_id(aid.donor, state=aid.donor_state)

    def _gives_for_state(self, post: Data) -> bool:
        """Whether a post's holder gives for their state: a minister, an envoy, a secretary of
        state, a monarch, or the head of a state ("President X of Turkey announced $N": Turkey gives)."""
        held = self.records["organizations"].get(str(post.get("organization")), {})
        return _GIVES_FOR_STATE.search(str(post["label"])) is not None or held.get("kind") == "head-of-state-office"

    def _the_giving_state(self) -> str | None:
        """The one state the report's aid comes from, where a state gives: the state a minister
        of no state told announces for ("New Zealand's support ... The Minister announced $N")."""
        states = {aid.donor.key for aid in self.r.aid if aid.donor.kind == "place"}
        return self.places.get(states.pop()) if len(states) == 1 else None

    def _dateline_state(self, aid: AidMention) -> str | None:
        """ "BERLIN — Development Minister X announced €30 million for Mali": a minister of no state
        told, paying in a currency many states use, gives for the state the report is filed from
        (when that state is not the one receiving)."""
        filed = self.r.dateline
        known = gazetteer().countries.get(filed.place.country or "") if filed is not None else None
        if known is None or known.name == aid.recipient.key:
            return None
        city = filed.place.name if filed is not None else ""
        method = f"The minister's state is not named; the report is filed from {city}, in {known.name}."
        return self._state_place(known.name, method, aid)

    def _currency_state(self, aid: AidMention) -> str | None:
        """ "Foreign Minister X announced A$20 million": a minister of no state told gives in their
        own state's money, so a currency of one state names it (a place recorded if the text
        names it nowhere, with how it was known)."""
        state = money_state(aid.money.currency)
        if state is None:
            return None
        method = f"The minister's state is not named; the amount is in {aid.money.currency}, its currency."
        return self._state_place(state, method, aid)

    def _state_place(self, state: str, method: str, aid: AidMention) -> str:
        """The record of a state a giver serves, added with how it was known if the text names it nowhere."""
        if state not in self.places:
            data: Data = {
                "name": state,
                "kind": "country",
                "country": _known(state).country,
                "evidence": [],
                "derivations": [self.derivation("name", method, [aid.money.written])],
            }
            self.places[state] = self._add("places", data)
        return self.places[state]

    def _engagements(self) -> None:
        ordered = sorted(self.r.engagements, key=lambda e: e.part_of is not None)
        for engagement in ordered:
            participants = []
            for agent, role in engagement.participants:
                agent_id = self._agent_id(agent)
                if agent_id is None:
                    continue
                entry: Data = {"agent": agent_id, "role": role}
                if agent.kind == "person" and self.person_posts.get(agent.key):
                    entry["posts"] = self.person_posts[agent.key]
                if entry not in participants:
                    participants.append(entry)
            data: Data = {"kind": engagement.kind, "name": engagement.name or self._name(engagement)}
            derivations = []
            if engagement.date is not None:
                resolved = resolve(self.doc, engagement.date, self.r.reference)
                if resolved is not None:
                    data["start"], data["end"] = resolved.start, resolved.end
                    method = resolved.method
                    if engagement.dated_by is not None:
                        before = "of it" if engagement.dated_by.part_of is engagement else "told before it"
                        told = f"Its words name no day: the day of the {engagement.dated_by.kind} {before}."
                        method = f"{told} {method}" if method else told
                    elif engagement.dated_by_dateline:
                        told = "Its words, the story's first, name no day: the day of the dateline."
                        method = f"{told} {method}" if method else told
                    if method:
                        derivations.append(
                            self.derivation("start", method, resolved.evidence or [engagement.date.span])
                        )
            elif engagement.kind == "partnership":
                derivations.extend(self._partnership_start(engagement, data))
            if engagement.place is not None and engagement.place.name in self.places:
                data["place"] = self.places[engagement.place.name]
                placed_by = engagement.placed_by
                if placed_by is not None:
                    told = "it is part of" if placed_by is engagement.part_of else "told before it"
                    method = f"The place of the {placed_by.kind} {told}."
                    derivations.append(self.derivation("place", method, [placed_by.place_span]))
                elif engagement.seat_venue is not None:
                    venue = self.doc.quote(engagement.seat_venue)
                    method = f'Held "{venue}", a seat of government: the capital of the state the report names first.'
                    derivations.append(self.derivation("place", method, [engagement.seat_venue]))
                elif engagement.received_at_home is not None:
                    method = "A reception nothing places, the report no dateline: the capital of the state named first."
                    derivations.append(self.derivation("place", method, [engagement.received_at_home]))
                elif engagement.at_capital and engagement.part_of is not None:
                    method = "A meeting of the visit that nothing places: the capital of the state visited."
                    derivations.append(self.derivation("place", method, [engagement.part_of.span]))
                elif engagement.place_from_dateline:
                    method = "The report's dateline places it there; its sentence names no place."
                    derivations.append(
                        self.derivation("place", method, [self.r.dateline.span if self.r.dateline else None])
                    )
            if engagement.host_from is not None:
                method = f'The state of "{self.doc.quote(engagement.host_from)}", where the visitor was met.'
                derivations.append(self.derivation("participants", method, [engagement.host_from]))
            if engagement.part_of is not None:
                data["part_of"] = self.engagements[id(engagement.part_of)]
            data["participants"] = participants
            data["topics"] = sorted(
                {t.topic for span in (engagement.span, *engagement.topics_from) for t in self.r.topics.read(span)}
            )
            data["evidence"] = self.evidence([engagement.span, *engagement.also])
            data["derivations"] = derivations
            self.engagements[id(engagement)] = self._add("engagements", data)

    def _partnership_start(self, engagement: EngagementMention, data: Data) -> list[Data]:
        reference = self.r.reference
        if engagement.years is not None and reference is not None:
            start = reference.year - int(engagement.years.group("n"))
            data["start"] = str(start)
            years = Span(engagement.years.start(), engagement.years.end())
            method = f'"{self.doc.quote(years)}" counted back from {reference.method}.'
            return [self.derivation("start", method, [years, *reference.evidence])]
        if engagement.since is not None:
            data["start"] = engagement.since.group("year")
            since = Span(engagement.since.start(), engagement.since.end())
            return [self.derivation("start", f'"{self.doc.quote(since)}" in the same paragraph.', [since])]
        return []

    def _name(self, engagement: EngagementMention) -> str:
        def names(role: str) -> str:
            """The names of the participants in `role`."""
            return " and ".join(a.key for a, r in engagement.participants if r == role)

        if engagement.kind == "visit":
            return f"{names('visitor')} visits {names('host')}"
        if engagement.kind in ("reception", "ceremony") and names("host") and names("visitor"):
            verb = "receives" if engagement.kind == "reception" else "receives the credentials of"
            return f"{names('host')} {verb} {names('visitor')}"
        everyone = " and ".join(a.key for a, _ in engagement.participants)
        return f"{engagement.kind.replace('-', ' ').capitalize()}: {everyone}"

    def _statements(self) -> None:
        self.engaged: dict[Agent, list[EngagementMention]] = {}  # who took part in what
        for engagement in self.r.engagements:
            for agent in set(engagement.agents()):
                self.engaged.setdefault(agent, []).append(engagement)
        # A statement read with an engagement that was not recorded (a signing found to be
        # history) is no act of the report's engagements.
        self.r.statements = [s for s in self.r.statements if self._recorded(s.engagement)]
        for statement in self.r.statements:
            told = statement.engagement
            statement.engagement = self.merged_into.get(id(told), told) if told else self._engagement_of(statement)
        self.statement_ids: dict[int, str] = {}
        for statement in self.r.statements:
            actors = [i for a in statement.actors if (i := self._agent_id(a))]
            if not actors:
                continue
            data: Data = {
                "act": statement.act,
                "actors": list(dict.fromkeys(actors)),
                "addressees": list(dict.fromkeys(i for a in statement.addressees if (i := self._agent_id(a)))),
                "engagement": self.engagements.get(id(statement.engagement)) if statement.engagement else None,
                "topics": sorted({t.topic for t in statement.topics}),
                "about": list(dict.fromkeys(i for a in statement.about if (i := self._agent_id(a)))),
                "content": self.doc.quote(statement.span),
                "reported": statement.reported or None,
                "evidence": self.evidence([statement.span]),
            }
            self.statement_ids[id(statement)] = self._add("statements", data)
        # Engagement topics include their statements' (linked only now).
        for statement in self.r.statements:
            if statement.engagement is not None and (statement.topics or statement.rest):
                record = self.records["engagements"][self.engagements[id(statement.engagement)]]
                spoken = (*statement.topics, *statement.rest)
                record["topics"] = sorted({*record.get("topics", []), *(t.topic for t in spoken)})

    def _recorded(self, engagement: EngagementMention | None) -> bool:
        """Whether an engagement (or the one it was merged into) is recorded; no engagement is."""
        return engagement is None or id(self.merged_into.get(id(engagement), engagement)) in self.engagements

    def _engagement_of(self, statement: StatementMention) -> EngagementMention | None:
        """The engagement a statement was made in: the last told before it with all its
        actors; a visitor speaking alone speaks for the whole visit."""
        actors = set(statement.actors)
        with_first = self.engaged.get(statement.actors[0], []) if statement.actors else []
        before = [e for e in with_first if e.span.start <= statement.span.start and actors <= set(e.agents())]
        if not before:
            return None
        engagement = max(before, key=lambda e: e.span.start)
        if engagement.part_of is not None and actors <= set(visitors_of(engagement.part_of)):
            return engagement.part_of
        return engagement

    def _aid(self) -> None:
        self.aid_ids: dict[int, str] = {}
        for aid in self.r.aid:
            donor, recipient = self._donor_id(aid), self._party_id(aid.recipient)
            if donor is None or recipient is None or donor == recipient:
                continue
            money = aid.money
            derivations = [
                self.derivation(
                    "amount",
                    f'"{self.doc.quote(money.span)}" read as {money.value} {money.currency}'
                    + (f'; "{money.qualifier}" kept as the qualifier.' if money.qualifier != "exactly" else "."),
                    [money.written],
                )
            ]
            if aid.recipient_method:
                derivations.append(self.derivation("recipient", aid.recipient_method, [money.written]))
            if aid.sector_method:
                derivations.append(self.derivation("sectors", aid.sector_method, [aid.span]))
            elif aid.sectors:
                named = ", ".join(f"{self.doc.quote(t.span)} {code}" for t, code in aid.sector_sources)
                derivations.append(
                    self.derivation(
                        "sectors",
                        f"The named sectors mapped to OECD DAC categories: {named}.",
                        [t.span for t, _ in aid.sector_sources],
                    )
                )
            data: Data = {
                "donor": donor,
                "recipient": recipient,
                "amount": {"value": str(money.value), "currency": money.currency, "qualifier": money.qualifier},
                "start": aid.start,
                "end": aid.end,
                "kinds": aid.kinds,
                "sectors": aid.sectors,
                "topics": sorted({t.topic for t in aid.topics}),
                "evidence": self.evidence([aid.span]),
                "derivations": derivations,
            }
            self.aid_ids[id(aid)] = self._add("aid_programs", data)

    def _the_ministry(self, ministry: TheMinistry) -> str | None:
        """The ministry "the ministry" of a report is: that of the minister it names, one of
        the portfolio written with it ("the defence ministry") first, then a minister's
        before a deputy's (a deputy's when no minister is named), then one of the dateline's
        state when ministers of two states are named."""
        home = self.r.dateline.place.country if self.r.dateline is not None else None
        found = []
        for person in self.r.people:
            for post in person.posts():
                held = self.post_orgs.get((person.name, post.span.start))
                if held is None:
                    continue
                org = self.r.organizations.by_key.get(self.r.organizations.resolve(held[0]))
                if org is not None and org.kind == "ministry":
                    other = not _PORTFOLIOS[ministry.portfolio].search(org.name)
                    found.append(((other, post.deputy, org.country != home if home else False), held[0]))
        if not found:
            return None
        return self.org_ids.get(self.r.organizations.resolve(min(found, key=lambda f: f[0])[1]))

    def _attributions(self) -> None:
        told_in: dict[int, list[str]] = {}  # sentence index -> ids of the records told there
        for mentions, ids in (
            (self.told_engagements, self.engagements),
            (self.r.statements, self.statement_ids),
            (self.r.aid, self.aid_ids),
        ):
            for mention in mentions:
                key = id(self.merged_into.get(id(mention), mention))
                if key in ids:
                    told_in.setdefault(self.doc.sentence_of(mention.span.start).index, []).append(ids[key])
        for attribution in self.r.attributions:
            claims = [c for sentence in attribution.sentences for c in told_in.get(sentence.index, [])]
            if not claims:
                continue
            data: Data = {
                "document": self.source,
                "claims": sorted(set(claims)),
                "evidence": self.evidence(attribution.spans),
            }
            if isinstance(attribution.agent, TheMinistry):
                ministry = self._the_ministry(attribution.agent)
                if ministry is None:
                    continue
                data["agent"] = ministry
            elif attribution.agent is not None:
                data["agent"] = self._agent_id(attribution.agent)
            if attribution.work is not None:
                name, _kind, country = attribution.work.publisher
                publisher = self.org_ids.get(self.r.organizations.resolve(self.r.organizations.key(name, country)))
                described = self.doc.quote(attribution.work_spans[0])
                method = f'Described, not named, in the text ("{described}"); the title is a description.'
                work: Data = {
                    "title": attribution.work.title,
                    "publisher": publisher,
                    "evidence": self.evidence(attribution.work_spans),
                    "derivations": [self.derivation("title", method, attribution.work_spans[:1])],
                }
                data["cited_source"] = self._add("sources", work)
                data.setdefault("agent", publisher)
            self._add("attributions", data)


_PORTFOLIOS = {"": re.compile(""), "foreign": re.compile(r"\bForeign\b"), "defence": re.compile(r"\bDefen[cs]e\b")}
"""The names of the ministries a portfolio word of "the foreign ministry" stands for."""


def _depth(orgs: Organizations, key: str) -> int:
    """How many organizations stand above one (parents are recorded first)."""
    depth, seen = 0, {key}
    parent = orgs.by_key[key].parent
    while parent is not None and orgs.resolve(parent) in orgs.by_key and orgs.resolve(parent) not in seen:
        seen.add(orgs.resolve(parent))
        parent, depth = orgs.by_key[orgs.resolve(parent)].parent, depth + 1
    return depth


# A minister's or an ambassador's post ("Minister of Foreign Affairs", "Ambassador of Japan"): they
# give for the state they serve.
_GIVES_FOR_STATE = re.compile(
    r"\b(?:Minister|Ambassador|High\s+Commissioner|Charg[eé]\s+d'Affaires|King|Queen|Emir|Amir|Sultan"
    r"|Secretary\s+of\s+State|(?:Foreign|Defen[cs]e|Home|Development)\s+Secretary)\b"
)


_ABROAD = re.compile(r"\b(?:mission|delegation|embassy|consulate|high\s+commission|UN|United\s+Nations)\b", re.I)
"""Words of a body that serves abroad: its officers serve the state that sends them."""


def _known_code(code: str) -> str:
    return gazetteer().countries[code].name


def _known(name: str) -> KnownPlace:
    return gazetteer().country_names[name]


def _order(place: KnownPlace) -> int:
    """Containers first, so a city can point at its country's record."""
    return {"region": 0, "country": 1, "city": 2}[place.kind]
