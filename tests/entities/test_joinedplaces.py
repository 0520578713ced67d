"""Tests for pipeline.entities.joinedplaces: a body's name joined to a place after a place's
preposition is a place; golden cases in tests/data/entities_joinedplaces_cases.json."""

from __future__ import annotations

import pytest

from pipeline.entities import grouping as G
from pipeline.entities import joinedplaces as JP
from tests.conftest import load_cases

CASES = load_cases("entities_joinedplaces_cases.json")["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_joined_places(nlp, named_cands, voted, case):
    doc = nlp(case["text"])
    body = named_cands(doc, case["body"], "ORG")
    place = named_cands(doc, case["place"], case["place_label"])
    ctx, labels = voted(JP.joined_places, doc, sorted(body + place, key=lambda c: c.start))
    assert labels[G.gkey(ctx, body[0])] == case["expect"]
