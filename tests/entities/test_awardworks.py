"""Tests for pipeline.entities.prizeheads and apposedworks: a prize counted and given "for best"
something ("an X for best screenplay") and a show named with its actress ("X's actress") are works."""

from __future__ import annotations

import pytest

from tests.conftest import load_cases

CASES = load_cases("entities_cases.json")


@pytest.mark.parametrize("case", CASES["award_works"], ids=lambda c: c["why"])
def test_award_works(nlp, case):
    """Prizes and shows read from the words around them (`prizeheads`, `apposedworks`)."""
    got = {e["name"]: e["label"] for e in nlp(case["text"])._.entities}
    for name, label in case["expect"].items():
        assert got.get(name) == label, got
