"""Tests for `pipeline.entities.officerowners.officer_owners` through the stage, on texts whose model
labels are set by hand (cases in tests/data/entities_officerowners_cases.json, with dictionary words
and officers named by no person that stay no name)."""

from __future__ import annotations

import pytest

from tests.conftest import load_cases
from tests.entities.handlabels import check_case

CASES = load_cases("entities_officerowners_cases.json")["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_officer_owners(nlp, case):
    got = check_case(nlp, case)
    for name, role in case.get("roles", {}).items():
        assert got[name]["role"] == role, (name, got[name]["role"])
