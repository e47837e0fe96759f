"""Small readers of extracted datasets, so tests state facts by name rather than by id."""

from __future__ import annotations

from engagement_schema.models import Dataset, Engagement, Organization, Person, Place, Statement


def person(dataset: Dataset, name: str) -> Person:
    """The person of that name; fails the test with the names found otherwise."""
    found = [p for p in dataset.people if p.name == name]
    assert found, f"no person {name!r}; people: {[p.name for p in dataset.people]}"
    return found[0]


def posts_of(dataset: Dataset, name: str) -> set[str]:
    """The labels of the posts the named person holds."""
    held = {o.post for o in dataset.occupancies if o.person == person(dataset, name).id}
    return {p.label for p in dataset.posts if p.id in held}


def organization(dataset: Dataset, name: str, country: str | None = None) -> Organization:
    """The organization of that name (and state, when given)."""
    found = [o for o in dataset.organizations if o.name == name and (country is None or o.country == country)]
    assert found, f"no organization {name!r} ({country}); found: {[(o.name, o.country) for o in dataset.organizations]}"
    return found[0]


def place(dataset: Dataset, name: str) -> Place:
    """The place of that name."""
    found = [p for p in dataset.places if p.name == name]
    assert found, f"no place {name!r}; places: {[p.name for p in dataset.places]}"
    return found[0]


def name_of(dataset: Dataset, record_id: str) -> str:
    """A person's, organization's or place's name by id."""
    return str(getattr(dataset.get(record_id), "name", record_id))


def engagements(dataset: Dataset, kind: str) -> list[Engagement]:
    """The engagements of one kind."""
    return [e for e in dataset.engagements if e.kind == kind]


def parties(dataset: Dataset, engagement: Engagement) -> dict[str, str]:
    """An engagement's participants, name -> role."""
    return {name_of(dataset, p.agent): p.role for p in engagement.participants}


def statements(dataset: Dataset, act: str) -> list[Statement]:
    """The statements of one act."""
    return [s for s in dataset.statements if s.act == act]


def actors(dataset: Dataset, statement: Statement) -> set[str]:
    """A statement's actors by name."""
    return {name_of(dataset, a) for a in statement.actors}


def place_name(dataset: Dataset, engagement: Engagement) -> str | None:
    """The name of the place an engagement took place in."""
    return name_of(dataset, engagement.place) if engagement.place else None


def spans_slice(dataset: Dataset, text: str) -> None:
    """Every evidence span of the dataset, derivations' included, slices its quote from `text`."""
    for _, record in dataset.records():
        evidence = list(record.evidence) + [e for d in record.derivations for e in d.evidence]
        for item in evidence:
            assert text[item.start : item.end] == item.quote, (record.id, item)
