"""Tests for pipeline.entities.hyphenprefixes: a name cut after a prefix glued by a hyphen to its
first word is whole again, through the stage on hand-labelled texts (cases in
tests/data/entities_hyphenprefixes_cases.json, with negative cases)."""

from __future__ import annotations

import pytest

from tests.conftest import load_cases
from tests.entities.handlabels import check_counts

CASES = load_cases("entities_hyphenprefixes_cases.json")["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_prefixed_names(nlp, case):
    check_counts(nlp, case)
