"""Tests for pipeline.entities.joinedcountries.joined_places: two of the model's names side by side
that the gazetteer knows together as one place are that place."""

from __future__ import annotations

import pytest

from pipeline.entities import candidates as C
from pipeline.entities import joinedcountries as JC
from tests.conftest import load_cases, span_of

CASES = load_cases("entities_cases.json")["joined_places"]


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:40] for c in CASES])
def test_joined_places(nlp, case):
    doc = nlp(case["text"])
    cands = [C.Cand(span_of(doc, piece).start, span_of(doc, piece).end, label, "model", 1.0)
             for piece, label in zip((case["a"], case["b"]), case["labels"], strict=True)]
    out = JC.joined_places(C.DocCtx(doc), cands)
    if case["joined"] is None:
        assert [c.label for c in out] == case["labels"]
    else:
        whole = f"{case['a']} {case['b']}"
        assert [(doc[c.start : c.end].text, c.label) for c in out] == [(whole, case["joined"])]
