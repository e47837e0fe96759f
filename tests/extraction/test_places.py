"""Places: countries by name, official name and demonym, cities, regions, datelines."""

from __future__ import annotations

from pathlib import Path

import pytest

from engagement_schema import extraction
from engagement_schema.extraction import extract
from engagement_schema.extraction.places import dateline, gazetteer
from engagement_schema.extraction.text import Document
from tests.extraction.helpers import place_name

TOWNS = Path(extraction.__file__).parent / "towns.tsv"


def _found(text: str) -> list[tuple[str, str, str | None, bool]]:
    doc = Document(text)
    return [(doc.quote(m.span), m.place.name, m.place.country, m.adjective) for m in gazetteer().find(doc)]


def test_countries_by_name_official_name_and_demonym() -> None:
    assert _found("the Republic of Tajikistan, Uzbek troops and U.S. officials") == [
        ("Republic of Tajikistan", "Tajikistan", "TJ", False),
        ("Uzbek", "Uzbekistan", "UZ", True),
        ("U.S.", "United States", "US", True),
    ]


def test_country_names_are_matched_as_written_not_in_lower_case() -> None:
    assert _found("they will turkey-trot in china") == []
    assert [name for _, name, _, _ in _found("Turkey and China")] == ["Turkey", "China"]


def test_cities_carry_their_country_and_datelines_their_capitals() -> None:
    assert _found("DUSHANBE, June 3 - talks in Khujand") == [
        ("DUSHANBE", "Dushanbe", "TJ", False),
        ("Khujand", "Khujand", "TJ", False),
    ]


def test_regions_by_name_and_adjective() -> None:
    found = _found("the Central Asian states and Central Asia")
    assert [(quote, name) for quote, name, _, _ in found] == [
        ("Central Asian", "Central Asia"),
        ("Central Asia", "Central Asia"),
    ]
    assert "TJ" in gazetteer().regions["Central Asia"].members


def test_pycountry_names_without_a_listed_alias_are_known() -> None:
    assert _found("Mongolia and Kyrgyzstan")[0][1:3] == ("Mongolia", "MN")


def test_dateline_is_a_city_opening_the_report() -> None:
    doc = Document("Minister visits\n\nBishkek, May 26 (Kabar) - The minister arrived.")
    found = dateline(doc, gazetteer().find(doc))
    assert found is not None
    assert found.place.name == "Bishkek"
    doc = Document("The minister arrived in Bishkek, the capital.")
    assert dateline(doc, gazetteer().find(doc)) is None


def test_a_currency_and_an_institution_name_are_not_places() -> None:
    dataset = extract(
        "President Shavkat Mirziyoyev received the Secretary General of the Shanghai Cooperation Organisation "
        "Nurlan Seitkali in Tashkent. The World Bank has committed US$9.5 billion to Uzbekistan."
    )
    assert sorted(p.name for p in dataset.places) == ["Tashkent", "Uzbekistan"]
    (reception,) = dataset.engagements
    assert place_name(dataset, reception) == "Tashkent"


def test_a_city_before_region_names_the_province_not_the_city() -> None:
    dataset = extract("General Ali Aliev inspected border posts in the Batken region and met officials in Almaty.")
    assert [p.name for p in dataset.places if p.kind == "city"] == ["Almaty"]


def test_the_gazetteer_knows_capitals_ports_and_regional_centres_beyond_central_asia() -> None:
    found = {m.place.name for m in gazetteer().find(Document("Visits to Duqm, Rawalpindi, Gwadar and Lusaka."))}
    assert found == {"Duqm", "Rawalpindi", "Gwadar", "Lusaka"}


@pytest.mark.parametrize(
    "line",
    ["ISLAMABAD: The minister arrived.", "DUSHANBE 10 May (Khovar) The minister arrived.", "Tashkent / May 10 /"],
)
def test_datelines_of_other_house_styles(line: str) -> None:
    doc = Document(f"Minister visits\n\n{line} He met the President.")
    found = dateline(doc, gazetteer().find(doc))
    assert found is not None
    assert found.place.kind == "city"


def test_a_wire_dateline_below_a_release_heading() -> None:
    doc = Document(
        "World Food Programme\nNews release\n\nWFP and ministry agree roadmap\n\nBISHKEK, 5 September 2023 – "
        "The WFP and the Ministry of Education today signed a roadmap for the school meals programme."
    )
    found = dateline(doc, gazetteer().find(doc))
    assert found is not None
    assert found.place.name == "Bishkek"


def test_every_town_is_in_a_state_the_gazetteer_knows() -> None:
    """A town of a territory with no ISO 3166-1 code (GeoNames' "XK") once made `extract`
    fail with a KeyError when a report named it: no record can name its state."""
    rows = (TOWNS.read_text(encoding="utf-8")).splitlines()
    codes = {line.split("\t")[1] for line in rows if line and not line.startswith("#")}
    assert codes <= set(gazetteer().countries)


def test_a_report_datelined_in_a_town_outside_the_iso_list_is_read() -> None:
    text = "PRISTINA, 5 May 2024 - Minister Ardit Kola met the Ambassador of Austria, Eva Bauer, in Pristina."
    dataset = extract(text, published="2024-05-05")
    assert [p.name for p in dataset.people] == ["Ardit Kola", "Eva Bauer"]
