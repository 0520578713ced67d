"""Tests for pipeline.entities.acts: works and bands read from what the article does with a name."""

from __future__ import annotations

import pytest

from pipeline.entities import acts as AT
from pipeline.entities import candidates as C
from pipeline.entities import grouping as G
from tests.conftest import load_cases, span_of

CASES = load_cases("entities_cases.json")


@pytest.mark.parametrize("case", CASES["acts"], ids=lambda c: c["why"])
def test_acts(nlp, case):
    doc = nlp(case["text"])
    ctx = C.DocCtx(doc)
    starts = [i for i in range(len(doc)) if doc[i:].text.startswith(case["span"])]
    cands = []
    for i in starts:  # every mention of the name, with the label the case gives it
        span = doc.char_span(doc[i].idx, doc[i].idx + len(case["span"]))
        if span is not None:
            cands.append(C.Cand(span.start, span.end, case["label"], "model", 2.0))
    assert cands and span_of(doc, case["span"]).start == cands[0].start
    labels = {G.gkey(ctx, c): c.label for c in cands}
    AT.act_labels(ctx, cands, labels, G.gkey)
    assert all(c.label == case["expect"] for c in cands)
    assert labels[G.gkey(ctx, cands[0])] == case["expect"]


@pytest.mark.parametrize("case", CASES["slot_runs"], ids=lambda c: c["why"])
def test_slot_runs(nlp, case):
    doc = nlp(case["text"])
    ctx = C.DocCtx(doc)
    cands = []
    for piece, label in case["cands"]:
        span = span_of(doc, piece)
        cands.append(C.Cand(span.start, span.end, label, "model", 2.0))
        ctx.take(cands[-1])
    labels = {G.gkey(ctx, c): c.label for c in cands}
    cands += AT.act_labels(ctx, cands, labels, G.gkey)
    got = {doc[c.start : c.end].text: c.label for c in cands if c.end > c.start}
    for name, label in case["expect"].items():
        assert got.get(name) == label, (name, got)
    assert not set(case.get("absent", [])) & set(got)
