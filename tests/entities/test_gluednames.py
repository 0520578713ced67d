"""Tests for names the model glued to their neighbours or cut at punctuation, through the stage on
texts whose model labels are set by hand (cases in tests/data/entities_glued_cases.json, each
class with a negative case)."""

from __future__ import annotations

import pytest

from tests.conftest import load_cases
from tests.entities.handlabels import check_texts

CASES = load_cases("entities_glued_cases.json")["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_glued_names(nlp, case):
    check_texts(nlp, case)
