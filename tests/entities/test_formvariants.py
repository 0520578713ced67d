"""Tests for one entity written two ways (`pipeline.entities.shortforms`: an event's name in the plural,
a colloquial nationality word opening a name: `peoplewords`) through the stage, on texts whose model
labels are set by hand (cases in tests/data/entities_formvariants_cases.json, with negative cases)."""

from __future__ import annotations

import pytest

from pipeline.entities import peoplewords as PW
from tests.conftest import load_cases
from tests.entities.handlabels import check_counts

CASES = load_cases("entities_formvariants_cases.json")["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_form_variants(nlp, case):
    check_counts(nlp, case)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [("aussie", "australian", True), ("austrian", "australian", False), ("english", "british", False)],
)
def test_same_people(a, b, same):
    assert PW.same_people(a, b) is same
