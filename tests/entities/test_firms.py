"""Tests for pipeline.entities.firms: company nouns (the whole stage's cases are golden cases in
tests/data/entities_cases.json, run by test_stage.py)."""

from __future__ import annotations

import pytest

from pipeline.entities import firms as FM
from tests.conftest import load_cases
from tests.entities.handlabels import check_case

CASES = load_cases("entities_cases.json")["firm_nouns"]


@pytest.mark.parametrize("word", CASES["firm"])
def test_firm_noun(word):
    assert FM.firm_noun(word)


@pytest.mark.parametrize("word", CASES["not_firm"])
def test_not_firm_noun(word):
    assert not FM.firm_noun(word)


TRADE = load_cases("entities_tradenouns_cases.json")["cases"]


@pytest.mark.parametrize("case", TRADE, ids=[c["name"] for c in TRADE])
def test_trade_nouns(nlp, case):
    check_case(nlp, case)
