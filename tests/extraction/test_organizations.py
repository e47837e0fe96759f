"""Organizations: named outright, or implied by the posts people hold."""

from __future__ import annotations

from engagement_schema.extraction import extract
from engagement_schema.extraction.organizations import canonical_name, name_key, split_name
from tests.extraction.helpers import organization

_SEED_LIST = (
    "General Joseph Votel visited Tajikistan. He met Minister of Defense, Colonel-General Sherali Mirzo; "
    "1st Deputy Minister and Chief of the General Staff, Lieutenant-General Emomali Sobirzoda; and First "
    "Deputy Chairman of the State Committee for National Security and Commander of the Border Forces, "
    "Colonel-General Rajabali Rahmonali. He thanked the Tajik government."
)


def test_an_institution_named_in_a_post_is_recorded_with_its_holders_state() -> None:
    dataset = extract(_SEED_LIST)
    staff = organization(dataset, "General Staff", "TJ")
    forces = organization(dataset, "Border Forces", "TJ")
    assert staff.kind == "armed-forces-staff"
    assert forces.kind == "border-service"
    assert not [d for d in staff.derivations if d.field == "name"]


def test_a_ministry_named_from_a_ministers_post_says_so() -> None:
    ministry = organization(extract(_SEED_LIST), "Ministry of Defense", "TJ")
    assert ministry.kind == "ministry"
    [derivation] = [d for d in ministry.derivations if d.field == "name"]
    assert "Minister of Defense" in derivation.method
    assert [e.quote for e in derivation.evidence] == ["Minister of Defense"]


def test_a_chiefs_institution_is_under_the_one_where_they_are_a_deputy() -> None:
    dataset = extract(_SEED_LIST)
    committee = organization(dataset, "State Committee for National Security", "TJ")
    ministry = organization(dataset, "Ministry of Defense", "TJ")
    assert organization(dataset, "Border Forces").parent == committee.id
    assert organization(dataset, "General Staff").parent == ministry.id
    assert ministry.parent == organization(dataset, "Government of Tajikistan").id


def test_a_deputy_post_without_its_institution_takes_the_one_named_before() -> None:
    dataset = extract(_SEED_LIST)
    [post] = [p for p in dataset.posts if p.label == "1st Deputy Minister"]
    assert post.organization == organization(dataset, "Ministry of Defense").id
    assert [d.field for d in post.derivations] == ["organization"]


def test_demonyms_give_institutions_their_state() -> None:
    dataset = extract("U.S. Embassy officials in Dushanbe met the Uzbek Ministry of Defense.")
    embassy = organization(dataset, "U.S. Embassy", "US")
    assert embassy.kind == "diplomatic-mission"
    assert embassy.location is not None
    organization(dataset, "Uzbek Ministry of Defense", "UZ")  # named as written; its state is UZ


def test_a_president_is_in_his_states_office() -> None:
    dataset = extract("President of the Republic of Tajikistan Emomali Rahmon received the envoy.")
    office = organization(dataset, "Office of the President of Tajikistan", "TJ")
    assert office.kind == "head-of-state-office"


def test_known_organizations_by_acronym() -> None:
    # Named as the text writes them: the full name only where the text spells it out.
    dataset = extract("The OSCE and USAID met UN officials; the EU allocated funds.")
    assert {o.name for o in dataset.organizations} >= {"OSCE", "USAID", "UN", "EU"}
    spelt = extract("The European Union (EU) met the OSCE; the EU allocated funds.")
    assert {o.name for o in spelt.organizations} >= {"European Union", "OSCE"}


def test_field_ministries_are_named_the_way_ministries_name_themselves() -> None:
    assert canonical_name("Kazakh Foreign Ministry") == "Ministry of Foreign Affairs"
    assert canonical_name("Defense Ministry") == "Ministry of Defense"
    assert canonical_name("Border Forces") == "Border Forces"


def test_nested_institutions_are_split_where_each_part_is_one() -> None:
    assert split_name("Border Forces of the State Committee for National Security") == [
        "Border Forces",
        "State Committee for National Security",
    ]
    assert split_name("Ministry of Health and Social Protection of Population") == [
        "Ministry of Health and Social Protection of Population"
    ]


def test_name_keys_leave_out_states_and_articles() -> None:
    assert name_key("the Uzbek Ministry of Defense") == name_key("Ministry of Defense of the Republic of Uzbekistan")
    assert name_key("U.S. Embassy") == name_key("Embassy of the United States") == "embassy"
    # a preposition the state leaves behind goes with it
    assert name_key("UNHCR Representative in Jordan") == name_key("UNHCR Representative") == "unhcr representative"
    assert name_key("Ambassador of Japan to Tajikistan") == "ambassador"


def test_a_government_or_embassy_keeps_its_state_in_its_name() -> None:
    dataset = extract("The Government of Japan and the Embassy of Japan in Tajikistan announced a grant.")
    organization(dataset, "Government of Japan", "JP")
    organization(dataset, "Embassy of Japan", "JP")


def test_an_acronym_before_a_post_is_the_known_organization() -> None:
    dataset = extract("UNDP Resident Representative Pratibha Mehta attended.")
    [post] = dataset.posts
    assert post.label == "Resident Representative"  # the head of a country office is titled without it
    assert organization(dataset, "UNDP").id == post.organization
