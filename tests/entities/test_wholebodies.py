"""Tests for bodies the model cut at a place before them (`placedbodies`) and newspapers named before
a paper's noun (`sources.noun_papers`), through the stage on texts whose model labels are set by
hand (cases in tests/data/entities_wholebodies_cases.json, each class with a negative case)."""

from __future__ import annotations

import pytest

from tests.conftest import load_cases
from tests.entities.handlabels import check_case

CASES = load_cases("entities_wholebodies_cases.json")["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_whole_bodies(nlp, case):
    check_case(nlp, case)
