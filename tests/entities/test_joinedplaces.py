"""Tests for pipeline.entities.joinedplaces: a body's name joined to a place after a place's
preposition is a place; golden cases in tests/data/entities_joinedplaces_cases.json."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from pipeline.entities import candidates as C
from pipeline.entities import grouping as G
from pipeline.entities import joinedplaces as JP

DATA = Path(__file__).parent.parent / "data" / "entities_joinedplaces_cases.json"
CASES = json.loads(DATA.read_text())["cases"]


def _cands(doc, name: str, label: str) -> list[C.Cand]:
    out = []
    for m in re.finditer(rf"\b{name}\b", doc.text):
        span = doc.char_span(m.start(), m.end())
        out.append(C.Cand(span.start, span.end, label, "model", 1.0))
    return out


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_joined_places(nlp, case):
    doc = nlp(case["text"])
    ctx = C.DocCtx(doc)
    body = _cands(doc, case["body"], "ORG")
    place = _cands(doc, case["place"], case["place_label"])
    cands = sorted(body + place, key=lambda c: c.start)
    labels = {G.gkey(ctx, c): c.label for c in cands}
    JP.joined_places(ctx, cands, labels, G.gkey)
    assert labels[G.gkey(ctx, body[0])] == case["expect"]
