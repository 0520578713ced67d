"""Tests for `pipeline.entities.quotednicknames.quoted_nicknames` through the stage, on texts whose
model labels are set by hand (cases in tests/data/entities_quotednicknames_cases.json)."""

from __future__ import annotations

import pytest

from tests.conftest import load_cases
from tests.entities.handlabels import check_case

CASES = load_cases("entities_quotednicknames_cases.json")["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_quoted_nicknames(nlp, case):
    check_case(nlp, case)
