"""Tests for clubs in sports reports told by their own names: a club's capital mark and a
competition's body (clubmarks), a club taken for its ground (clubgrounds), a club named by a town
and a people (peopleclubs), a club's clipped short form (clubwords.clips)."""

from __future__ import annotations

import pytest

from pipeline.entities import clubwords as CW
from tests.conftest import load_cases
from tests.entities.test_stage import check_golden

CASES = load_cases("entities_sport_clubs_cases.json")


@pytest.mark.parametrize("case", CASES["cases"], ids=lambda c: c["name"])
def test_sport_clubs(entities_nlp, case):
    check_golden(case["text"], entities_nlp(case["text"])._.entities, case)


@pytest.mark.parametrize("case", CASES["clips"], ids=lambda c: f"{c[0]}-{c[1]}")
def test_clips(case):
    short, name, clipped = case
    assert CW.clips(short, name) is clipped
