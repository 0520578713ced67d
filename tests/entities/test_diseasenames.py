"""Tests for pipeline.entities.diseasenames: a disease named by its head word ("Kelvin Fibrosis",
"Varga-Lind disease") or by an eponym's possessive standing alone ("no cure for Varga's") is one EVENT;
a body, a title, a shop or a person named with such words is left alone."""

from __future__ import annotations

import pytest

from tests.conftest import load_cases

CASES = load_cases("entities_diseasenames_cases.json")["cases"]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["why"])
def test_disease_names(entities_nlp, case):
    ents = {e["name"]: e for e in entities_nlp(case["text"])._.entities}
    found = sorted((n, e["label"]) for n, e in ents.items())
    for name, label in case["expect"].items():
        assert name in ents and ents[name]["label"] == label, (name, found)
    for name, count in case.get("count", {}).items():
        assert ents[name]["count"] == count, (name, ents[name]["mentions"])
    for name in case["absent"]:
        assert all(name != e["name"] and name not in e["aliases"] for e in ents.values()), (name, found)
    for name in case["not_event"]:
        assert name not in ents or ents[name]["label"] != "EVENT", (name, found)
