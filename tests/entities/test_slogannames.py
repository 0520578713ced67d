"""Tests for pipeline.entities.slogannames: a campaign's name shaped as a slogan ("Halt X Bypass")
that the article treats as an actor is one body at every mention, through the stage on texts whose
model labels are set by hand; cases in tests/data/entities_slogannames_cases.json, with cases that
must not change."""

from __future__ import annotations

import pytest

from tests.conftest import load_cases
from tests.entities.handlabels import check_texts

CASES = load_cases("entities_slogannames_cases.json")["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_slogan_names(nlp, case):
    check_texts(nlp, case)
