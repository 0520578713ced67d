"""Tests for players a sports report lists with a person (`sportpeople._listed`) through the stage,
on texts whose model labels are set by hand (cases in tests/data/entities_listedplayers_cases.json,
with a negative case)."""

from __future__ import annotations

import pytest

from tests.conftest import load_cases
from tests.entities.handlabels import check_case

CASES = load_cases("entities_listedplayers_cases.json")["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_listed_players(nlp, case):
    check_case(nlp, case)
