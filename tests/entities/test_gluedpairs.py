"""Tests for two names the model ran into one span across a preposition or a possessive
(gluedpairs), through the stage on texts whose model labels are set by hand (cases in
tests/data/entities_gluedpairs_cases.json, each class with a negative case)."""

from __future__ import annotations

import pytest

from tests.conftest import load_cases
from tests.entities.handlabels import check_texts

CASES = load_cases("entities_gluedpairs_cases.json")["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_glued_pairs(nlp, case):
    check_texts(nlp, case)
