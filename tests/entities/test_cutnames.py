"""Tests for pipeline.entities.cutnames.initialled_firms: a firm's initials the model read as a place
it does not know, before a place-like name, join that name as one body."""

from __future__ import annotations

import pytest

from pipeline.entities import candidates as C
from pipeline.entities import cutnames as CN
from tests.conftest import load_cases, span_of

CASES = load_cases("entities_cases.json")["initialled_firms"]


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:40] for c in CASES])
def test_initialled_firms(nlp, case):
    doc = nlp(case["text"])
    ctx = C.DocCtx(doc)
    cands = [C.Cand(span_of(doc, piece).start, span_of(doc, piece).end, label, "model", 1.0)
             for piece, label in zip((case["a"], case["b"]), case["labels"], strict=True)]
    out = CN.initialled_firms(ctx, cands)
    if case["joined"] is None:
        assert [c.label for c in out] == case["labels"]
    else:
        assert [(doc[c.start : c.end].text, c.label) for c in out] == [
            (f"{case['a']} {case['b']}", case["joined"])
        ]
