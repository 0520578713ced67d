"""Tests for entities.gametitles (games' titles taken for people, bodies or places),
entities.techstandards (technologies and standards taken for bodies) and entities.unitwords (units
of measure taken for names), on invented names."""

from __future__ import annotations

import pytest

from pipeline.entities import gametitles as GT
from pipeline.entities import techstandards as TSD
from pipeline.entities import unitwords as UW
from pipeline.entities.candidates import DocCtx
from tests.conftest import load_cases
from tests.entities.handlabels import check_relabelled, taken

CASES = load_cases("entities_techents_cases.json")


@pytest.mark.parametrize("case", CASES["games"], ids=[c["text"][:40] for c in CASES["games"]])
def test_game_titles(nlp, case):
    check_relabelled(nlp, case, GT.game_titles)


@pytest.mark.parametrize("case", CASES["standards"], ids=[c["text"][:40] for c in CASES["standards"]])
def test_tech_standards(nlp, case):
    check_relabelled(nlp, case, TSD.tech_standards)


@pytest.mark.parametrize("case", CASES["units"], ids=[c["text"][:40] for c in CASES["units"]])
def test_unit_words(nlp, case):
    ctx = DocCtx(nlp(case["text"]))
    cands = taken(ctx, case["name"], "PERSON")
    assert bool(UW.unit_words(ctx, cands)) == case["kept"]
