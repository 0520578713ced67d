"""Tests for `pipeline.entities.placelists.listed_places` on texts whose candidates and votes are set
by hand (cases in tests/data/entities_placelists_cases.json, with negative cases): a name voted a
person or a body, listed with places or under a place's class noun, is a place."""

from __future__ import annotations

import pytest

from pipeline.entities import placelists as PLA
from tests.conftest import load_cases
from tests.entities.handlabels import check_relabelled

CASES = load_cases("entities_placelists_cases.json")["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_listed_places(nlp, case):
    check_relabelled(nlp, case, PLA.listed_places)
