"""Statements: speech acts from their verbs, with actors resolved and hedges kept."""

from __future__ import annotations

from engagement_schema.extraction import extract
from tests.extraction.helpers import actors, statements

_RECEPTION = "President Emomali Rahmon received General Joseph Votel in Dushanbe. "


def test_verbs_of_the_vocabulary_give_the_act() -> None:
    dataset = extract(
        _RECEPTION + "Votel stressed border security. He praised the hospitality. The sides agreed to meet again."
    )
    assert {s.act for s in dataset.statements} == {"stressed", "commended", "agreed"}


def test_he_is_the_last_person_spoken_of_and_the_two_sides_the_parties() -> None:
    dataset = extract(_RECEPTION + "He thanked the hosts. The two sides discussed border security.")
    [thanked] = statements(dataset, "thanked")
    [discussed] = statements(dataset, "discussed")
    assert actors(dataset, thanked) == {"Emomali Rahmon"}
    assert actors(dataset, discussed) == {"Emomali Rahmon", "Joseph Votel"}
    assert discussed.topics == ("border-security",)


def test_a_passive_clause_is_the_parties_and_a_hedge_marks_it_reported() -> None:
    dataset = extract(
        _RECEPTION + "In the course of the talks, special attention was reportedly paid to drug trafficking."
    )
    [focus] = statements(dataset, "focused-on")
    assert actors(dataset, focus) == {"Emomali Rahmon", "Joseph Votel"}
    assert focus.reported is True
    assert focus.content.startswith("special attention")


def test_coordinated_verbs_are_two_statements_of_one_actor() -> None:
    dataset = extract(
        "General Joseph Votel visited Tajikistan. He thanked the Tajik government for hosting the conference "
        "on counter terrorism and detailed U.S. efforts to destroy terrorist strongholds."
    )
    [thanked] = statements(dataset, "thanked")
    [detailed] = statements(dataset, "detailed")
    assert actors(dataset, detailed) == {"Joseph Votel"}
    assert detailed.content == "detailed U.S. efforts to destroy terrorist strongholds"
    assert thanked.topics == ("counter-terrorism",)
    assert detailed.topics == ("counter-terrorism",)


def test_a_closing_attribution_is_no_part_of_what_was_said() -> None:
    dataset = extract(_RECEPTION + "Rahmon and Votel exchanged views on regional issues, the president's website said.")
    [views] = statements(dataset, "exchanged-views")
    assert views.content == "Rahmon and Votel exchanged views on regional issues"
    assert views.reported is False


def test_people_listed_after_with_are_addressees_and_close_the_content() -> None:
    dataset = extract(
        "General Joseph Votel visited Tajikistan. During his visit, he discussed common security issues with "
        "President Emomali Rahmon; and Minister of Defense, Colonel-General Sherali Mirzo."
    )
    [discussed] = statements(dataset, "discussed")
    assert discussed.content == "he discussed common security issues"
    assert {dataset.get(a).name for a in discussed.addressees} == {"Emomali Rahmon", "Sherali Mirzo"}  # type: ignore[attr-defined]


def test_nouns_of_the_verb_list_are_not_statements() -> None:
    dataset = extract(_RECEPTION + "The exchange of notes went well, thanks to the details of the plan.")
    assert dataset.statements == ()


def test_a_promise_of_aid_is_an_intent_to_provide_aid() -> None:
    dataset = extract("Japan will provide up to 500 million yen to Tajikistan for irrigation.")
    [intent] = statements(dataset, "expressed-intent-to-provide-aid")
    assert actors(dataset, intent) == {"Japan"}


def test_what_was_discussed_in_the_passive_is_the_parties_statement() -> None:
    dataset = extract(
        _RECEPTION + "During the meeting, issues of cooperation between Tajikistan and the United States in the "
        "field of security were discussed."
    )
    [discussed] = statements(dataset, "discussed")
    assert actors(dataset, discussed) == {"Emomali Rahmon", "Joseph Votel"}
    assert discussed.topics == ("security-cooperation",)


def test_what_follows_and_said_is_said_not_part_of_the_act_before() -> None:
    dataset = extract(
        "Major General Rajiv Menon thanked Minister Baktybek Asanaliev for the warm welcome and said that the army "
        "was ready to share its experience in peacekeeping."
    )
    (thanks,) = dataset.statements
    assert (thanks.act, thanks.topics) == ("thanked", ())
