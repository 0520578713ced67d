"""Tests for `biopics.biopic_subjects`: the name right before "biopic" is a person on every mention;
cases in tests/data/entities_biopics_cases.json, run after the vote on names labelled by hand."""

from __future__ import annotations

import pytest

from pipeline.entities.biopics import biopic_subjects
from tests.conftest import load_cases
from tests.entities.handlabels import check_relabelled

CASES = load_cases("entities_biopics_cases.json")["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["why"] for c in CASES])
def test_biopic_subjects(nlp, case):
    check_relabelled(nlp, case, biopic_subjects)
