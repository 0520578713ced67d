"""Tests for pipeline.entities.variants: words one letter apart (the whole stage's cases are golden
cases in tests/data/entities_cases.json, run by test_stage.py)."""

from __future__ import annotations

import pytest

from pipeline.entities import variants as VR
from tests.conftest import load_cases

CASES = load_cases("entities_cases.json")["spelling_slips"]


@pytest.mark.parametrize(("a", "b"), CASES["one_off"])
def test_one_off(a, b):
    assert VR.one_off(a, b) and VR.one_off(b, a)


@pytest.mark.parametrize(("a", "b"), CASES["not_one_off"])
def test_not_one_off(a, b):
    assert not VR.one_off(a, b) and not VR.one_off(b, a)
