"""Tests for pipeline.entities.topiccountries: a country qualifying a noun ("the Ostria war") does
not put an unplaced site of its sentence in that country; golden cases in
tests/data/entities_topiccountries_cases.json."""

from __future__ import annotations

import pytest

from pipeline.entities import topiccountries as TC
from tests.conftest import load_cases
from tests.entities.sitecases import site_country

CASES = load_cases("entities_topiccountries_cases.json")["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_site_country(case):
    assert site_country(case) == case["expect"]


@pytest.mark.parametrize(("text", "name", "expect"), [
    ("the Ostria war", "Ostria", True),
    ("an Ostria inquiry began", "Ostria", True),
    ("the Ostria said no", "Ostria", False),
    ("the Ostria is small", "Ostria", False),
    ("in Ostria today", "Ostria", False),
])
def test_topical(text, name, expect):
    start = text.index(name)
    assert TC.topical(text, start, start + len(name)) is expect
