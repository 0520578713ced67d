"""Tests for pipeline.entities.surveyors: a one-word name after "a survey by", "research by" is the
firm that ran it, through the stage on texts whose model labels are set by hand; cases in
tests/data/entities_surveyors_cases.json, with cases that must not change."""

from __future__ import annotations

import pytest

from tests.conftest import load_cases
from tests.entities.handlabels import check_case

CASES = load_cases("entities_surveyors_cases.json")["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_survey_bodies(nlp, case):
    check_case(nlp, case)
