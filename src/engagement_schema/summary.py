"""A plain-text account of a dataset: who met whom, where, when, as what, about what."""

from __future__ import annotations

from engagement_schema.models import Dataset, Engagement, Participation, Person
from engagement_schema.vocabularies import ranks, topics

__all__ = ["describe_agent", "format_rows", "summarize"]


def summarize(dataset: Dataset) -> str:
    """One paragraph per engagement, each followed by its parts, in date order."""
    return "\n".join(_tree(dataset, None, depth=0))


def _tree(dataset: Dataset, parent: str | None, depth: int) -> list[str]:
    parts = sorted((e for e in dataset.engagements if e.part_of == parent), key=lambda e: (e.start or "", e.id))
    lines: list[str] = []
    for engagement in parts:
        lines.extend("    " * depth + line for line in _engagement(dataset, engagement))
        lines.extend(_tree(dataset, engagement.id, depth + 1))
    return lines


def describe_agent(dataset: Dataset, agent_id: str, posts: tuple[str, ...] = ()) -> str:
    """`Colonel-General Sherali Mirzo (Minister of Defense)`: rank, name and posts."""
    record = dataset.get(agent_id)
    name = getattr(record, "name", agent_id)
    if isinstance(record, Person):
        prefix = ranks().get(record.rank).label if record.rank else record.honorific
        name = f"{prefix} {name}" if prefix else name
        held = posts or tuple(o.post for o in dataset.occupancies if o.person == record.id)
        labels = [getattr(dataset.get(p), "label", p) for p in held]
        if labels:
            name += f" ({'; '.join(labels)})"
    return str(name)


def _engagement(dataset: Dataset, engagement: Engagement) -> list[str]:
    when = engagement.start or "date not stated"
    where = getattr(dataset.get(engagement.place), "name", "") if engagement.place else ""
    head = f"{engagement.kind}: {engagement.name or engagement.id} — {when}" + (f", {where}" if where else "")
    lines = [head]
    for role in ("visitor", "host", "organizer", "attendee", "delegation-member"):
        people = [p for p in engagement.participants if p.role == role]
        if people:
            lines.append(f"    {role}s: " + "; ".join(_participant(dataset, p) for p in people))
    if engagement.topics:
        lines.append("    topics: " + ", ".join(topics().get(t).label for t in engagement.topics))
    return lines


def _participant(dataset: Dataset, participation: Participation) -> str:
    return describe_agent(dataset, participation.agent, participation.posts)


def format_rows(rows: list[dict[str, str]]) -> str:
    """Query answers as an aligned text table, columns in first-seen order."""
    if not rows:
        return "(no answers)"
    columns = list(dict.fromkeys(key for row in rows for key in row))
    table = [columns, *([row.get(c, "") for c in columns] for row in rows)]
    widths = [min(60, max(len(r[i]) for r in table)) for i in range(len(columns))]
    return "\n".join("  ".join(_cell(v, w) for v, w in zip(r, widths, strict=True)).rstrip() for r in table)


def _cell(value: str, width: int) -> str:
    return (value if len(value) <= width else value[: width - 1] + "…").ljust(width)
