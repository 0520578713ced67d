"""Tests for entities.ownedmodels (a maker's possessive glued to its model, a model's number
code), on invented names."""

from __future__ import annotations

import re

import pytest

from pipeline.entities import ownedmodels as OWM
from pipeline.entities.candidates import Cand, DocCtx
from tests.conftest import load_cases

CASES = load_cases("entities_ownedmodels_cases.json")


def _taken(ctx: DocCtx, names: dict[str, str]) -> list[Cand]:
    """A candidate for every occurrence of each name (whole tokens), the longest first, each kept
    where its tokens are free."""
    found = []
    for name, label in names.items():
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", ctx.doc.text):
            span = ctx.doc.char_span(m.start(), m.end())
            if span is not None:
                found.append(Cand(span.start, span.end, label))
    kept = []
    for c in sorted(found, key=lambda c: c.start - c.end):
        if ctx.free(c.start, c.end):
            ctx.take(c)
            kept.append(c)
    return sorted(kept, key=lambda c: c.start)


@pytest.mark.parametrize("case", CASES["owned"], ids=[c["text"][:40] for c in CASES["owned"]])
def test_owned_models(nlp, case):
    ctx = DocCtx(nlp(case["text"]))
    cands = OWM.owned_models(ctx, _taken(ctx, case["names"]))
    assert {ctx.span_text(c.start, c.end): c.label for c in cands} == case["expect"]


@pytest.mark.parametrize("case", CASES["numbered"], ids=[c["text"][:40] for c in CASES["numbered"]])
def test_numbered_models(nlp, case):
    ctx = DocCtx(nlp(case["text"]))
    cands = _taken(ctx, {case["name"]: "PRODUCT"})
    OWM.numbered_models(ctx, cands)
    assert [ctx.span_text(c.start, c.end) for c in cands] == case["expect"]
