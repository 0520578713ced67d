"""Tests for pipeline.entities.lawnames: long names of laws and treaties read from their own words
("Directive on the X", "Abolition of the Y Bill"), whatever the model found, and a name the model ran
into one cut at it; days, bodies and forenames stay as they were."""

from __future__ import annotations

import pytest

from tests.conftest import load_cases

CASES = load_cases("entities_cases.json")


@pytest.mark.parametrize("case", CASES["law_names"], ids=lambda c: c["why"])
def test_law_names(nlp, case):
    ents = nlp(case["text"])._.entities
    got = {e["name"]: e["label"] for e in ents}
    for name, label in case["expect"].items():
        assert got.get(name) == label, got
    for name in case.get("absent", []):
        assert name not in got, got

