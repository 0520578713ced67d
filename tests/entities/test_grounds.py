"""Tests for pipeline.entities.grounds: names that are no ground although a match's words stand near
(the grounds themselves are golden cases in tests/data/entities_cases.json, run by test_stage.py)."""

from __future__ import annotations

import pytest

from tests.conftest import load_cases

CASES = load_cases("entities_cases.json")["grounds"]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["why"])
def test_no_ground(entities_nlp, case):
    ents = {e["name"]: e for e in entities_nlp(case["text"])._.entities}
    assert case["name"] in ents, sorted(ents)
    assert ents[case["name"]]["label"] != "FAC"
