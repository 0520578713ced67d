"""Tests for `pipeline.entities.compasselisions.compass_elisions` through the stage, on texts whose
model labels are set by hand (cases in tests/data/entities_compasselisions_cases.json, with names a
compass word opens and bases that elide nothing), on the session's whole pipeline."""

from __future__ import annotations

import pytest

from tests.conftest import load_cases
from tests.entities.handlabels import check_texts

CASES = load_cases("entities_compasselisions_cases.json")["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_compass_elisions(nlp, case):
    check_texts(nlp, case)
