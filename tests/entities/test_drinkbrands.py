"""Tests for pipeline.entities.drinkbrands: a name right before a drink's or a smoke's noun is the
product; golden cases in tests/data/entities_drinkbrands_cases.json."""

from __future__ import annotations

import pytest

from pipeline.entities import drinkbrands as DB
from pipeline.entities import grouping as G
from tests.conftest import load_cases

CASES = load_cases("entities_drinkbrands_cases.json")["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_drink_brands(nlp, named_cands, voted, case):
    doc = nlp(case["text"])
    cands = named_cands(doc, case["body"], case["label"])
    ctx, labels = voted(DB.drink_brands, doc, cands)
    first = cands[0]
    assert first.label == case["expect"]
    assert labels[G.gkey(ctx, first)] == case["expect"]
    assert doc[first.start : first.end].text == case["expect_text"]
