"""Tests for entities.gametitles (games' titles taken for people, bodies or places),
entities.techstandards (technologies and standards taken for bodies) and entities.unitwords (units
of measure taken for names), on invented names."""

from __future__ import annotations

import re

import pytest

from pipeline.entities import gametitles as GT
from pipeline.entities import grouping as G
from pipeline.entities import techstandards as TSD
from pipeline.entities import unitwords as UW
from pipeline.entities.candidates import Cand, DocCtx
from tests.conftest import load_cases

CASES = load_cases("entities_techents_cases.json")


def _mentions(ctx: DocCtx, name: str, label: str) -> list[Cand]:
    """A candidate for every occurrence of `name` (whole tokens) in the text, each taken."""
    out = []
    for m in re.finditer(rf"\b{re.escape(name)}\b", ctx.doc.text):
        span = ctx.doc.char_span(m.start(), m.end())
        if span is not None and ctx.free(span.start, span.end):
            c = Cand(span.start, span.end, label)
            ctx.take(c)
            out.append(c)
    return out


def _relabelled(nlp, case: dict, rule) -> dict[str, str]:
    """The labels of the case's names after `rule` (a rule run after the vote)."""
    ctx = DocCtx(nlp(case["text"]))
    cands = [c for n, lab in case["names"].items() for c in _mentions(ctx, n, lab)]
    labels = {G.gkey(ctx, c): c.label for c in cands}
    rule(ctx, cands, labels, G.gkey)
    return {ctx.span_text(c.start, c.end): c.label for c in cands}


@pytest.mark.parametrize("case", CASES["games"], ids=[c["text"][:40] for c in CASES["games"]])
def test_game_titles(nlp, case):
    got = _relabelled(nlp, case, GT.game_titles)
    assert {n: got[n] for n in case["expect"]} == case["expect"]


@pytest.mark.parametrize("case", CASES["standards"], ids=[c["text"][:40] for c in CASES["standards"]])
def test_tech_standards(nlp, case):
    got = _relabelled(nlp, case, TSD.tech_standards)
    assert {n: got[n] for n in case["expect"]} == case["expect"]


@pytest.mark.parametrize("case", CASES["units"], ids=[c["text"][:40] for c in CASES["units"]])
def test_unit_words(nlp, case):
    ctx = DocCtx(nlp(case["text"]))
    cands = _mentions(ctx, case["name"], "PERSON")
    assert bool(UW.unit_words(ctx, cands)) == case["kept"]
