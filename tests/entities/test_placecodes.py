"""Tests for pipeline.entities.placecodes: a capital acronym that is a region's ISO 3166-2 code is
that region where the article names it or its country; golden cases in
tests/data/entities_placecodes_cases.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.entities import candidates as C
from pipeline.entities import grouping as G
from pipeline.entities import placecodes as PCD

DATA = Path(__file__).parent.parent / "data" / "entities_placecodes_cases.json"
CASES = json.loads(DATA.read_text())["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_coded_places(nlp, named_cands, case):
    doc = nlp(case["text"])
    ctx = C.DocCtx(doc)
    cands = named_cands(doc, case["body"], case["label"])
    others = [C.Cand(e.start, e.end, e.label_, "model", 1.0) for e in doc.ents if e.text != case["body"]]
    labels = {G.gkey(ctx, c): c.label for c in cands + others}
    PCD.coded_places(ctx, cands + others, labels, G.gkey)
    assert all(c.label == case["expect"] for c in cands)
