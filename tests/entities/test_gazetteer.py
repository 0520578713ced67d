"""Tests for the world gazetteer's look-ups (pipeline.entities.gazetteer)."""

from __future__ import annotations

import pytest

from pipeline.entities.gazetteer import given_genders, saints, world
from tests.conftest import load_cases

CASES = load_cases("entities_names_cases.json")


@pytest.mark.parametrize("case", CASES["accented"], ids=lambda c: c["written"])
def test_an_accented_spelling_finds_the_place(case):
    places = world().places
    assert case["written"] in places
    assert case["place"] in {p.name for p in places.get(case["written"], [])}
    assert places[case["written"]] == places.get(case["written"])


@pytest.mark.parametrize(("name", "sex"), [("james", "m"), ("mary", "f"), ("sara", "f"), ("donald", "m")])
def test_a_census_given_name_borne_by_one_sex_has_it(name, sex):
    assert given_genders()[name] == sex


def test_a_given_name_both_sexes_bear_has_none():
    assert "jessie" not in given_genders()


@pytest.mark.parametrize(
    ("key", "forms"),
    [
        ("st thomas", {"saint thomas", "saint-thomas", "st-thomas"}),
        ("saint-etienne", {"saint etienne", "st etienne", "st-etienne"}),
        ("sainte-foy", {"sainte foy", "ste foy", "ste-foy"}),
        ("stirling", set()),
    ],
)
def test_a_saints_name_has_its_other_spellings(key, forms):
    assert saints(key) == forms


@pytest.mark.parametrize(
    ("written", "country"),
    [("bombay", "IN"), ("bosnia", "BA"), ("fujian", "CN"), ("ruesselsheim", "DE"),
     ("darfur", "SD")],
)
def test_an_other_name_only_locates(written, country):
    """Exonyms, parts of names joined by "and", names without their generic word: geographic fields
    only, never a label."""
    gaz = world()
    assert written not in gaz.places and written not in gaz.label
    assert country in {p.country for p in gaz.aliases[written]}


@pytest.mark.parametrize(
    ("written", "kind", "code"),
    [("bavaria", "admin1", "DE-BY"), ("crete", "admin1", "GR-M"), ("catalonia", "admin1", "ES-CT"),
     ("normandy", "admin1", "FR-NOR"), ("seville", "city", "ES"), ("kiev", "city", "UA")],
)
def test_english_names_of_subdivisions_are_places(written, kind, code):
    """ISO 3166-2's English names (iso3166-2 package) label like local names; a province's namesake
    city ("Seville" of Sevilla province) is the city its alternate names already located."""
    places = world().places[written]
    assert [(p.kind, p.code or p.country) for p in places] == [(kind, code)]
    assert written not in world().label


def test_english_names_that_are_given_names_or_nicknames_only_locate_or_are_dropped():
    gaz = world()
    assert "brittany" not in gaz.places and any(p.code == "FR-BRE" for p in gaz.located["brittany"])
    assert "gopher state" not in gaz.places and "gopher state" not in gaz.located  # a US nickname
    for word in ("white", "big apple", "southwest", "continental"):  # Alba, Almaty, Sud-Ouest, ...
        assert word not in gaz.places


def test_english_speaking_countries_cities_lend_no_alternate_names():
    assert "twickenham" not in world().aliases  # an old name of Huntsville, Alabama: a London district


def _item(name: str) -> dict:
    return {"name": name, "aliases": [], "label": "GPE", "count": 1, "mentions": [{"start": 0, "end": 1}]}


def test_a_region_named_after_subdivisions_needs_its_country_in_the_article():
    from pipeline.entities import geo

    alone = [_item("Highlands"), _item("Inverness"), _item("Aberdeen")]  # PNG's "Eastern Highlands"
    geo.locate(alone)
    assert alone[0]["country"] is None and alone[1]["country"] == "GB"
    darfur = [_item("Darfur"), _item("Khartoum")]
    geo.locate(darfur)
    assert darfur[0]["country"] == "SD" and darfur[0]["geonames_id"] is None


def test_a_region_across_two_countries_has_none():
    from pipeline.entities import geo

    items = [_item("Kashmir"), _item("India")]
    geo.locate(items)
    assert items[0]["country"] is None


def test_a_name_of_several_towns_of_one_country_has_that_country():
    from pipeline.entities import geo

    items = [_item("Hollywood")]  # two US cities: the country, not a GeoNames id
    geo.locate(items)
    assert (items[0]["country"], items[0]["geonames_id"]) == ("US", None)
    villages = [_item("Hyde Park")]  # only small towns: more likely some other place of the name
    geo.locate(villages)
    assert villages[0]["country"] is None


@pytest.mark.parametrize(
    ("written", "code"), [("chechnya", "RU-CE"), ("tibet", "CN-XZ"), ("crimea", "UA-43")]
)
def test_a_country_alias_naming_a_subdivision_is_that_subdivision(written, code):
    """A trusted name of a country's part takes the part's code, never the country's GeoNames id."""
    gaz = world()
    assert [(p.kind, p.code, p.geonames_id) for p in gaz.places[written]] == [("admin1", code, None)]
    assert gaz.label[written] == "GPE"


@pytest.mark.parametrize("written", ["kuwait", "san marino", "russia"])
def test_a_countrys_own_name_stays_the_country(written):
    assert any(p.kind == "country" for p in world().places[written])
