"""Tests for venues: names after a title-holder kept whole (pipeline.entities.titledvenues), a venue's
short form joined to it (pipeline.entities.venueshorts), a property named before "ranch"; golden
cases in tests/data/entities_venues_cases.json."""

from __future__ import annotations

import pytest

from tests.conftest import load_cases

CASES = load_cases("entities_venues_cases.json")["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_venues(entities_nlp, case):
    ents = entities_nlp(case["text"])._.entities
    found = {(e["name"], e["label"]) for e in ents}
    for name, label in case["expect"]:
        assert (name, label) in found, sorted(found)
    names = {e["name"] for e in ents}
    assert not names & set(case["absent"]), sorted(found)
    if "mentions" in case:
        name, texts = case["mentions"]
        held = next(e for e in ents if e["name"] == name)
        assert [m["text"] for m in held["mentions"]] == texts
