"""Tests for team sheets and squad lists written with slips (sheetmends, sheets): golden cases run
through the entities stage, and the line mending on its own."""

from __future__ import annotations

import pytest
import spacy

from pipeline.entities import candidates as C
from pipeline.entities import sheetmends as SM
from pipeline.entities import sheets as SH
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


def _read(found: list) -> list:
    """`sheets.sheets`' triples with each item's text in place of its match."""
    return [(li, [(at, m.group(0)) for at, m in hits], head) for li, hits, head in found]


@pytest.mark.parametrize("case", CASES["cases"], ids=lambda c: c["name"][:60])
def test_sheets_read_once(case):
    """The team-sheet lines are read once per document and kept on its DocCtx: the rules that ask
    again get the same lines, as reading them anew gives."""
    tokenizer = spacy.blank("en")
    ctx = C.DocCtx(tokenizer(case["text"]))
    found = SH.sheets(ctx)
    assert SH.sheets(ctx) is found
    assert _read(found) == _read(SH._sheets(C.DocCtx(tokenizer(case["text"]))))
