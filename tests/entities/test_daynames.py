"""Tests for `pipeline.entities.calendarnames.plural_day` through the stage: a band named with a
weekday's plural before a member's noun is a name of its own and stays in the member's role (cases
in tests/data/entities_daynames_cases.json, with dates that stay dates), model labels set by hand."""

from __future__ import annotations

import pytest

from tests.conftest import load_cases
from tests.entities.handlabels import check_case

CASES = load_cases("entities_daynames_cases.json")["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_day_names(nlp, case):
    got = check_case(nlp, case)
    for name, role in case.get("roles", {}).items():
        assert got[name]["role"] == role, (name, got[name]["role"])
