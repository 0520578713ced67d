"""Tests for pipeline.entities.placecodes: a capital acronym that is a region's ISO 3166-2 code is
that region where the article names it or its country; golden cases in
tests/data/entities_placecodes_cases.json."""

from __future__ import annotations

import pytest

from pipeline.entities import candidates as C
from pipeline.entities import placecodes as PCD
from tests.conftest import load_cases

CASES = load_cases("entities_placecodes_cases.json")["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_coded_places(nlp, named_cands, voted, case):
    doc = nlp(case["text"])
    cands = named_cands(doc, case["body"], case["label"])
    others = [C.Cand(e.start, e.end, e.label_, "model", 1.0) for e in doc.ents if e.text != case["body"]]
    voted(PCD.coded_places, doc, cands + others)
    assert all(c.label == case["expect"] for c in cands)
