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
