"""Tests for pipeline.entities.majorcities: a far larger city over a small namesake town in a
country the article names without setting the story there; golden cases in
tests/data/entities_majorcities_cases.json."""

from __future__ import annotations

from collections import Counter

import pytest

from pipeline.entities import majorcities as MC
from pipeline.entities.gazetteer import Place
from tests.conftest import load_cases
from tests.entities.sitecases import site_country

CASES = load_cases("entities_majorcities_cases.json")["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_major_city(case):
    assert site_country(case) == case["expect"]


TOWN = Place("Kelby", "city", "US", None, 1, 0.0, 0.0, 20_000)
CITY = Place("Kelby", "city", "NL", None, 2, 0.0, 0.0, 700_000)


@pytest.mark.parametrize(("context", "nations", "expect"), [
    (Counter({"US": 1}), Counter({"US": 1}), CITY),  # the country's own name only
    (Counter({"US": 4}), Counter({"US": 1}), TOWN),  # three towns of it, no other country
    (Counter({"US": 4, "FR": 2}), Counter({"US": 1}), CITY),  # not three times as often as France
])
def test_set_in(context, nations, expect):
    assert MC.major_city(TOWN, [TOWN, CITY], context, nations) is expect
