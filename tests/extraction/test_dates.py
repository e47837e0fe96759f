"""Dates: the forms reports write, and the day each names, resolved against a reference."""

from __future__ import annotations

import pytest

from engagement_schema.extraction.dates import find_dates, reference_date, resolve
from engagement_schema.extraction.text import Document


def _resolved(text: str, published: str | None = None) -> list[tuple[str, str | None, bool]]:
    doc = Document(text)
    dates = find_dates(doc)
    reference = reference_date(doc, dates, published)
    found = []
    for mention in dates:
        value = resolve(doc, mention, reference)
        if value is not None:
            found.append((value.start, value.end, value.method is not None))
    return found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They met on June 15, 2018.", ("2018-06-15", None, False)),
        ("They met on 15 June 2016.", ("2016-06-15", None, False)),
        ("They met on 15th of June 2016.", ("2016-06-15", None, False)),
        ("They met on 15.06.2016.", ("2016-06-15", None, False)),
        ("They met on 2016-06-15.", ("2016-06-15", None, False)),
        ("The visit lasts from 14 to 16 June 2016.", ("2016-06-14", "2016-06-16", False)),
        ("The visit lasts June 14-16, 2016.", ("2016-06-14", "2016-06-16", False)),
        ("The reform began in June 2016.", ("2016-06", None, False)),
    ],
)
def test_dates_written_whole_need_no_derivation(text: str, expected: tuple[str, str | None, bool]) -> None:
    assert _resolved(text) == [expected]


def test_a_day_without_year_takes_the_publication_year_and_says_so() -> None:
    assert _resolved("He was received on May 11.", "2018-05-14") == [("2018-05-11", None, True)]


def test_december_in_a_january_report_is_last_year() -> None:
    assert _resolved("The talks were held on December 28.", "2019-01-04") == [("2018-12-28", None, True)]


def test_the_year_follows_from_years_counted_since_a_year() -> None:
    doc = Document("With 26 years of engagement, the partnership grows. Since 1992, aid has flowed.")
    reference = reference_date(doc, find_dates(doc), None)
    assert reference is not None
    assert reference.year == 2018
    assert len(reference.evidence) == 2


def test_weekdays_are_the_last_such_day_before_publication() -> None:
    # 2019-03-14 was a Thursday.
    assert _resolved("He arrived on Tuesday.", "2019-03-14") == [("2019-03-12", None, True)]
    assert _resolved("He arrived on Thursday.", "2019-03-14") == [("2019-03-14", None, True)]
    assert _resolved("He arrived last Thursday.", "2019-03-14") == [("2019-03-07", None, True)]


@pytest.mark.parametrize("name", ["Marsh", "Mayor Lal", "Junaid", "Augustin"])
def test_a_weekday_before_a_name_starting_like_a_month_is_a_date(name: str) -> None:
    # "On Thursday, Marsh ..." once read "Mar" as the month of "Thursday, March 5".
    assert _resolved(f"On Thursday, {name} met the delegation.", "2019-03-14") == [("2019-03-14", None, True)]


def test_a_weekday_before_its_month_and_day_gives_way_to_them() -> None:
    assert _resolved("On Thursday, Mar. 7, they met.", "2019-03-14") == [("2019-03-07", None, True)]


@pytest.mark.parametrize(
    ("text", "published", "start"),
    [
        ("They met on April 23. On the 24th, he was received.", "2024-04-26", "2024-04-24"),
        ("They met on 30 May. On the 2nd, they left.", "2024-06-10", "2024-06-02"),
        ("He came in June 2024. On the 12th he left.", "2024-07-01", "2024-06-12"),
        ("On the 24th, he was received.", "2024-04-26", "2024-04-24"),
        ("On the 28th, he was received.", "2024-04-26", "2024-03-28"),
    ],
)
def test_a_day_of_the_month_alone_is_of_the_month_told_before(text: str, published: str, start: str) -> None:
    assert _resolved(text, published)[-1] == (start, None, True)


@pytest.mark.parametrize("text", ["The 5th session opened on the 25th anniversary.", "He spoke on the 21st century."])
def test_ordinals_before_other_nouns_are_no_days(text: str) -> None:
    assert _resolved(text, "2024-04-26") == []


@pytest.mark.parametrize("aside", ["the visit, which began on Tuesday,", "Mr. Lee, who arrived on Tuesday,"])
def test_days_counted_from_before_skip_a_day_told_in_an_aside(aside: str) -> None:
    text = f"They met on Wednesday. It was during {aside} in May. Later in the day, they signed."
    assert _resolved(text, "2024-09-05")[-1] == ("2024-09-04", None, True)


def test_on_the_eve_is_the_day_before_the_day_told() -> None:
    assert _resolved("Talks were held on 18 January. He had arrived on the eve.", "2024-01-20")[-1] == (
        "2024-01-17",
        None,
        True,
    )
    assert len(_resolved("Talks were held on 18 January, on the eve of the summit.", "2024-01-20")) == 1


@pytest.mark.parametrize(("words", "start"), [("The following morning", "2024-09-23"), ("That evening", "2024-09-22")])
def test_parts_of_the_day_count_from_the_day_told_before(words: str, start: str) -> None:
    text = f"He arrived in Hanoi on 22 September. {words}, he held talks."
    assert _resolved(text, "2024-09-25")[-1] == (start, None, True)


def test_a_day_counted_from_a_day_of_the_month_alone() -> None:
    text = "They met on April 23. On the 24th, he was received. The same day, he left."
    assert _resolved(text, "2024-04-26")[-1] == ("2024-04-24", None, True)


def test_weekdays_of_announced_events_are_the_next_such_day() -> None:
    assert _resolved("He will arrive on Tuesday.", "2019-03-14") == [("2019-03-19", None, True)]


@pytest.mark.parametrize(("word", "day"), [("Today", "2023-02-08"), ("Yesterday", "2023-02-07")])
def test_relative_days_count_from_the_publication_date(word: str, day: str) -> None:
    assert _resolved(f"{word}, the ministers met.", "2023-02-08") == [(day, None, True)]


def test_without_a_reference_incomplete_dates_are_left_out() -> None:
    assert _resolved("They met on Tuesday, on May 11 and today.") == []


def test_impossible_dates_are_not_dates() -> None:
    assert _resolved("Figures of 31.02.2016 and 45.13.2016 were cited.") == []


def test_a_dateline_date_is_the_reference_for_the_rest() -> None:
    assert _resolved("Dushanbe, 15.06.2016. Today the president received him.")[1] == ("2016-06-15", None, True)


def _engagement_start(text: str, published: str) -> str | None:
    from engagement_schema.extraction import extract

    (engagement,) = extract(text, published=published).engagements
    return engagement.start


@pytest.mark.parametrize(
    ("text", "published", "start"),
    [
        # Filed on the 25th, published on the 26th: "today" is the day filed.
        ("YEREVAN, May 25. President Nikol Pashinyan received today Minister Guido Rossi.", "2023-05-26", "2023-05-25"),
        # 2023-05-22 was a Monday: "on Tuesday" counts back from the dateline, not from Friday.
        (
            "YEREVAN, May 24 - President Nikol Pashinyan received Minister Guido Rossi on Tuesday.",
            "2023-05-26",
            "2023-05-23",
        ),
        # Filed the day it was published: the same either way.
        ("YEREVAN, May 26. President Nikol Pashinyan received today Minister Guido Rossi.", "2023-05-26", "2023-05-26"),
        # A date weeks before publication is no filing day: "today" is the publication date.
        ("YEREVAN, April 2. President Nikol Pashinyan received today Minister Ali Rossi.", "2023-05-26", "2023-05-26"),
        # A dateline's own date gives way to the event's in the same sentence.
        (
            "MANAMA, Bahrain, 10 January 2019 - President Ali Hamad received Minister Guido Rossi on 9 January.",
            "2019-01-12",
            "2019-01-09",
        ),
        # A date opening a sentence without a city before it is the event's, not a dateline.
        ("On 22.05.2023, President Nikol Pashinyan received Minister Guido Rossi.", "2023-05-26", "2023-05-22"),
    ],
)
def test_today_and_weekdays_count_from_the_datelines_day(text: str, published: str, start: str) -> None:
    assert _engagement_start(text, published) == start
