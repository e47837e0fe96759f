"""The seed record (seed.py, seeds/): one test per fact inventoried in shared/domain/seed-notes.md."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from decimal import Decimal
from typing import TypeVar

import pytest

from engagement_schema import (
    Attribution,
    Dataset,
    Engagement,
    Evidence,
    Organization,
    Person,
    Place,
    Post,
    SourceDocument,
    Statement,
)
from engagement_schema.models.base import Node
from engagement_schema.models.record import Record
from engagement_schema.vocabularies import ranks, sectors, topics
from tests.conftest import REPO_ROOT

DOCUMENT = "asia-plus-2018-05-14"
R = TypeVar("R", bound=Record)


def all_evidence(node: Node) -> Iterator[Evidence]:
    """Every evidence span in `node`, its derivations' included."""
    for name in type(node).model_fields:
        value = getattr(node, name)
        for item in value if isinstance(value, tuple) else (value,):
            if isinstance(item, Evidence):
                yield item
            elif isinstance(item, Node):
                yield from all_evidence(item)


def quotes(node: Node) -> list[str]:
    return [e.quote for e in all_evidence(node)]


def get(seed: Dataset, id: str, kind: type[R]) -> R:
    """The record with this id, which must be of `kind`."""
    record = seed.get(id)
    assert isinstance(record, kind)
    return record


def posts_of(seed: Dataset, person: str) -> set[str]:
    return {get(seed, o.post, Post).label for o in seed.occupancies if o.person == person}


def roles(event: Engagement) -> dict[str, str]:
    return {p.agent: p.role for p in event.participants}


# --- the text and the evidence ----------------------------------------------------------


def test_the_seed_text_is_the_shared_article_byte_for_byte(article: str) -> None:
    shared = REPO_ROOT.parent / "shared" / "seeds" / "votel-tajikistan-2018.txt"
    if not shared.exists():
        pytest.skip("../shared is not checked out next to the repository")
    assert article.encode("utf-8") == shared.read_bytes()


def test_the_text_keeps_its_non_breaking_spaces_and_curly_apostrophes(article: str) -> None:
    assert article.count("\u00a0") == 10
    assert "Tajikistan’s" in article
    assert "'" not in article


def test_the_record_names_its_text_by_sha256(seed: Dataset, article: str) -> None:
    source = get(seed, DOCUMENT, SourceDocument)
    assert source.sha256 == hashlib.sha256(article.encode("utf-8")).hexdigest()
    assert source.text == article


def test_every_evidence_span_slices_its_quote_from_the_text(seed: Dataset, article: str) -> None:
    spans = [e for _, record in seed.records() for e in all_evidence(record)]
    assert len(spans) > 50
    for span in spans:
        assert span.source == DOCUMENT
        assert article[span.start : span.end] == span.quote


def test_every_fact_rests_on_evidence(seed: Dataset) -> None:
    # Only the document itself and its publisher are known from outside the text.
    bare = [record.id for _, record in seed.records() if not record.evidence]
    assert bare == [DOCUMENT, "asia-plus"]


# --- people, ranks and posts ------------------------------------------------------------

PEOPLE = [
    ("joseph-votel", "Joseph Votel", "General", None, {"Commander of U.S. Central Command"}, "US"),
    ("emomali-rahmon", "Emomali Rahmon", None, "President", {"President"}, "TJ"),
    ("sherali-mirzo", "Sherali Mirzo", "Colonel-General", None, {"Minister of Defense"}, "TJ"),
    (
        "emomali-sobirzoda",
        "Emomali Sobirzoda",
        "Lieutenant-General",
        None,
        {"1st Deputy Minister", "Chief of the General Staff"},
        "TJ",
    ),
    (
        "rajabali-rahmonali",
        "Rajabali Rahmonali",
        "Colonel-General",
        None,
        {"First Deputy Chairman of the State Committee for National Security", "Commander of the Border Forces"},
        "TJ",
    ),
]


def test_the_record_names_exactly_the_five_people(seed: Dataset) -> None:
    assert sorted(p.id for p in seed.people) == sorted(row[0] for row in PEOPLE)


@pytest.mark.parametrize(("id", "name", "rank", "honorific", "posts", "country"), PEOPLE, ids=[p[0] for p in PEOPLE])
def test_each_person_has_rank_or_honorific_posts_and_state_apart(
    seed: Dataset, id: str, name: str, rank: str | None, honorific: str | None, posts: set[str], country: str
) -> None:
    person = get(seed, id, Person)
    assert person.name == name
    assert (ranks().get(person.rank).label if person.rank else None) == rank
    assert person.honorific == honorific
    assert person.country == country
    assert posts_of(seed, id) == posts
    assert any(name.split()[-1] in quote for quote in quotes(person))


def test_two_people_hold_two_posts_at_once(seed: Dataset) -> None:
    assert {p.id for p in seed.people if len(posts_of(seed, p.id)) == 2} == {"emomali-sobirzoda", "rajabali-rahmonali"}


POSTS = {
    "Commander of U.S. Central Command": "us-central-command",
    "President": "tajik-presidents-office",
    "Minister of Defense": "ministry-of-defense-tajikistan",
    "1st Deputy Minister": "ministry-of-defense-tajikistan",
    "Chief of the General Staff": "general-staff-tajikistan",
    "First Deputy Chairman of the State Committee for National Security": "state-committee-for-national-security",
    "Commander of the Border Forces": "border-forces-tajikistan",
}


@pytest.mark.parametrize(("label", "organization"), POSTS.items())
def test_each_post_is_in_its_organization(seed: Dataset, label: str, organization: str) -> None:
    (post,) = [p for p in seed.posts if p.label == label]
    assert post.organization == organization


# --- organizations and places -----------------------------------------------------------

ORGANIZATIONS = [
    ("us-central-command", "military-command", "US", None),
    ("us-embassy-dushanbe", "diplomatic-mission", "US", None),
    ("government-of-tajikistan", "government", "TJ", None),
    ("ministry-of-defense-tajikistan", "ministry", "TJ", "government-of-tajikistan"),
    ("general-staff-tajikistan", "armed-forces-staff", "TJ", "ministry-of-defense-tajikistan"),
    ("state-committee-for-national-security", "security-service", "TJ", "government-of-tajikistan"),
    ("border-forces-tajikistan", "border-service", "TJ", "state-committee-for-national-security"),
    ("tajik-presidents-office", "head-of-state-office", "TJ", None),
]


@pytest.mark.parametrize(("id", "kind", "country", "parent"), ORGANIZATIONS, ids=[o[0] for o in ORGANIZATIONS])
def test_each_organization_has_its_kind_country_and_parent(
    seed: Dataset, id: str, kind: str, country: str, parent: str | None
) -> None:
    organization = get(seed, id, Organization)
    assert (organization.kind, organization.country, organization.parent) == (kind, country, parent)


def test_the_embassy_is_in_dushanbe(seed: Dataset) -> None:
    assert get(seed, "us-embassy-dushanbe", Organization).location == "dushanbe"


def test_parent_links_derived_from_the_text_say_so(seed: Dataset) -> None:
    for id in ("border-forces-tajikistan", "general-staff-tajikistan"):
        assert [d.field for d in seed.get(id).derivations if d.evidence] == ["parent"]


PLACES = [
    ("tajikistan", "country", "TJ", "central-asia"),
    ("dushanbe", "city", "TJ", "tajikistan"),
    ("afghanistan", "country", "AF", None),
    ("central-asia", "region", None, None),
    ("united-states", "country", "US", None),
]


@pytest.mark.parametrize(("id", "kind", "country", "contained_in"), PLACES, ids=[p[0] for p in PLACES])
def test_each_place_has_its_kind_country_and_container(
    seed: Dataset, id: str, kind: str, country: str | None, contained_in: str | None
) -> None:
    place = get(seed, id, Place)
    assert (place.kind, place.country, place.contained_in) == (kind, country, contained_in)


# --- events -----------------------------------------------------------------------------

VISIT = "votel-visit-tajikistan-2018"


def test_the_visit_is_votels_to_tajikistan_in_dushanbe_with_embassy_officials(seed: Dataset) -> None:
    visit = get(seed, VISIT, Engagement)
    assert (visit.kind, visit.place, visit.part_of) == ("visit", "dushanbe", None)
    assert roles(visit) == {"joseph-votel": "visitor", "tajikistan": "host", "us-embassy-dushanbe": "attendee"}
    assert "senior Tajikistan leaders and U.S. Embassy officials in Dushanbe" in quotes(visit)[0]


@pytest.mark.parametrize("official", ["emomali-rahmon", "sherali-mirzo", "emomali-sobirzoda", "rajabali-rahmonali"])
def test_votel_met_each_tajik_official_within_the_visit(seed: Dataset, official: str) -> None:
    (meeting,) = [e for e in seed.engagements if e.kind == "meeting" and official in roles(e)]
    assert (meeting.part_of, meeting.place) == (VISIT, "dushanbe")
    assert roles(meeting) == {"joseph-votel": "visitor", official: "host"}
    host = next(p for p in meeting.participants if p.agent == official)
    assert {get(seed, post, Post).label for post in host.posts} == posts_of(seed, official)


RECEPTION = "rahmon-receives-votel-2018-05-11"


def test_rahmon_received_votel_on_2018_05_11_within_the_visit(seed: Dataset) -> None:
    reception = get(seed, RECEPTION, Engagement)
    assert (reception.kind, reception.start, reception.part_of) == ("reception", "2018-05-11", VISIT)
    assert roles(reception) == {"emomali-rahmon": "host", "joseph-votel": "visitor"}
    assert "President Emomali Rahmon received General Votel on May 11" in quotes(reception)


def test_the_reception_year_is_recorded_as_derived_from_26_years_since_1992(seed: Dataset) -> None:
    (derivation,) = [d for d in get(seed, RECEPTION, Engagement).derivations if d.field == "start"]
    assert [e.quote for e in derivation.evidence] == ["May 11", "26 years of United States engagement", "Since 1992"]
    assert all(number in derivation.method for number in ("1992", "26", "2018"))


def test_the_visit_date_is_not_the_publication_date(seed: Dataset) -> None:
    assert get(seed, DOCUMENT, SourceDocument).published == "2018-05-14"
    assert get(seed, RECEPTION, Engagement).start == "2018-05-11"


def test_the_earlier_conference_in_dushanbe_was_hosted_by_the_tajik_government(seed: Dataset) -> None:
    conference = get(seed, "dushanbe-counter-terrorism-conference", Engagement)
    assert (conference.kind, conference.place, conference.part_of) == ("conference", "dushanbe", None)
    assert roles(conference) == {"government-of-tajikistan": "host"}
    assert set(conference.topics) == {"counter-terrorism", "radicalization"}
    assert "recent conference" in quotes(conference)[0]


def test_26_years_of_engagement_start_in_1992(seed: Dataset) -> None:
    partnership = get(seed, "us-tajikistan-partnership", Engagement)
    assert (partnership.kind, partnership.start) == ("partnership", "1992")
    assert set(roles(partnership)) == {"united-states", "tajikistan"}
    assert "26 years of United States engagement" in quotes(partnership)


# --- speech acts ------------------------------------------------------------------------

TAJIK_OFFICIALS = ("emomali-rahmon", "emomali-sobirzoda", "rajabali-rahmonali", "sherali-mirzo")
STATEMENTS = [
    # id, act, actors, addressees, topics (at least), about (at least), during
    (
        "votel-discussed-common-security-issues",
        "discussed",
        ("joseph-votel",),
        TAJIK_OFFICIALS,
        {"security"},
        set(),
        VISIT,
    ),
    (
        "votel-discussed-central-asian-security",
        "discussed",
        ("joseph-votel",),
        TAJIK_OFFICIALS,
        {"security", "regional-stability", "afghanistan-stability"},
        {"central-asia", "afghanistan"},
        VISIT,
    ),
    (
        "votel-stressed-common-interests",
        "stressed",
        ("joseph-votel",),
        (),
        {"border-security", "sovereignty"},
        {"united-states", "tajikistan"},
        VISIT,
    ),
    (
        "votel-thanked-tajik-government",
        "thanked",
        ("joseph-votel",),
        ("government-of-tajikistan",),
        {"counter-terrorism", "radicalization"},
        {"dushanbe-counter-terrorism-conference"},
        VISIT,
    ),
    (
        "votel-detailed-us-counter-terrorism",
        "detailed",
        ("joseph-votel",),
        (),
        {"counter-terrorism"},
        {"afghanistan"},
        VISIT,
    ),
    (
        "votel-pledged-continued-work",
        "pledged",
        ("joseph-votel",),
        ("tajikistan",),
        {"security-cooperation"},
        {"central-asia"},
        VISIT,
    ),
    (
        "votel-commended-tajik-leadership",
        "commended",
        ("joseph-votel",),
        ("government-of-tajikistan",),
        {"border-security", "regional-stability"},
        set(),
        VISIT,
    ),
    (
        "rahmon-votel-discussed-security-cooperation",
        "discussed",
        ("emomali-rahmon", "joseph-votel"),
        (),
        {"security-cooperation", "bilateral-cooperation"},
        set(),
        RECEPTION,
    ),
    (
        "rahmon-votel-exchanged-views",
        "exchanged-views",
        ("emomali-rahmon", "joseph-votel"),
        (),
        {"international-issues"},
        set(),
        RECEPTION,
    ),
    (
        "rahmon-votel-focused-on-border-and-threats",
        "focused-on",
        ("emomali-rahmon", "joseph-votel"),
        (),
        {"border-security", "terrorism", "violent-extremism", "drug-trafficking", "cybercrime"},
        {"afghanistan", "tajikistan"},
        RECEPTION,
    ),
]


def test_the_record_holds_each_speech_act_once(seed: Dataset) -> None:
    assert sorted(s.id for s in seed.statements) == sorted(row[0] for row in STATEMENTS)


@pytest.mark.parametrize(
    ("id", "act", "actors", "addressees", "topics", "about", "during"), STATEMENTS, ids=[s[0] for s in STATEMENTS]
)
def test_each_speech_act_has_its_actor_act_addressee_and_topics(
    seed: Dataset,
    id: str,
    act: str,
    actors: tuple[str, ...],
    addressees: tuple[str, ...],
    topics: set[str],
    about: set[str],
    during: str,
) -> None:
    found = get(seed, id, Statement)
    assert (found.act, found.actors, found.addressees, found.engagement) == (act, actors, addressees, during)
    assert topics <= set(found.topics)
    assert about <= set(found.about)
    assert found.content is not None
    assert found.content in quotes(found)


def test_acts_the_source_hedges_are_marked_reported(seed: Dataset) -> None:
    hedged = {s.id for s in seed.statements if s.reported}
    assert hedged == {"rahmon-votel-discussed-security-cooperation", "rahmon-votel-focused-on-border-and-threats"}
    assert all("reportedly" in get(seed, id, Statement).content for id in hedged)


SEED_TOPICS = [
    ("security-cooperation", "cooperation between Tajikistan and the United States in the field of security"),
    ("border-security", "border security"),
    ("sovereignty", "sovereignty"),
    ("regional-stability", "regional stability"),
    ("afghanistan-stability", "Afghanistan’s stability"),
    ("counter-terrorism", "counter terrorism"),
    ("violent-extremism", "extremism"),
    ("radicalization", "radicalization"),
    ("drug-trafficking", "drug trafficking"),
    ("cybercrime", "cybercrimes"),
]


@pytest.mark.parametrize(("topic", "words"), SEED_TOPICS, ids=[t[0] for t in SEED_TOPICS])
def test_each_topic_is_recorded_on_a_fact_whose_evidence_says_it(seed: Dataset, topic: str, words: str) -> None:
    assert topics().get(topic)
    tagged = [r for _, r in seed.records() if topic in getattr(r, "topics", ())]
    assert any(words in quote for record in tagged for quote in quotes(record))


# --- aid --------------------------------------------------------------------------------

SECTORS = {"agriculture": "311", "energy": "231", "business development": "250", "health": "121"}
SECTORS |= {"education": "111", "democratic institutions": "151"}


def test_the_aid_is_over_1_8_billion_usd_from_the_us_to_tajikistan_since_1992(seed: Dataset) -> None:
    (aid,) = seed.aid_programs
    assert (aid.donor, aid.recipient, aid.start, aid.end) == ("united-states", "tajikistan", "1992", None)
    assert aid.amount is not None
    assert (aid.amount.value, aid.amount.currency, aid.amount.qualifier) == (Decimal("1800000000"), "USD", "over")
    assert isinstance(aid.amount.value, Decimal)
    assert set(aid.kinds) == {"programs", "humanitarian-aid"}


def test_the_amount_reading_is_recorded_as_derived_from_over_1_8_billion(seed: Dataset) -> None:
    (aid,) = seed.aid_programs
    (derivation,) = [d for d in aid.derivations if d.field == "amount"]
    assert [e.quote for e in derivation.evidence] == ["over $1.8 billion"]


@pytest.mark.parametrize(("sector", "code"), SECTORS.items())
def test_each_aid_sector_has_its_oecd_dac_code(seed: Dataset, sector: str, code: str) -> None:
    (aid,) = seed.aid_programs
    assert code in aid.sectors
    assert sectors().get(code)
    assert sector in quotes(aid)[0]


def test_the_aid_topics_name_the_sectors(seed: Dataset) -> None:
    (aid,) = seed.aid_programs
    assert {t.replace("-", " ") for t in aid.topics} >= set(SECTORS)


# --- the document and its attributions --------------------------------------------------


def test_the_document_is_asia_plus_in_english_published_2018_05_14(seed: Dataset) -> None:
    source = get(seed, DOCUMENT, SourceDocument)
    assert (source.publisher, source.published, source.language) == ("asia-plus", "2018-05-14", "en")
    publisher = get(seed, "asia-plus", Organization)
    assert (publisher.kind, publisher.location) == ("news-media", "dushanbe")


def test_the_presidents_website_is_a_cited_source_published_by_his_office(seed: Dataset) -> None:
    website = get(seed, "tajik-president-website", SourceDocument)
    assert website.publisher == "tajik-presidents-office"
    assert "The Tajik president’s official website" in quotes(website)


def test_the_embassy_is_credited_with_the_visit_and_meetings(seed: Dataset) -> None:
    attribution = get(seed, "according-to-us-embassy", Attribution)
    assert (attribution.document, attribution.agent) == (DOCUMENT, "us-embassy-dushanbe")
    meetings = {e.id for e in seed.engagements if e.kind == "meeting"}
    assert {VISIT, *meetings} <= set(attribution.claims)
    assert quotes(attribution) == ["according to the U.S. Embassy"]


def test_the_presidents_website_is_credited_with_the_reception_and_its_topics(seed: Dataset) -> None:
    attribution = get(seed, "president-website-reports", Attribution)
    assert attribution.cited_source == "tajik-president-website"
    assert attribution.agent == "tajik-presidents-office"
    during_reception = {s.id for s in seed.statements if s.engagement == RECEPTION}
    assert set(attribution.claims) == {RECEPTION, *during_reception}
    assert quotes(attribution) == [
        "The Tajik president’s official website reports",
        "the president’s website said",
    ]


def test_no_claim_is_credited_to_both_sources(seed: Dataset) -> None:
    embassy, website = (
        set(get(seed, a, Attribution).claims) for a in ("according-to-us-embassy", "president-website-reports")
    )
    assert not embassy & website
