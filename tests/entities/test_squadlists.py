"""Tests for team sheets and squad lists written with slips (sheetmends, sheets): golden cases run
through the entities stage, and the line mending on its own."""

from __future__ import annotations

import pytest

from pipeline.entities import sheetmends as SM
from tests.conftest import load_cases
from tests.entities.test_stage import check_golden

CASES = load_cases("entities_squad_cases.json")


@pytest.mark.parametrize("case", CASES["cases"], ids=lambda c: c["name"][:60])
def test_squad_lists(entities_nlp, case):
    check_golden(case["text"], entities_nlp(case["text"])._.entities, case)


@pytest.mark.parametrize("case", CASES["mend"], ids=lambda c: c["line"][:40])
def test_mend_keeps_length(case):
    mended = SM.mend(case["line"])
    assert mended == case["expect"]
    assert len(mended) == len(case["line"])
