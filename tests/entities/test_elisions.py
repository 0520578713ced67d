"""Tests for `pipeline.entities.elisions.elided_names` through the stage, on texts whose model labels
are set by hand (cases in tests/data/entities_elisions_cases.json, with a quote's closing mark that
elides nothing), on the session's whole pipeline."""

from __future__ import annotations

import pytest

from tests.conftest import load_cases
from tests.entities.handlabels import check_case

CASES = load_cases("entities_elisions_cases.json")["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_elided_names(nlp, case):
    check_case(nlp, case)
