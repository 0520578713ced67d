"""Tests for `pipeline.entities.shortforms.short_forms` through the stage, on texts whose model labels
are set by hand (cases in tests/data/entities_shortforms_cases.json, with negative cases), on the
session's whole pipeline (its word tables loaded as in a run)."""

from __future__ import annotations

import pytest

from tests.conftest import load_cases
from tests.entities.handlabels import check_counts

CASES = load_cases("entities_shortforms_cases.json")["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_short_forms(nlp, case):
    check_counts(nlp, case)
