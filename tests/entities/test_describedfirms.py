"""Tests for pipeline.entities.describedfirms: a name the article describes as a business is a body
whatever thing or unknown place the vote made of it, through the stage on texts whose model labels
are set by hand; cases in tests/data/entities_describedfirms_cases.json, with cases that must not
change."""

from __future__ import annotations

import pytest

from tests.conftest import load_cases
from tests.entities.handlabels import check_case

CASES = load_cases("entities_describedfirms_cases.json")["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_described_firms(nlp, case):
    check_case(nlp, case)
