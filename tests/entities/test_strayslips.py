"""Tests for `pipeline.entities.strayslips.join` and the short later word of
`pipeline.entities.variants.body_spellings` through the stage, on texts whose model labels are set by
hand (cases in tests/data/entities_slips_cases.json, with negative cases)."""

from __future__ import annotations

import pytest

from pipeline.entities import strayslips as SS
from tests.conftest import load_cases
from tests.entities.handlabels import check_counts

CASES = load_cases("entities_slips_cases.json")["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_slips(nlp, case):
    check_counts(nlp, case)


def test_a_slip_is_one_letter_off_and_no_plural():
    assert SS._slip("dovranny", "dovrany")
    assert SS._slip("orvlae", "orvale")
    assert not SS._slip("marlows", "marlow")  # a plural, or a possessive cut short
    assert not SS._slip("kelbs", "kelb")  # too short a name to tell apart
