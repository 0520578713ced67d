"""Tests for pipeline.entities.contestshows: programmes read from what their contestants do
("evicted from X", "voted off X", "X housemates", "the latest series of X") and their titles'
tails ("Castle Keep" of "Celebrity Castle Keep"), through the stage on texts whose model labels are
set by hand; cases in tests/data/entities_contestshows_cases.json, each cue with a negative case."""

from __future__ import annotations

import pytest

from tests.conftest import load_cases
from tests.entities.handlabels import check_texts

CASES = load_cases("entities_contestshows_cases.json")["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_contest_shows(nlp, case):
    check_texts(nlp, case)
