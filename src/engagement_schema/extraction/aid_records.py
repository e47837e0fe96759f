"""Aid records: who gives and who receives each sum, and the state a minister or envoy gives
for when the text names it only by the money or the dateline."""

from __future__ import annotations

import re

from engagement_schema.extraction.aid import AidMention, money_state
from engagement_schema.extraction.discourse import Agent
from engagement_schema.extraction.organization_records import OrganizationRecords
from engagement_schema.extraction.places import country_name, gazetteer
from engagement_schema.extraction.record_store import Data

__all__ = ["AidRecords"]

# A minister's or an ambassador's post ("Minister of Foreign Affairs", "Ambassador of Japan"): they
# give for the state they serve.
_GIVES_FOR_STATE = re.compile(
    r"\b(?:Minister|Ambassador|High\s+Commissioner|Charg[eé]\s+d'Affaires|King|Queen|Emir|Amir|Sultan"
    r"|Secretary\s+of\s+State|(?:Foreign|Defen[cs]e|Home|Development)\s+Secretary)\b"
)


class AidRecords(OrganizationRecords):
    """Adds the aid programs of a reading, after its people and organizations."""

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
        return self.places.get(country_name(country)) if country else None

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
                "country": gazetteer().country_names[state].country,
                "evidence": [],
                "derivations": [self.derivation("name", method, [aid.money.written])],
            }
            self.places[state] = self._add("places", data)
        return self.places[state]
