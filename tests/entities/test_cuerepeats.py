"""Tests for pipeline.entities.cuerepeats.repeat_cands: other mentions of a title a cue found, its
small words cased either way."""

from __future__ import annotations

import pytest

from pipeline.entities import candidates as C
from pipeline.entities import cuerepeats as CRP
from tests.conftest import load_cases, span_of

CASES = load_cases("entities_cases.json")["cue_repeats"]


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:40] for c in CASES])
def test_repeat_cands(nlp, case):
    doc = nlp(case["text"])
    span = span_of(doc, case["found"])
    found = [C.Cand(span.start, span.end, case["label"], "cue", 20.0)]
    out = CRP.repeat_cands(C.DocCtx(doc), found)
    got = [(doc[c.start : c.end].text, c.label) for c in out]
    assert got == [(r, case["label"]) for r in case["repeats"]]
