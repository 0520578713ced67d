"""Tests for pipeline.entities.namesakes: the person a shared bare surname stands for (the whole
stage's cases are golden cases in tests/data/entities_cases.json, run by test_stage.py)."""

from __future__ import annotations

import pytest

from pipeline.entities import namesakes as NS
from pipeline.entities.candidates import Cand
from tests.conftest import load_cases

CASES = load_cases("entities_cases.json")["namesakes"]


@pytest.mark.parametrize("case", CASES["main"])
def test_main_owner(case):
    by_key = {k: [Cand(s, s + 2, "PERSON") for s in starts] for k, starts in case["owners"].items()}
    assert NS.main_owner(by_key, list(by_key), lambda i: i >= 10) == case["main"]
