"""Tests for pipeline.entities.unitheads: a name headed by an administrative unit's noun is a
place; golden cases in tests/data/entities_unitheads_cases.json."""

from __future__ import annotations

import pytest

from pipeline.entities import grouping as G
from pipeline.entities import unitheads as UH
from tests.conftest import load_cases

CASES = load_cases("entities_unitheads_cases.json")["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_unit_heads(nlp, named_cands, voted, case):
    doc = nlp(case["text"])
    cands = named_cands(doc, case["body"], case["label"])
    ctx, labels = voted(UH.unit_heads, doc, cands)
    assert all(c.label == case["expect"] for c in cands)
    assert labels[G.gkey(ctx, cands[0])] == case["expect"]


def test_unit_words():
    """The heads come from ISO 3166-2's subdivision kinds, with plurals; no body's head."""
    words = UH.unit_words()
    assert {"State", "Province", "Districts", "Constituency", "Counties", "Parishes"} <= words
    assert not words & {"Department", "Council", "City", "Area"}
