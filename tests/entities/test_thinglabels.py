"""Tests for pipeline.entities.thinglabels, namedclubs and the show appositions of apposedworks:
laws, codes, honours and shows the model takes for bodies, people or places, and a club's town word
a club's act governs (golden cases in tests/data/entities_thinglabels_cases.json)."""

from __future__ import annotations

import pytest

from tests.conftest import load_cases

CASES = load_cases("entities_thinglabels_cases.json")["cases"]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["why"])
def test_thing_label(entities_nlp, case):
    ents = {e["name"]: e for e in entities_nlp(case["text"])._.entities}
    assert case["name"] in ents, sorted(ents)
    ent = ents[case["name"]]
    assert ent["label"] == case["label"], ent
    if "count" in case:
        assert ent["count"] == case["count"], ent
    for alias in case.get("aliases", []):
        assert alias in ent["aliases"], ent
    for name in case.get("absent", []):
        assert name not in ents, sorted(ents)
    mentioned = {m["text"] for e in ents.values() for m in e["mentions"]}
    for name in case.get("none", []):
        assert name not in mentioned, sorted(ents)
