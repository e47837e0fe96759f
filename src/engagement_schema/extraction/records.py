"""Records: what the readers found, turned into a validated `Dataset`.

This is where mentions become facts: a person's mentions one `Person`, posts and the
organizations they imply `Post`, `Organization` and `Occupancy` records, engagement
mentions of one event one `Engagement`. Values the text implies rather than states —
a state served, an organization's name or parent, a date's year, a meeting's place —
carry a `Derivation` saying how they were reached and from which words. Ids are
readable slugs of each record's kind and name ("person-joseph-votel"), numbered on a
clash, so the same report always gives the same ids. The store of records and its ids, and
the organization and aid records, are built by the bases in `record_store`,
`organization_records` and `aid_records`.
"""

from __future__ import annotations

import re

from engagement_schema.extraction.aid_records import AidRecords
from engagement_schema.extraction.attributions import TheMinistry
from engagement_schema.extraction.dates import resolve
from engagement_schema.extraction.discourse import Agent
from engagement_schema.extraction.engagements import EngagementMention
from engagement_schema.extraction.people import Person
from engagement_schema.extraction.places import KnownPlace, first_seat, gazetteer
from engagement_schema.extraction.reading import Reading
from engagement_schema.extraction.record_store import Data
from engagement_schema.extraction.statements import StatementMention
from engagement_schema.extraction.structure import Structure, visitors_of
from engagement_schema.extraction.text import Span
from engagement_schema.models import Dataset
from engagement_schema.validation import validate_data

__all__ = ["Reading", "build_dataset"]

#: How many of a place's mentions its record cites.
_PLACE_EVIDENCE = 3


def build_dataset(reading: Reading) -> Dataset:
    """The validated dataset of a reading."""
    return _Builder(reading).dataset()


class _Builder(AidRecords):
    """Builds the records of one reading, kind by kind, into its store."""

    def __init__(self, reading: Reading) -> None:
        super().__init__(reading)
        self.merged_into: dict[int, EngagementMention] = {}  # id(mention) -> the mention kept for it
        self.told_engagements: list[EngagementMention] = []

    def dataset(self) -> Dataset:
        """Every record, built in the order references need, validated as one dataset."""
        posts = {p.name: [self.doc.quote(m.span) for m in p.posts()] for p in self.r.people}
        structure = Structure(self.doc, self.r.dateline, first_seat(self.r.places), posts)
        self.r.engagements = structure.build(self.r.engagements)
        self.told_engagements = structure.told  # merged ones too: their sentences tell of them
        self.merged_into = structure.merged_into
        self.trip_of = structure.trip_of
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
                by_name[agent.key] = (gazetteer().country_names[agent.key], [])
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

    # -- engagements, statements, attributions ------------------------------------------------

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


def _order(place: KnownPlace) -> int:
    """Containers first, so a city can point at its country's record."""
    return {"region": 0, "country": 1, "city": 2}[place.kind]
