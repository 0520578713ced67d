"""One-word and short personal names joined to the full name they stand for (`namejoins`, `grouping`)."""

from __future__ import annotations

import pytest

from pipeline.entities import grouping as G
from pipeline.entities import namejoins as NJ
from tests.conftest import load_cases

CASES = load_cases("entities_cases.json")["name_joins"]


@pytest.mark.parametrize(("a", "b"), CASES["swapped"])
def test_swapped(a, b):
    assert NJ.swapped(a, b) and NJ.swapped(b, a)


@pytest.mark.parametrize(("a", "b"), CASES["not_swapped"])
def test_not_swapped(a, b):
    assert not NJ.swapped(a, b) and not NJ.swapped(b, a)


@pytest.mark.parametrize("case", CASES["surnames"])
def test_surname_joins_one_person(case):
    parent = dict(case["parent"])
    G._surnames([(k, t) for k, t in case["people"]], parent, set())
    joined = {k: v for k, v in parent.items() if k not in case["parent"]}
    assert joined == case["joined"]


@pytest.mark.parametrize("case", CASES["short_given"])
def test_short_given(case):
    people = [(k, t) for k, t in case["people"]]
    assert NJ.short_given(case["word"], people) == case["owners"]
