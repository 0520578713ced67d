"""Tests for the world gazetteer's look-ups (pipeline.entities.gazetteer)."""

from __future__ import annotations

import pytest

from pipeline.entities.gazetteer import world
from tests.conftest import load_cases

CASES = load_cases("entities_names_cases.json")


@pytest.mark.parametrize("case", CASES["accented"], ids=lambda c: c["written"])
def test_an_accented_spelling_finds_the_place(case):
    places = world().places
    assert case["written"] in places
    assert case["place"] in {p.name for p in places.get(case["written"], [])}
    assert places[case["written"]] == places.get(case["written"])
