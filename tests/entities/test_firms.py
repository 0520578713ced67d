"""Tests for pipeline.entities.firms: company nouns (the whole stage's cases are golden cases in
tests/data/entities_cases.json, run by test_stage.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.entities import firms as FM

PATH = Path(__file__).parents[1] / "data" / "entities_cases.json"
CASES = json.loads(PATH.read_text("utf-8"))["firm_nouns"]


@pytest.mark.parametrize("word", CASES["firm"])
def test_firm_noun(word):
    assert FM.firm_noun(word)


@pytest.mark.parametrize("word", CASES["not_firm"])
def test_not_firm_noun(word):
    assert not FM.firm_noun(word)
