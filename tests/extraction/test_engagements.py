"""Engagements: the kinds the genre reports, their parties and roles, place and date."""

from __future__ import annotations

import pytest

from engagement_schema.extraction import extract
from tests.extraction.helpers import engagements, parties, place_name


def test_visit_with_visitor_host_state_attendees_and_city() -> None:
    dataset = extract(
        "General Joseph Votel, Commander of U.S. Central Command, visited Tajikistan to meet with senior "
        "Tajikistan leaders and U.S. Embassy officials in Dushanbe."
    )
    [visit] = engagements(dataset, "visit")
    assert parties(dataset, visit) == {"Joseph Votel": "visitor", "Tajikistan": "host", "U.S. Embassy": "attendee"}
    assert place_name(dataset, visit) == "Dushanbe"


def test_president_receives_a_visitor_on_a_day_of_the_publication_year() -> None:
    dataset = extract("President Emomali Rahmon received General Joseph Votel on May 11.", published="2018-05-14")
    [reception] = engagements(dataset, "reception")
    assert parties(dataset, reception) == {"Emomali Rahmon": "host", "Joseph Votel": "visitor"}
    assert reception.start == "2018-05-11"
    assert [d.field for d in reception.derivations] == ["start"]


def test_meetings_during_a_visit_are_its_parts_with_visitor_and_host() -> None:
    dataset = extract(
        "Deputy Minister of Defense Major General Talgat Yesenov arrived in Dushanbe on a working visit. "
        "General Yesenov also met with the Commander of the Mobile Forces, Major General Nuriddin Fayzulloev."
    )
    [visit] = engagements(dataset, "visit")
    [meeting] = engagements(dataset, "meeting")
    assert meeting.part_of == visit.id
    assert parties(dataset, meeting) == {"Talgat Yesenov": "visitor", "Nuriddin Fayzulloev": "host"}
    assert place_name(dataset, meeting) == "Dushanbe"
    assert [d.field for d in meeting.derivations] == ["place"]


def test_he_discussed_with_a_list_is_a_meeting_with_each() -> None:
    dataset = extract(
        "Minister Anna Petrova visited Uzbekistan. During her visit, she discussed security with President "
        "Shavkat Mirziyoyev; and Minister of Defense, Lieutenant General Bakhodir Kurbanov."
    )
    hosts = [next(n for n, r in parties(dataset, m).items() if r == "host") for m in engagements(dataset, "meeting")]
    assert sorted(hosts) == ["Bakhodir Kurbanov", "Shavkat Mirziyoyev"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Foreign Minister Daulet Sarsenov held a telephone conversation with Minister Aibek Toktogulov.",
            "phone-call",
        ),
        ("Ambassador Han Seung-woo presented his credentials to President Emomali Rahmon.", "ceremony"),
        (
            "Ambassador Kenji Watanabe and Minister Faiziddin Qahhorzoda signed an agreement on grant aid.",
            "agreement-signing",
        ),
        (
            "The exchange of notes was signed by Ambassador Kenji Watanabe and Minister Faiziddin Qahhorzoda.",
            "agreement-signing",
        ),
        ("Ms. Ellen Thorpe handed over her duties as charge to Mr. David Okafor.", "ceremony"),
        ("Colonel Almaz Sadykov held talks with General Rustam Nazarzoda in Khujand.", "meeting"),
        ("General Marat Khusainov and General Ahmed Raza held talks in Astana on Monday.", "meeting"),
        ("General Marat Khusainov and General Ahmed Raza agreed to hold consultations next year.", None),
        ("General Marat Khusainov and General Ahmed Raza will hold talks in May.", None),
        ("The Ministry of Finance held consultations on the budget.", None),
        ("The European Union and the Government of Armenia signed a financing agreement.", "agreement-signing"),
        (
            "The loan agreement was signed in Astana today by Minister Yerlan Zhakupov and Ms. Marta Lindqvist.",
            "agreement-signing",
        ),
        (
            "Consultations between the Ministry of Defense of Kyrgyzstan and the Ministry of Defense of Turkey.",
            "meeting",
        ),
        ("General Harlan met with His Majesty King Abdullah II.", "meeting"),
        (
            "The OSCE Secretary General Margit Halvorsen arrived. The Secretary General met Minister Nurbek Kasymov.",
            "meeting",
        ),
        (
            "Minister Ana Restrepo received a delegation of U.S. Southern Command headed by Admiral Craig Halloway.",
            "reception",
        ),
        ("The delegation was received by Major General Ramazon Khodjaev.", None),
    ],
)
def test_kinds_of_engagement_by_the_words_that_tell_them(text: str, kind: str | None) -> None:
    kinds = [e.kind for e in extract(text).engagements]
    assert kinds == ([kind] if kind else [])


def test_someone_present_at_a_ceremony_attends_it() -> None:
    dataset = extract(
        "Ms. Ellen Thorpe handed over her duties to Mr. David Okafor. The handover took place in the presence "
        "of Deputy Minister of Foreign Affairs Farrukh Sharipov."
    )
    [ceremony] = engagements(dataset, "ceremony")
    assert set(parties(dataset, ceremony)) == {"Ellen Thorpe", "David Okafor", "Farrukh Sharipov"}


def test_a_conference_hosted_and_a_meeting_on_its_sidelines() -> None:
    dataset = extract(
        "Delegations from Kazakhstan, Afghanistan and the United States attended the conference on regional "
        "security in Tashkent on October 24. On the sidelines of the conference, General Bakhodir Kurbanov met "
        "with Secretary Thomas Whitfield.",
        published="2019-10-25",
    )
    [conference] = engagements(dataset, "conference")
    [meeting] = engagements(dataset, "meeting")
    assert set(parties(dataset, conference)) == {"Kazakhstan", "Afghanistan", "United States"}
    assert conference.start == "2019-10-24"
    assert meeting.part_of == conference.id
    assert place_name(dataset, meeting) == "Tashkent"


def test_a_partnership_begins_when_its_years_count_from() -> None:
    dataset = extract(
        "With 26 years of United States engagement in Tajikistan, the U.S.-Tajik partnership continues.",
        published="2018-05-14",
    )
    [partnership] = engagements(dataset, "partnership")
    assert partnership.start == "1992"
    assert set(parties(dataset, partnership)) == {"United States", "Tajikistan"}


def test_a_dateline_places_an_engagement_its_sentence_does_not() -> None:
    dataset = extract(
        "DUSHANBE - Today, Ambassador Manuel Ortega met Minister Faiziddin Qahhorzoda.", published="2023-02-08"
    )
    [meeting] = dataset.engagements
    assert (place_name(dataset, meeting), meeting.start) == ("Dushanbe", "2023-02-08")


def test_a_headline_is_not_read_for_engagements() -> None:
    dataset = extract("Minister meets envoy\n\nThe weather in Dushanbe was mild.")
    assert dataset.engagements == ()


def test_a_relative_clause_names_its_own_subject() -> None:
    dataset = extract(
        "Shavkat Normatov, Chief of the General Staff of the Armed Forces of Uzbekistan, held talks with "
        "Sher Mohammad Karimi, Chief of the General Staff of the Afghan National Army, who is in Tashkent on a "
        "three-day visit."
    )
    [visit] = engagements(dataset, "visit")
    assert parties(dataset, visit) == {"Sher Mohammad Karimi": "visitor", "Uzbekistan": "host"}


def test_a_delegation_headed_by_someone_is_received_in_them() -> None:
    dataset = extract(
        "Colonel General Saimumin Yatimov received the delegation of the Federal Security Service of the Russian "
        "Federation headed by the Director of the Border Service, Army General Vladimir Kulishov."
    )
    [reception] = engagements(dataset, "reception")
    assert parties(dataset, reception) == {"Saimumin Yatimov": "host", "Vladimir Kulishov": "visitor"}


def test_a_signing_ceremony_with_the_participation_of_its_signatories() -> None:
    dataset = extract(
        "The signing ceremony took place in Dushanbe with the participation of Ambassador Kenji Watanabe and "
        "UNDP Resident Representative Pratibha Mehta."
    )
    [signing] = engagements(dataset, "agreement-signing")
    assert parties(dataset, signing) == {"Kenji Watanabe": "attendee", "Pratibha Mehta": "attendee"}


def test_the_two_leaders_after_a_reception_are_its_parties() -> None:
    dataset = extract(
        "President Shavkat Mirziyoyev hosted President Ashraf Ghani in Tashkent, and the two leaders signed "
        "agreements on trade and energy."
    )
    [signing] = engagements(dataset, "agreement-signing")
    assert set(parties(dataset, signing)) == {"Shavkat Mirziyoyev", "Ashraf Ghani"}


def test_an_ambassador_received_to_present_credentials_is_a_ceremony() -> None:
    dataset = extract(
        "Minister Sirojiddin Aslov received Ambassador Kumar Tuhin in connection with the presentation of a "
        "copy of his credentials."
    )
    assert [e.kind for e in dataset.engagements] == ["ceremony"]


def test_conference_name_ends_before_a_new_verb_joined_by_and() -> None:
    dataset = extract(
        "He thanked the Uzbek government for hosting the conference in Tashkent on border security and detailed "
        "U.S. efforts to train border guards."
    )
    [conference] = engagements(dataset, "conference")
    assert conference.name == "Conference in Tashkent on border security"


def test_equipment_handed_over_to_a_body_is_an_aid_delivery_its_ceremony_attended_by_others() -> None:
    dataset = extract(
        "Today, the U.S. Embassy in Ashgabat handed over three patrol boats worth $3.2 million to the State "
        "Border Service of Turkmenistan at a ceremony at the port of Turkmenbashi. The ceremony was attended by "
        "U.S. Ambassador Katherine M. Brennan and Colonel Annageldi Orazov.",
        published="2022-10-20",
    )
    (delivery,) = engagements(dataset, "aid-delivery")
    assert parties(dataset, delivery) == {
        "Annageldi Orazov": "attendee",
        "Katherine M. Brennan": "attendee",
    }
    assert (delivery.start, place_name(dataset, delivery)) == ("2022-10-20", "Turkmenbashi")


def test_a_named_hospital_receives_what_is_handed_over() -> None:
    dataset = extract(
        "Ambassador Takashi Morimoto handed over medical equipment to the Sughd Regional Clinical Hospital."
    )
    (delivery,) = engagements(dataset, "aid-delivery")
    assert parties(dataset, delivery)["Sughd Regional Clinical Hospital"] == "attendee"


def test_those_met_with_a_repeated_with_are_met_apart() -> None:
    dataset = extract("General Michael Harlan met with King Abdullah II and with Major General Faisal Al-Rawashdeh.")
    assert len(engagements(dataset, "meeting")) == 2
    together = extract("General Michael Harlan met with President Ali Ahmed and Minister Omar Sayed.")
    assert len(engagements(together, "meeting")) == 1


def test_credentials_of_two_envoys_and_a_minister_who_attended_the_ceremony() -> None:
    dataset = extract(
        "President Tamar Beridze received the credentials of the Ambassador of Japan, Mr. Takeshi Morimoto, and of "
        "the newly appointed Ambassador of Brazil, Mr. Eduardo Ribeiro. Minister Davit Kapanadze attended the ceremony."
    )
    (ceremony,) = engagements(dataset, "ceremony")
    assert parties(dataset, ceremony) == {
        "Tamar Beridze": "host",
        "Takeshi Morimoto": "visitor",
        "Eduardo Ribeiro": "visitor",
        "Davit Kapanadze": "attendee",
    }


def test_the_delegation_received_is_on_the_visit_the_next_sentence_tells() -> None:
    dataset = extract(
        "Minister Baktybek Asanaliev received a delegation of the Indian Army led by Major General Rajiv Menon. "
        "The Indian delegation is in Kyrgyzstan on a working visit from 10 to 14 October.",
        published="2022-10-12",
    )
    (visit,) = engagements(dataset, "visit")
    assert parties(dataset, visit) == {"Rajiv Menon": "visitor", "Kyrgyzstan": "host"}
    assert (visit.start, visit.end) == ("2022-10-10", "2022-10-14")


def test_a_meeting_during_a_visit_to_a_region_gives_its_host_no_state() -> None:
    # Once a KeyError: the state a host serves was looked up by the region's name.
    text = (
        "Minister Katrin Albrecht met Prime Minister Giorgi Beridze in Tbilisi on Monday during her visit "
        "to the South Caucasus."
    )
    dataset = extract(text, published="2024-05-10")
    visit = next(e for e in dataset.engagements if e.kind == "visit")
    meeting = next(e for e in dataset.engagements if e.kind == "meeting")
    assert meeting.part_of == visit.id
    assert {p.agent for p in visit.participants} == {"person-katrin-albrecht", "place-south-caucasus"}
