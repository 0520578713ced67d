"""Tests for `pipeline.entities.nameparts.join_parts` through the stage, on texts whose model labels
are set by hand (cases in tests/data/entities_nameparts_cases.json, each with a negative case), on
the session's whole pipeline (its word tables loaded as in a run)."""

from __future__ import annotations

import pytest

from tests.conftest import load_cases
from tests.entities.handlabels import check_case

CASES = load_cases("entities_nameparts_cases.json")["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_name_parts(nlp, case):
    check_case(nlp, case)
