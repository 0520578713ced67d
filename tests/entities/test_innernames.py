"""Tests for `pipeline.entities.innernames.join_inner` through the stage, on texts whose model labels
are set by hand (cases in tests/data/entities_innernames_cases.json, with negative cases), on
the session's whole pipeline (its word tables loaded as in a run)."""

from __future__ import annotations

import pytest

from tests.conftest import load_cases
from tests.entities.handlabels import check_case

CASES = load_cases("entities_innernames_cases.json")["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_inner_names(nlp, case):
    check_case(nlp, case)
