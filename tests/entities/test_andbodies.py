"""Tests for `pipeline.entities.andbodies.join_and_bodies` through the stage, on texts whose model
labels are set by hand (cases in tests/data/entities_andbodies_cases.json, with negative cases)."""

from __future__ import annotations

import pytest

from tests.conftest import load_cases
from tests.entities.handlabels import check_case

CASES = load_cases("entities_andbodies_cases.json")["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_and_bodies(nlp, case):
    check_case(nlp, case)
