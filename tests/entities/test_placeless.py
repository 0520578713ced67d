"""Tests for pipeline.entities.placeless: a name voted GPE that no gazetteer knows and no mention
places takes its body's or person's evidence, through the stage on texts whose model labels are set
by hand; cases in tests/data/entities_placeless_cases.json, with cases that must not change."""

from __future__ import annotations

import pytest

from tests.conftest import load_cases
from tests.entities.handlabels import check_case

CASES = load_cases("entities_placeless_cases.json")["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_placeless_names(nlp, case):
    check_case(nlp, case)
