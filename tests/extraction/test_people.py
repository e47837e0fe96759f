"""People: names anchored by ranks, titles and posts written before or after them."""

from __future__ import annotations

from engagement_schema.extraction import extract
from engagement_schema.extraction.descriptions import find_descriptions
from engagement_schema.extraction.lexicon import Marks
from engagement_schema.extraction.people import read_people
from engagement_schema.extraction.text import Document
from tests.extraction.helpers import name_of, person, posts_of


def test_rank_before_the_name_is_kept_apart_from_it() -> None:
    dataset = extract("Colonel-General Sherali Mirzo met Lt. Gen. Anna Petrova. Army General Ivan Orlov attended.")
    assert person(dataset, "Sherali Mirzo").rank == "colonel-general"
    assert person(dataset, "Anna Petrova").rank == "lieutenant-general"
    assert person(dataset, "Ivan Orlov").rank == "army-general"


def test_title_before_the_name_is_an_honorific_and_a_post() -> None:
    dataset = extract("President Emomali Rahmon received the delegation in Dushanbe, Tajikistan.")
    rahmon = person(dataset, "Emomali Rahmon")
    assert rahmon.honorific == "President"
    assert rahmon.rank is None
    assert posts_of(dataset, "Emomali Rahmon") == {"President"}


def test_post_before_the_name_with_and_without_a_comma() -> None:
    dataset = extract(
        "Minister of Defense of the Republic of Uzbekistan Lieutenant General Bakhtiyor Qodirov met "
        "Minister of Defense of Tajikistan, Colonel-General Sherali Mirzo."
    )
    assert posts_of(dataset, "Bakhtiyor Qodirov") == {"Minister of Defense"}
    assert person(dataset, "Bakhtiyor Qodirov").country == "UZ"
    assert posts_of(dataset, "Sherali Mirzo") == {"Minister of Defense"}
    assert person(dataset, "Sherali Mirzo").country == "TJ"


def test_post_after_the_name() -> None:
    dataset = extract("General Joseph Votel, Commander of U.S. Central Command, visited Tajikistan.")
    votel = person(dataset, "Joseph Votel")
    assert (votel.rank, votel.country) == ("general", "US")
    assert posts_of(dataset, "Joseph Votel") == {"Commander of U.S. Central Command"}


def test_two_posts_joined_by_and_are_both_held() -> None:
    dataset = extract(
        "He met the Minister of Defense, Colonel-General Sherali Mirzo; and 1st Deputy Minister and Chief of "
        "the General Staff, Lieutenant-General Emomali Sobirzoda."
    )
    assert posts_of(dataset, "Emomali Sobirzoda") == {"1st Deputy Minister", "Chief of the General Staff"}
    assert posts_of(dataset, "Sherali Mirzo") == {"Minister of Defense"}


def test_a_person_mentioned_who_took_no_part_is_a_person_but_no_participant() -> None:
    dataset = extract(
        "President Emomali Rahmon received Foreign Minister Li Wenhao of China in Dushanbe. "
        "Minister Li conveyed greetings from President Xi Jinping."
    )
    xi = person(dataset, "Xi Jinping")
    assert xi.country == "CN"
    assert all(p.agent != xi.id for e in dataset.engagements for p in e.participants)


def test_later_mentions_by_family_name_are_the_same_person() -> None:
    dataset = extract("General Joseph Votel arrived in Dushanbe. Votel met the minister. General Votel left.")
    assert [p.name for p in dataset.people] == ["Joseph Votel"]
    assert len(person(dataset, "Joseph Votel").evidence) == 3


def test_capitalised_words_without_an_anchor_are_not_people() -> None:
    dataset = extract("Border Security Cooperation Programme officials visited Central Asia on Monday.")
    assert dataset.people == ()


def test_names_with_initials_particles_hyphens_and_suffixes() -> None:
    dataset = extract("General Kenneth F. McKenzie Jr. met Ambassador Han Seung-woo and Minister Ahmad bin Saleh.")
    assert {p.name for p in dataset.people} == {"Kenneth F. McKenzie Jr.", "Han Seung-woo", "Ahmad bin Saleh"}


def test_a_counterpart_holds_the_same_post_in_their_own_state() -> None:
    dataset = extract(
        "Kyrgyz Defense Minister Colonel Baktybek Asanov received his Tajik counterpart, "
        "Colonel-General Sherali Mirzo, in Bishkek."
    )
    assert person(dataset, "Sherali Mirzo").country == "TJ"
    assert posts_of(dataset, "Sherali Mirzo") == {"Defense Minister"}


def test_the_first_rank_given_is_the_persons_not_a_later_shorter_one() -> None:
    dataset = extract("Lieutenant General Bakhtiyor Qodirov arrived. General Qodirov then left.")
    assert person(dataset, "Bakhtiyor Qodirov").rank == "lieutenant-general"


def test_an_envoys_rank_and_post_and_his_form_of_address() -> None:
    dataset = extract(
        "The president received the credentials of Ambassador Extraordinary and Plenipotentiary of the "
        "Republic of Korea to the Republic of Tajikistan, Mr. Han Seung-woo."
    )
    han = person(dataset, "Han Seung-woo")
    assert (han.rank, han.country) == ("ambassador-extraordinary-and-plenipotentiary", "KR")
    assert posts_of(dataset, "Han Seung-woo") == {"Ambassador Extraordinary and Plenipotentiary"}


def test_a_ceremonial_style_is_kept_as_written_with_its_evidence_and_is_neither_a_post_nor_a_name() -> None:
    text = (
        "The Founder of Peace and National Unity \u2013 Leader of the Nation, President of the Republic of "
        "Tajikistan Emomali Rahmon received Elbasy Nursultan Nazarbayev."
    )
    dataset = extract(text)
    assert [p.name for p in dataset.people] == ["Emomali Rahmon", "Nursultan Nazarbayev"]
    assert not any("Founder" in p.label or "Leader" in p.label for p in dataset.posts)
    rahmon = person(dataset, "Emomali Rahmon")
    assert rahmon.styles == ("Founder of Peace and National Unity \u2013 Leader of the Nation",)
    assert rahmon.styles[0] in [e.quote for e in rahmon.evidence]  # the style's own words, original dash kept
    assert posts_of(dataset, "Emomali Rahmon") == {"President"}
    assert person(dataset, "Nursultan Nazarbayev").styles == ("Elbasy",)


def test_a_person_without_a_style_has_none() -> None:
    assert person(extract("General Joseph Votel visited Tajikistan."), "Joseph Votel").styles == ()


def test_a_remit_after_a_post_of_an_institution_is_part_of_the_title() -> None:
    dataset = extract(
        "Minister Yerlan Kassymov met the EU Special Representative for Central Asia, Teresa Lindqvist, and "
        "the European Union's Special Envoy for the Middle East, Marc Dubois."
    )
    assert posts_of(dataset, "Teresa Lindqvist") == {"EU Special Representative for Central Asia"}
    assert posts_of(dataset, "Marc Dubois") == {"Special Envoy for the Middle East"}  # the possessor: its organization
    (envoy,) = [p for p in dataset.posts if p.label == "Special Envoy for the Middle East"]
    assert name_of(dataset, envoy.organization) == "European Union"
    assert "Asia" not in [p.name for p in dataset.people]


def _described(text: str) -> list[tuple[str, str]]:
    doc = Document(text)
    marks = Marks(doc)
    return [(doc.quote(span), p.name) for span, p in find_descriptions(marks, read_people(marks, doc.sentences))]


def test_an_acronym_of_a_post_names_its_holder() -> None:
    text = "Chief of Army Staff (COAS) General Tariq Aziz met Admiral Li Wen. The COAS thanked him."
    assert ("COAS", "Tariq Aziz") in _described(text)


def test_a_ministers_acronym_is_the_ministrys() -> None:
    # "MFA", "MoD": the initials of "Minister of ..." are those of the ministry too.
    assert _described("Minister of Foreign Affairs Ali Khan met Ambassador John Doe. The MFA said so.") == []
    assert _described("Minister of Defence Ali Khan met Ambassador John Doe. The MoD said so.") == []


def test_an_acronym_before_the_post_is_named_stands_for_no_one() -> None:
    assert _described("The COAS met Admiral Li Wen. Chief of Army Staff General Tariq Aziz spoke.") == []
