"""Tests for pipeline.entities.drinkbrands: a name right before a drink's or a smoke's noun is the
product; golden cases in tests/data/entities_drinkbrands_cases.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.entities import candidates as C
from pipeline.entities import drinkbrands as DB
from pipeline.entities import grouping as G

DATA = Path(__file__).parent.parent / "data" / "entities_drinkbrands_cases.json"
CASES = json.loads(DATA.read_text())["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_drink_brands(nlp, named_cands, case):
    doc = nlp(case["text"])
    ctx = C.DocCtx(doc)
    cands = named_cands(doc, case["body"], case["label"])
    labels = {G.gkey(ctx, c): c.label for c in cands}
    DB.drink_brands(ctx, cands, labels, G.gkey)
    first = cands[0]
    assert first.label == case["expect"]
    assert labels[G.gkey(ctx, first)] == case["expect"]
    assert doc[first.start : first.end].text == case["expect_text"]
