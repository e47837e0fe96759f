"""Agents as aid reading sees them: an agent's name, kind and state, and whether it is a
public body or an aid agency, which decide who may give and who receives.
"""

from __future__ import annotations

import re
from functools import cache

from engagement_schema.extraction.discourse import Agent, AgentMention, Discourse
from engagement_schema.extraction.lexicon import lexicon
from engagement_schema.extraction.places import gazetteer

__all__ = [
    "PUBLIC",
    "aid_agency",
    "bare_government",
    "kind_of",
    "name_of",
    "public",
    "state_for",
    "state_institution",
    "state_of",
]

_AGENCY = re.compile(r"\b(?:agency|cooperation|development)\b")


def bare_government(agent: Agent) -> bool:
    """ "to help the Government protect health spending": a government of no state named is the
    host's, the state the report is about."""
    return agent.kind == "organization" and name_of(agent) == "government" and state_of(agent) is None


def state_for(agent: Agent) -> Agent:
    """A government as the state it governs."""
    state = state_of(agent) if agent.kind == "organization" and kind_of(agent) == "government" else None
    return Agent("place", state) if state else agent


PUBLIC = frozenset(
    {"government", "ministry", "diplomatic-mission", "international-organization", "head-of-state-office"}
)


def public(agent: Agent) -> bool:
    """Whether an agent invests as a donor does: a state, or a public or international body
    ("the EU has invested nearly €20 million in Armenia's water sector")."""
    return agent.kind == "place" or (agent.kind == "organization" and kind_of(agent) in PUBLIC)


def aid_agency(agent: Agent) -> bool:
    """Whether an agent gives through projects it runs: a public body, or an aid agency (the
    lexicon's known agencies, or one whose name says it is one)."""
    if public(agent):
        return True
    name = name_of(agent)
    known_agency = name in _known_kinds() and kind_of(agent) == "other"
    return agent.kind == "organization" and (known_agency or _AGENCY.search(name) is not None)


def kind_of(agent: Agent) -> str:
    """The kind of an organization agent, from the lexicon's known names or its name's words."""
    name = name_of(agent)  # the name's key: lowercase words
    return _known_kinds().get(name) or lexicon().organization_kind(name)


@cache
def _known_kinds() -> dict[str, str]:
    """The lexicon's known organizations' kinds, by their names' keys."""
    return {
        " ".join(keys): value[1]
        for keys, entries in lexicon().known_organizations.phrases().items()
        for _, value in entries[:1]
    }


def state_institution(discourse: Discourse, mention: AgentMention, end: int) -> Agent:
    """ "to Ethiopia's Ministry of Agriculture": the institution a state's possessive names
    receives, not the state ("to UNICEF's response": an institution's own work is its own)."""
    if mention.agent.kind != "place" or not discourse.doc.folded.startswith("'s ", mention.span.end):
        return mention.agent
    owned = discourse.objects(mention.span.end + 3, end)
    if owned and owned[0].agent.kind == "organization" and owned[0].span.start == mention.span.end + 3:
        return owned[0].agent
    return mention.agent


def name_of(agent: Agent) -> str:
    """An agent's name without the state it belongs to: "JICA" and "Japan International
    Cooperation Agency" are one body though only one names its state."""
    return agent.key.partition("|")[0]


def state_of(agent: Agent) -> str | None:
    """The name of the state an organization belongs to (its key ends in its country code)."""
    code = agent.key.rpartition("|")[2] if agent.kind == "organization" else ""
    return gazetteer().countries[code].name if code in gazetteer().countries else None
