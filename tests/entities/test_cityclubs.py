"""Tests for pipeline.entities.cityclubs: a known city that a club's words make its club in a sports
report, and a city a council's words leave a place."""

from __future__ import annotations

import pytest

from tests.conftest import load_cases

CASES = load_cases("entities_cityclubs_cases.json")["cases"]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["why"])
def test_city_club(entities_nlp, case):
    ents = {e["name"]: e for e in entities_nlp(case["text"])._.entities}
    assert case["name"] in ents, sorted(ents)
    assert ents[case["name"]]["label"] == case["label"], ents[case["name"]]
    if "count" in case:
        assert ents[case["name"]]["count"] == case["count"], ents[case["name"]]
