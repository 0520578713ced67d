"""Tests for pipeline.entities.joinedplaces: a body's name joined to a place after a place's
preposition is a place; golden cases in tests/data/entities_joinedplaces_cases.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.entities import candidates as C
from pipeline.entities import grouping as G
from pipeline.entities import joinedplaces as JP

DATA = Path(__file__).parent.parent / "data" / "entities_joinedplaces_cases.json"
CASES = json.loads(DATA.read_text())["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_joined_places(nlp, named_cands, case):
    doc = nlp(case["text"])
    ctx = C.DocCtx(doc)
    body = named_cands(doc, case["body"], "ORG")
    place = named_cands(doc, case["place"], case["place_label"])
    cands = sorted(body + place, key=lambda c: c.start)
    labels = {G.gkey(ctx, c): c.label for c in cands}
    JP.joined_places(ctx, cands, labels, G.gkey)
    assert labels[G.gkey(ctx, body[0])] == case["expect"]
