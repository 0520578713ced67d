"""Tests for the first word of a two-word organisation standing alone for it (`pipeline.entities.
repeats`, `_first_words` and its sentence-opening rules) through the stage, on texts whose model
labels are set by hand (cases in tests/data/entities_firstwords_cases.json, with negative cases)."""

from __future__ import annotations

import pytest

from tests.conftest import load_cases
from tests.entities.handlabels import check_counts

CASES = load_cases("entities_firstwords_cases.json")["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_first_words(nlp, case):
    check_counts(nlp, case)
