"""Structure: the mentions of one engagement merged into one, and each engagement set in
the visit or conference it is part of, with the roles, dates and places that follow.

Reports tell an engagement several times ("visited Tajikistan ... During his visit ...";
"The EU signed an agreement ... The agreement was signed by Ambassador X and Minister
Y"), and tell a visit's meetings apart from the visit. Reading each sentence gives the
mentions; this module decides which are one engagement and which are part of another.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from engagement_schema.extraction.dates import DateMention
from engagement_schema.extraction.discourse import Agent
from engagement_schema.extraction.engagements import ONE_DAY_VISIT, THEN, EngagementMention
from engagement_schema.extraction.places import PlaceMention, country_name, gazetteer
from engagement_schema.extraction.text import Document, Span
from engagement_schema.extraction.triggers import SIGNED_WHAT

__all__ = ["Structure", "visitors_of"]

#: Engagements that happen in no one place.
_PLACELESS = frozenset({"phone-call", "partnership", "exercise"})  # exercises are held at ranges, not the dateline city
#: Engagements whose parties act as equals even during a visit: both sign, or both open what is
#: opened ("the Commissioner and the Minister inaugurated a centre"); neither hosts.
_AS_EQUALS = frozenset({"agreement-signing", "ceremony"})
_SEAT_VENUE = re.compile(
    r"\b(?:at|in)\s+(?:the\s+)?(?:(?:[A-Z][\w-]*\s+){1,3}(?:Ministry|Headquarters|Palace|House)\b|Ministry\s+of\b"
    r"|Palace\s+of\b|(?:his|her)\s+office\b|(?:Presidential|Prime\s+Minister's)\s+(?:Office|Palace|Administration)\b)",
)
_NTH_DAY = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "2nd": 2, "3rd": 3, "4th": 4}
_LENGTH = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6}
# "On the third day of the visit, ...", "On the final day of her visit": a day counted in the visit
_DAY_OF_THE_VISIT = re.compile(
    r"\bon\s+the\s+(?P<nth>" + "|".join(_NTH_DAY) + r"|last|final|closing)\s+day\s+of\s+(?:the|his|her|their)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:visit|trip|tour)\b",
    re.IGNORECASE,
)
# "On Wednesday afternoon, shortly after his arrival, X was received by": the visit began that day
_ON_ARRIVAL = re.compile(
    r"\b(?:(?:shortly|soon|immediately|right)\s+after|upon|on)\s+(?:(?:his|her|their|the\s+delegation's)\s+)?(?:arrival|arriving)\b",
    re.IGNORECASE,
)
_VISIT_LENGTH = re.compile(r"\b(?P<n>" + "|".join(_LENGTH) + r")-day\b", re.IGNORECASE)
# "In the presence of the two Ministers, A and B signed": witnesses of the event told just before
_WITNESSED = re.compile(r"\s*(?:\d{1,2}\.\s+)?in\s+the\s+presence\s+of\b", re.IGNORECASE)
# "Following the official part, the President held separate meetings ...": what the paragraph tells came after it
_FOLLOWING = re.compile(
    r"\s*(?:following|after)\s+the\s+(?:[\w-]+\s+){0,2}?(?:talks|meeting|ceremony|signing|part|session|audience)\b",
    re.IGNORECASE,
)
_ARRIVAL = re.compile(r"\b(?:arriv|land)", re.IGNORECASE)
# "who arrived here on Sunday": the visit began in the dateline's city
_ARRIVED_HERE = re.compile(r"\b(?:arrived|landed|came)\s+here\b", re.IGNORECASE)
# "was received in Darkhan by": a verb placing what it tells in a town no list knows
_IN_NAMED = re.compile(r"\b(?:received|met|welcomed|hosted)\s+in\s+[A-Z]")
# An envoy's title: "Ambassador", "High Commissioner", "Chargé d'Affaires"
_ACCREDITED = re.compile(r"\b(?:Ambassador|High\s+Commissioner|Charg[ée]\s+d'Affaires)\b")
# "travelled to Meteti, in Darien province, where": a trip to a town, what follows told there
_TRIP_TO_NAMED = re.compile(r"\b(?:travell?ed|flew|went|drove|proceeded)\s+to\s+[A-Z][^,;.]*,(?:[^;.]*,)?\s+where\b")
# "Upon arrival in Hanoi on June 5, the delegation ...": where a visit began, told with no verb of its own
_UPON_ARRIVAL_IN = re.compile(
    r"\b(?:upon|on|after)\s+(?:(?:his|her|their|the\s+delegation's)\s+)?arrival\s+in\s+", re.IGNORECASE
)
_SIDELINES = re.compile(r"\s*(?:on|at)\s+the\s+(?:sidelines|margins)\s+of\b", re.IGNORECASE)
# "The centre was opened": what a ceremony opened, named by its noun.
_THE_THING = re.compile(r"\b(?:the|this|the\s+new)\s+(?P<noun>[a-z]+)\s+$", re.IGNORECASE)
_HANDED = re.compile(r"\b(?:handed|hands|handing)\s+over\b|\b(?:donated|delivered)\b", re.IGNORECASE)
_DUTIES = re.compile(r"\b(?:duties|responsibilities|office|command|post)\b", re.IGNORECASE)
# "The roadmap was signed by", "the equipment was handed over by": the one told just before
_THE_AGREEMENT = re.compile(
    r"(?:at\s+a\s+ceremony\s+in\s+[\w ]+,\s+)?(?:the|this|these)\s+(?:[\w-]+\s+){0,2}?"
    rf"(?:{SIGNED_WHAT}|equipment|supplies|items|vehicles|aid|assistance|goods|cargo)"
    r"\s+(?:was|were)\s+(?:signed|handed\s+over)\b",
    re.IGNORECASE,
)


class Structure:
    """Merges a report's engagement mentions and sets them in what they are part of."""

    def __init__(
        self,
        doc: Document,
        dateline: PlaceMention | None,
        seat: PlaceMention | None = None,
        posts: Mapping[str, list[str]] | None = None,
    ) -> None:
        self.doc = doc
        self.posts = posts or {}
        """person key -> the posts written with the person, as written."""
        self.dateline = dateline
        self.seat = seat
        self.merged_into: dict[int, EngagementMention] = {}
        """id(mention) -> the mention kept for it."""
        self.trip_of: dict[int, EngagementMention] = {}
        """id(engagement) -> the call or envoy's trip, no visit, it was part of."""
        self.told: list[EngagementMention] = []
        """The mentions before merging the same engagement told twice: their sentences tell of it."""

    def build(self, engagements: list[EngagementMention]) -> list[EngagementMention]:
        """The engagements told, each once, set in what they are part of."""
        self.told = self._signed_by_people(self._delivery_ceremonies(engagements))
        merged = self._merged(self._signed_together(self.told))
        merged = [e for e in merged if e.kind != "visit" or _hosts(e) or self._host_met(e, merged)]
        for engagement in merged:
            if engagement.place is None and engagement.kind != "visit" and self._in_named(engagement):
                engagement.elsewhere = True
        self._parts(merged)
        self._placed_as_told_before(merged)
        self._placed_by_dateline(merged)
        self._placed_at_seat(merged)
        self._placed_at_capital(merged)
        self._dated_in_visit(merged)
        self._dated_by_arrival(merged)
        self._placed_upon_arrival(merged)
        self._dated_as_before(merged)
        self._one_day_visits(merged)
        self._dated_by_single_day(merged)
        for engagement in merged:
            if engagement.date is None and engagement.kind != "visit" and engagement.filed_day is not None:
                engagement.date, engagement.dated_by_dateline = engagement.filed_day, True
        # calls on an institution and envoys' trips at their posts place their parts, but are no visits
        calls = [e for e in merged if e.kind == "visit" and (_to_institution(e) or self._envoys_at_post(e))]
        for engagement in merged:
            if engagement.part_of in calls:
                self.trip_of[id(engagement)] = engagement.part_of
                engagement.part_of = None  # its roles stay as the call gave them
        return [e for e in merged if e not in calls]

    def _dated_as_before(self, merged: list[EngagementMention]) -> None:
        """What no words date took place the day of the engagement told before it in its
        paragraph ("travelled to Georgia on Monday ... She held separate meetings with ..."),
        or in a sentence saying it came "then" or opening with those it took place "in the
        presence of", or in a paragraph opened by "later" or "following the talks", of the
        last event told: the story moves to another day only when it says so. A visit is
        dated by its own words alone, its days being many."""
        told: EngagementMention | None = None
        event: EngagementMention | None = None
        for engagement in sorted(merged, key=lambda e: e.span.start):
            if engagement.date is None and engagement.kind != "visit":
                sentence = self.doc.sentence_of(engagement.span.start)
                opening = self.doc.paragraph_of(sentence)[0].span  # "Later the same day, ... He also handed over"
                then = event is not None and (
                    THEN.search(self.doc, sentence.span.start, sentence.span.end)
                    or _WITNESSED.match(self.doc.folded, sentence.span.start)
                    or THEN.search(self.doc, opening.start, opening.end)
                    or _FOLLOWING.match(self.doc.folded, opening.start)
                )
                if then and event is not None:  # "was later received by": after the talks, not the arrival
                    engagement.date, engagement.dated_by = event.date, event
                elif told is not None and self.doc.sentence_of(told.span.start).paragraph == sentence.paragraph:
                    engagement.date, engagement.dated_by = told.date, told
            if engagement.date is not None:
                told = engagement
                event = engagement if engagement.kind != "visit" else event

    def _dated_in_visit(self, merged: list[EngagementMention]) -> None:
        """ "On the third day of the visit, he opened a school": the day counted from the day
        the visit began; "on the final day" from its length ("a four-day visit")."""
        for engagement in merged:
            visit = engagement.part_of
            if engagement.date is not None or visit is None or visit.kind != "visit" or visit.date is None:
                continue
            sentence = self.doc.sentence_of(engagement.span.start).span
            day = _DAY_OF_THE_VISIT.search(self.doc.folded, sentence.start, sentence.end)
            if day is None:
                continue
            nth = _NTH_DAY.get(day["nth"].casefold())
            if nth is None:  # the last day: of a visit whose length is told
                told = self.doc.sentence_of(visit.span.start).span
                length = _VISIT_LENGTH.search(self.doc.folded, told.start, told.end)
                nth = _LENGTH[length["n"].casefold()] if length is not None else None
            if nth is not None:
                engagement.date = DateMention(Span(day.start(), day.end()), offset=nth - 1, after=visit.date)

    def _dated_by_arrival(self, merged: list[EngagementMention]) -> None:
        """A visit its words do not date began the day of a part of it told "upon his arrival"
        ("On Wednesday afternoon, shortly after his arrival, X was received by ..."), in its city;
        a part so told that its words do not date took place the day the visit began ("was
        welcomed on arrival by")."""
        for engagement in merged:
            visit = engagement.part_of
            if visit is None or visit.kind != "visit":
                continue
            sentence = self.doc.sentence_of(engagement.span.start).span
            if not _ON_ARRIVAL.search(self.doc.folded, sentence.start, sentence.end):
                continue
            if engagement.date is None:
                engagement.date, engagement.dated_by = visit.date, visit
            elif visit.date is None:
                visit.date, visit.dated_by = engagement.date, engagement
            if visit.place is None and engagement.place is not None:
                visit.place, visit.placed_by = engagement.place, engagement

    def _placed_upon_arrival(self, merged: list[EngagementMention]) -> None:
        """A visit nothing places began in the city of the state visited where its delegation
        is told to arrive ("Upon arrival in Hanoi on June 5, the delegation laid a wreath")."""
        unplaced = [v for v in merged if v.kind == "visit" and v.place is None]
        city = self._arrival_city() if unplaced else None
        if city is None:
            return
        for visit in unplaced:
            if city.place.country in {_state_code(h) for h in _hosts(visit)}:
                visit.place, visit.place_span = city.place, city.span

    def _arrival_city(self) -> PlaceMention | None:
        """The city the first "Upon arrival in" names."""
        for match in _UPON_ARRIVAL_IN.finditer(self.doc.text):
            city = next(iter(gazetteer().find(self.doc, Span(match.end(), match.end() + 40))), None)
            if city is not None and city.span.start == match.end() and city.place.kind == "city":
                return city
        return None

    def _dated_by_single_day(self, merged: list[EngagementMention]) -> None:
        """The parts of a visit no words date, in a report that names no day but the visit's
        one ("travelled to Georgia on Monday for talks ... held separate meetings with"), took
        place that day: the story never moves to another."""
        days = {id(e.date) for e in merged if e.date is not None}
        for engagement in merged:
            visit = engagement.part_of
            if engagement.date is not None or visit is None or visit.kind != "visit" or visit.date is None:
                continue
            if len(days) == 1 and visit.date.until is None and not self._told_length(visit):
                engagement.date, engagement.dated_by = visit.date, visit

    def _told_length(self, visit: EngagementMention) -> bool:
        sentence = self.doc.sentence_of(visit.span.start).span
        return _VISIT_LENGTH.search(self.doc.folded, sentence.start, sentence.end) is not None

    def _one_day_visits(self, merged: list[EngagementMention]) -> None:
        """A one-day visit its words do not date ("came to the Polish capital on a one-day
        working visit") took place the day of its first part told with a day."""
        for visit in merged:
            sentence = self.doc.sentence_of(visit.span.start).span
            if visit.kind != "visit" or visit.date is not None or visit.trigger is None:
                continue
            if not ONE_DAY_VISIT.search(self.doc.folded, max(sentence.start, visit.trigger.start - 40), visit.span.end):
                continue
            part = next((e for e in merged if e.part_of is visit and e.date is not None), None)
            if part is not None:
                visit.date, visit.dated_by = part.date, part

    def _signed_together(self, engagements: list[EngagementMention]) -> list[EngagementMention]:
        """ "the two ministers signed the Agreed Minutes, while A and B signed a memorandum": the
        documents one sentence tells signed on one day are signed at one ceremony, by them all."""
        kept: list[EngagementMention] = []
        for mention in engagements:
            sentence = self.doc.sentence_of(mention.span.start).index
            same = next(
                (
                    e
                    for e in kept
                    if e.kind == mention.kind == "agreement-signing"
                    and self.doc.sentence_of(e.span.start).index == sentence
                    and (e.date is None or mention.date is None or e.date == mention.date)
                ),
                None,
            )
            if same is None:
                kept.append(mention)
                continue
            self.merged_into[id(mention)] = same
            same.participants += [(a, r) for a, r in mention.participants if not same.has(a)]
            same.also.append(mention.span)
            same.date = same.date or mention.date
            same.place, same.place_span = same.place or mention.place, same.place_span or mention.place_span
        return kept

    def _merged(self, engagements: list[EngagementMention]) -> list[EngagementMention]:
        """One mention for each engagement told more than once; the rest merged into it."""
        merged: list[EngagementMention] = []
        told: dict[tuple[str, frozenset[Agent]], list[EngagementMention]] = {}
        for mention in engagements:
            key = (mention.kind, frozenset(visitors_of(mention) if mention.kind == "visit" else mention.agents()))
            same = next((e for e in told.get(key, ()) if _same_engagement(e, mention)), None)
            if same is None:
                merged.append(mention)
                told.setdefault(key, []).append(mention)
                continue
            self.merged_into[id(mention)] = same
            same.topics_from += mention.topics_from  # "The Governor briefed them on ...": told again, of it
            if not _hosts(same):
                same.participants += [(a, "host") for a in _hosts(mention)]
            if self._first_arrival(same, mention):  # "as she concludes her visit today ... arrived on Monday"
                same.date = mention.date or same.date
                if mention.place is not None:
                    same.place, same.place_span = mention.place, mention.place_span
            same.also.append(mention.span)
            same.date = same.date or mention.date
            if same.place is None and self._places_visit(same, mention):
                same.place, same.place_span = mention.place, mention.place_span
        return merged

    def _first_arrival(self, visit: EngagementMention, again: EngagementMention) -> bool:
        """Whether a visit told again is its first arrival ("arrived in South Tarawa on Monday"),
        the visit told before ("as she concludes her visit today", "who is on a visit to the
        island") not: the arrival gives the visit its first day and city."""
        if visit.kind != "visit" or again.trigger is None or not self._is_arrival(again):
            return False
        told = [m for m in self.told if m is not again and self.merged_into.get(id(m)) is visit]
        return not any(self._is_arrival(m) for m in (visit, *told))

    def _is_arrival(self, mention: EngagementMention) -> bool:
        trigger = mention.trigger
        return trigger is not None and bool(_ARRIVAL.search(self.doc.folded, trigger.start, trigger.end))

    def _places_visit(self, visit: EngagementMention, again: EngagementMention) -> bool:
        """Whether a visit told again gives the visit its city: the arrival does ("arrived in
        Freetown"), a trip within it does not ("travelled to Kenema", "visited the port")."""
        if visit.kind != "visit" or again.trigger is None:
            return True
        return bool(_ARRIVAL.search(self.doc.folded, again.trigger.start, again.trigger.end))

    def _parts(self, merged: list[EngagementMention]) -> None:
        """Put meetings and receptions of a visitor into the visit, with the visitor as
        visitor and the others as hosts; those "on the sidelines of" a conference into it."""
        visits = [e for e in merged if e.kind == "visit"]
        conferences = [e for e in merged if e.kind == "conference"]
        for engagement in merged:
            sidelines = _SIDELINES.match(self.doc.folded, self.doc.sentence_of(engagement.span.start).span.start)
            held = [c for c in conferences if c.span.start < engagement.span.start]
            if sidelines and held and engagement is not held[-1]:
                engagement.part_of = held[-1]
                if engagement.place is None and held[-1].place is not None:
                    engagement.place, engagement.placed_by = held[-1].place, held[-1]
                continue
            if engagement.kind not in ("meeting", "reception", "ceremony", "agreement-signing"):
                continue
            visit = _visit_of(engagement, visits) or _institutions_visit(engagement, visits)
            if visit is None:
                self._guest_again(engagement, merged)
                continue
            engagement.part_of = visit
            if engagement.kind not in _AS_EQUALS:
                visitors = set(visitors_of(visit))
                engagement.participants = [
                    (
                        a,
                        "visitor"
                        if a in visitors
                        else ("host" if role in ("attendee", "host") and a not in engagement.present else role),
                    )
                    for a, role in engagement.participants
                ]
            # A report filed from the state visited places what it leaves unplaced where it is
            # filed; the visit's own city is only where it began.
            if (
                engagement.place is None
                and not engagement.elsewhere
                and visit.place is not None
                and not self._filed_in(visit)
                and not self._trip_after(visit, engagement)
            ):
                engagement.place, engagement.placed_by = visit.place, visit
        for visit in visits:
            self._placed_as_before(visit, [e for e in merged if e.part_of is visit])

    def _trip_after(self, visit: EngagementMention, part: EngagementMention) -> bool:
        """Whether the visit's city is that of a trip told after the part ("In the afternoon, he
        travelled to Choloma"): the part took place before the trip, not there. So does an
        arrival told in a later paragraph ("On the 24th, he was received by ... Today, the
        delegation arrived in Olgii"); one told with the part ("who arrived on Monday") began it."""
        span = visit.place_span
        if span is None or span.start <= part.span.end:
            return False
        later = self.doc.sentence_of(span.start).paragraph != self.doc.sentence_of(part.span.start).paragraph
        return later or not self._is_arrival(visit)

    def _placed_as_before(self, visit: EngagementMention, parts: list[EngagementMention]) -> None:
        """A part of a visit its words do not place took place in the city of the part told
        before it, when that is in the state visited: the story moves on only when it says.
        One told with the visit's arrival ("X, who arrived in Cairo on Sunday, held talks on
        Monday at Tahrir Palace") took place in the city of arrival."""
        states = {_state_code(h) for h in _hosts(visit)}
        before: EngagementMention | None = None
        for part in parts:
            if part.place is None and self._told_with_arrival(visit, part):
                part.place, part.placed_by = visit.place, visit
            if part.place is not None:
                before = part if part.place.kind == "city" and part.place.country in states else None
            elif before is not None and not part.elsewhere:
                part.place, part.placed_by = before.place, before

    def _told_with_arrival(self, visit: EngagementMention, part: EngagementMention) -> bool:
        span = visit.place_span
        return span is not None and span.within(self.doc.sentence_of(part.span.start).span) and self._is_arrival(visit)

    def _placed_as_told_before(self, merged: list[EngagementMention]) -> None:
        """What no words place, told in the paragraph of an engagement placed on its day, took
        place where that one did: the story moves on only when it says."""
        before: EngagementMention | None = None
        for engagement in sorted(merged, key=lambda e: e.span.start):
            paragraph = self.doc.sentence_of(engagement.span.start).paragraph
            if (
                engagement.place is None
                and engagement.kind not in _PLACELESS
                and engagement.kind != "visit"
                and not engagement.elsewhere
                and before is not None
                and self.doc.sentence_of(before.span.start).paragraph == paragraph
                and (engagement.date is None or before.date is None or engagement.date == before.date)
            ):
                engagement.place, engagement.placed_by = before.place, before
            if engagement.place is not None and engagement.kind != "visit":
                before = engagement

    def _placed_by_dateline(self, merged: list[EngagementMention]) -> None:
        """What no words place took place where the report is filed, unless told elsewhere:
        after a visit abroad is told, in the city visited ("ISLAMABAD - The ship arrived at
        Port Louis ... The Commander called on the Prime Minister"); so after an engagement
        its words place abroad ("Astana - ... held consultations in Ulaanbaatar ... The same
        day, the Ambassador handed over"). A visit is a state's: the dateline places it only
        when its visitor "arrived here"."""
        if self.dateline is None:
            return
        home, abroad = self.dateline.place.country, None
        for engagement in merged:
            placed_abroad = engagement.place is not None and engagement.place.country != home
            if placed_abroad and (engagement.kind == "visit" or engagement.place_span is not None):
                abroad = engagement  # "held consultations in Ulaanbaatar" filed from Astana: the story is there
            if engagement.place is None and engagement.kind not in _PLACELESS and not engagement.elsewhere:
                if engagement.kind == "visit" and not self._arrived_here(engagement):
                    continue  # "visited Laos from 5 to 8 September": the state, no city
                if abroad is not None:
                    engagement.place, engagement.placed_by = abroad.place, abroad
                else:
                    engagement.place, engagement.place_from_dateline = self.dateline.place, True

    def _arrived_here(self, visit: EngagementMention) -> bool:
        """Whether a telling of the visit has its visitor arrive "here", in the dateline's city."""
        told = [m for m in self.told if m is visit or self.merged_into.get(id(m)) is visit]
        return any(_ARRIVED_HERE.search(self.doc.text, *m.span) for m in told)

    def _placed_at_seat(self, merged: list[EngagementMention]) -> None:
        """ "called on the Minister at the Ministry of Defence": what is held at a seat of
        government, in a report with no dateline, is held in the capital of the state it names
        first; so is a reception told with no place ("the Minister of Foreign Affairs of
        Turkmenistan received the UN Resident Coordinator"): a government receives at home."""
        if self.dateline is not None or self.seat is None:
            return
        for engagement in merged:
            sentence = self.doc.sentence_of(engagement.span.start).span
            venue = _SEAT_VENUE.search(self.doc.folded, sentence.start, sentence.end)
            unplaced = engagement.place is None and engagement.kind not in _PLACELESS and not engagement.elsewhere
            if unplaced and venue:
                engagement.place, engagement.seat_venue = self.seat.place, Span(venue.start(), venue.end())
            elif unplaced and engagement.kind == "reception" and engagement.part_of is None:  # not of a visit
                engagement.place, engagement.received_at_home = self.seat.place, self.seat.span

    def _in_named(self, engagement: EngagementMention) -> bool:
        """Whether it is told in a town no list knows: after its verb ("was received in Darkhan
        by"), or as the end of a trip told before it ("travelled to Meteti, in Darien province,
        where they conferred with")."""
        trigger = engagement.trigger
        if trigger is None:
            return False
        sentence = self.doc.sentence_of(trigger.start).span
        return bool(
            _IN_NAMED.search(self.doc.text, trigger.start, trigger.end + 12)
            or _TRIP_TO_NAMED.search(self.doc.text, sentence.start, trigger.start)
        )

    def _placed_at_capital(self, merged: list[EngagementMention]) -> None:
        """A meeting or reception of a visit to one state that nothing places ("On 6 December,
        the head of the delegation was received by the Defence Secretary") took place in that
        state's capital, where its government receives guests."""
        for engagement in merged:
            visit = engagement.part_of
            if engagement.place is not None or engagement.elsewhere or visit is None or visit.kind != "visit":
                continue
            if _to_institution(visit):  # a call ("a courtesy visit to Headquarters"): within the visitor's visit
                visit = next((v for v in merged if v.kind == "visit" and _of_visitor(v, visit)), visit)
            states = {_state_code(h) for h in _hosts(visit)}
            seat = gazetteer().seats.get(states.pop() or "") if len(states) == 1 else None
            if engagement.kind in ("meeting", "reception") and seat is not None:
                engagement.place, engagement.at_capital = seat, True

    def _envoys_at_post(self, visit: EngagementMention) -> bool:
        """Whether a visit's visitors are all envoys to the state visited ("the Ambassador of
        Japan to Honduras travelled to Choloma"): a trip at their post, no visit to the state."""
        visitors, hosts = visitors_of(visit), [h.key for h in _hosts(visit) if h.kind == "place"]
        return bool(visitors and hosts) and all(
            any(_ACCREDITED.search(p) and _accredited_to(p, hosts) for p in self.posts.get(v.key, ())) for v in visitors
        )

    def _filed_in(self, visit: EngagementMention) -> bool:
        """Whether the report is filed from the state a visit is to."""
        return self.dateline is not None and self.dateline.place.country in {_state_code(h) for h in _hosts(visit)}

    def _host_met(self, visit: EngagementMention, merged: list[EngagementMention]) -> bool:
        """Give a visit whose words name no state the state of the city where its visitor
        was met ("The king flew in for a one-day visit" after "received ... in Cairo"), or,
        when it "arrived here", the dateline's; whether one was found (a visit to no known
        state is not recorded)."""
        visitors = set(visitors_of(visit))
        for engagement in merged:
            city = engagement.place
            if engagement.kind != "visit" and city is not None and city.country and visitors & set(engagement.agents()):
                state = country_name(city.country)
                visit.participants.append((Agent("place", state), "host"))
                visit.host_from = engagement.place_span
                return True
        filed = self.dateline
        here = visit.trigger is not None and self.doc.quote(visit.trigger).endswith("here")
        if here and filed is not None and filed.place.country:  # "arrived here": where the report is filed
            visit.participants.append((Agent("place", country_name(filed.place.country)), "host"))
            visit.host_from = filed.span
            return True
        return False

    @staticmethod
    def _guest_again(engagement: EngagementMention, merged: list[EngagementMention]) -> None:
        """ "received the credentials of X ... then held a meeting with X": X is still the guest
        and the one who received X the host."""
        if engagement.kind != "meeting":
            return
        earlier = [
            e
            for e in merged
            if e.kind in ("reception", "ceremony")
            and e.span.start < engagement.span.start
            and set(visitors_of(e)) & set(engagement.agents())
            and {a for a, r in e.participants if r == "host"} & set(engagement.agents())
        ]
        if earlier:
            guests = set(visitors_of(earlier[-1]))
            engagement.participants = [
                (a, "visitor" if a in guests else ("host" if r == "attendee" and a not in engagement.present else r))
                for a, r in engagement.participants
            ]

    def _signed_by_people(self, engagements: list[EngagementMention]) -> list[EngagementMention]:
        """ "The EU and the Government of Armenia today signed an agreement ... The agreement
        was signed by Ambassador X and Minister Y": one signing, by the people who signed; so
        with a delivery ("The EU handed over equipment to ... At a ceremony in Tashkent, the
        equipment was handed over by Ambassador X to Y")."""
        kept: list[EngagementMention] = []
        for mention in engagements:
            before = kept[-1] if kept else None
            sentence = self.doc.sentence_of(mention.span.start)
            if (
                before is not None
                and mention.kind == before.kind
                and mention.kind in ("agreement-signing", "aid-delivery")
                and all(a.kind != "person" for a in before.agents())
                and all(a.kind == "person" for a in mention.agents())
                and _THE_AGREEMENT.match(self.doc.folded, sentence.span.start)
                and self._told_next(before, mention)
            ):
                before.participants = mention.participants
                before.also.append(mention.span)
                before.date = before.date or mention.date
                if mention.place is not None:
                    before.place, before.place_span = mention.place, mention.place_span
                self.merged_into[id(mention)] = before
                continue
            kept.append(mention)
        return kept

    def _told_next(self, first: EngagementMention, then: EngagementMention) -> bool:
        """Whether `then` is told within two sentences of `first`, or in the paragraph after it."""
        told, after = self.doc.sentence_of(first.span.start), self.doc.sentence_of(then.span.start)
        return after.index - told.index <= 2 or after.paragraph - told.paragraph <= 1

    def _opened(self, delivery: EngagementMention, ceremony: EngagementMention) -> bool:
        """Whether a ceremony opens what a delivery gave: "handed over a training centre ...
        The centre was opened by ..." (its subject's noun is among the delivery's words)."""
        if ceremony.trigger is None:
            return False
        sentence = self.doc.sentence_of(ceremony.trigger.start).span
        subject = _THE_THING.search(self.doc.folded, sentence.start, ceremony.trigger.start)
        given = self.doc.folded[delivery.span.start : self.doc.sentence_of(delivery.span.start).span.end]
        return subject is not None and re.search(rf"\b{re.escape(subject['noun'])}\b", given, re.IGNORECASE) is not None

    def _delivery_ceremonies(self, engagements: list[EngagementMention]) -> list[EngagementMention]:
        """ "The U.S. Embassy handed over boats to the Border Service ... The ceremony was
        attended by Ambassador X and Colonel Y": the ceremony is the delivery, and those who
        attended it, not the institutions named as giving and receiving, took part. So is
        "the ceremony" told after a signing: its guests attended the signing."""
        kept: list[EngagementMention] = []
        for mention in engagements:
            trigger = self.doc.quote(mention.trigger).casefold() if mention.trigger else ""
            sentence = self.doc.sentence_of(mention.span.start).span
            if (
                mention.kind == "ceremony"
                and "credential" not in trigger
                and _HANDED.search(self.doc.folded, sentence.start, sentence.end)
                and not _DUTIES.search(self.doc.folded, sentence.start, sentence.end)
            ):
                mention.kind = "aid-delivery"  # "took part in a ceremony at which equipment ... was handed over"
            held = next((e for e in reversed(kept) if e.kind in ("aid-delivery", "agreement-signing")), None)
            if (
                held is not None
                and mention.kind == "ceremony"
                and "credential" not in trigger
                and (held.kind == "aid-delivery" or trigger == "ceremony")
                and (self._told_next(held, mention) or self._opened(held, mention))
            ):
                for agent, _ in mention.participants:
                    if not held.has(agent):
                        held.participants.append((agent, "attendee"))
                held.also.append(mention.span)
                held.date = held.date or mention.date
                if held.place is None:
                    held.place, held.place_span = mention.place, mention.place_span
                self.merged_into[id(mention)] = held
                continue
            kept.append(mention)
        for mention in kept:
            people = [(a, r) for a, r in mention.participants if a.kind == "person"]
            if mention.kind == "aid-delivery" and len(people) >= 2:
                mention.participants = people
        return kept


def _same_engagement(a: EngagementMention, b: EngagementMention) -> bool:
    if a.kind != b.kind:
        return False
    if a.kind == "visit":  # one visitor's visit, unless told as visits to two states
        hosts_a, hosts_b = set(_hosts(a)), set(_hosts(b))
        return set(visitors_of(a)) == set(visitors_of(b)) and (not hosts_a or not hosts_b or bool(hosts_a & hosts_b))
    dates_agree = a.date is None or b.date is None or a.date == b.date
    return set(a.agents()) == set(b.agents()) and dates_agree


def _visit_of(engagement: EngagementMention, visits: list[EngagementMention]) -> EngagementMention | None:
    """The visit an engagement of its visitor is part of: the one to the state its city is
    in, when the visitor went to several; else the one last told before it ("arrived in
    Lusaka the same evening. On 13 June, he called on ..."), else the first."""
    theirs = [v for v in visits if set(visitors_of(v)) & set(engagement.agents())]
    city = engagement.place
    there = [v for v in theirs if city is not None and any(_state_code(h) == city.country for h in _hosts(v))]
    if there or len(theirs) < 2:
        return next(iter(there or theirs), None)
    before = engagement.span.start
    return max(theirs, key=lambda v: max((s.start for s in (v.span, *v.also) if s.start < before), default=-1))


def _institutions_visit(engagement: EngagementMention, visits: list[EngagementMention]) -> EngagementMention | None:
    """The port call a guest's meeting is part of, when an institution alone visits ("HMS Arbroath
    arrived in Port Louis ... The ship's Commanding Officer called on the Prime Minister"): its
    one visit told before, whose visitor is no person."""
    guests = [a for a, role in engagement.participants if role == "visitor"]
    calls = [
        v
        for v in visits
        if v.span.start < engagement.span.start and all(a.kind == "organization" for a in visitors_of(v))
    ]
    return calls[0] if guests and len(calls) == 1 and len(visits) == 1 else None


def _to_institution(visit: EngagementMention) -> bool:
    """Whether a visit is to an institution alone ("paid a courtesy visit to Headquarters Air
    Force"): a call within a visit to a state, told by what happened there, not a visit."""
    hosts = _hosts(visit)
    return bool(hosts) and all(h.kind == "organization" for h in hosts)


def _of_visitor(visit: EngagementMention, call: EngagementMention) -> bool:
    """Whether a visit to a state is the one a call to an institution is made within."""
    return not _to_institution(visit) and bool(set(visitors_of(visit)) & set(visitors_of(call)))


def _state_code(agent: Agent) -> str | None:
    found = gazetteer().country_names.get(agent.key) if agent.kind == "place" else None
    return found.country if found else None


def visitors_of(engagement: EngagementMention) -> list[Agent]:
    """The engagement's visitors."""
    return [a for a, r in engagement.participants if r == "visitor"]


def _accredited_to(post: str, states: list[str]) -> bool:
    """Whether a post as written is accredited to one of `states` ("... of Japan to Honduras")."""
    return any(
        re.search(r"\bto\s+(?:the\s+)?(?:(?:Republic|Kingdom|State)\s+of\s+)?" + re.escape(s) + r"\b", post)
        for s in states
    )


def _hosts(engagement: EngagementMention) -> list[Agent]:
    return [a for a, r in engagement.participants if r == "host"]
