"""Tests for entities.platforms (a games story's consoles used as a game's platform, and the games
it calls games or plays on one) and entities.systemnames (a computing story's names before "system"
or "service"), on invented names."""

from __future__ import annotations

import re

import pytest

from pipeline.entities import grouping as G
from pipeline.entities import platforms as PFM
from pipeline.entities import systemnames as SYN
from pipeline.entities.candidates import Cand, DocCtx
from tests.conftest import load_cases

CASES = load_cases("entities_platforms_cases.json")


def _cands(ctx: DocCtx, names: dict[str, str]) -> list[Cand]:
    """A candidate for every occurrence of each name (whole tokens), under the label given."""
    out = []
    for name, label in names.items():
        for m in re.finditer(rf"\b{re.escape(name)}\b", ctx.doc.text):
            span = ctx.doc.char_span(m.start(), m.end())
            if span is not None and ctx.free(span.start, span.end):
                c = Cand(span.start, span.end, label)
                ctx.take(c)
                out.append(c)
    return out


def _run(nlp, case: dict, rule) -> dict[str, str]:
    ctx = DocCtx(nlp(case["text"]))
    cands = _cands(ctx, case["names"])
    labels = {G.gkey(ctx, c): c.label for c in cands}
    rule(ctx, cands, labels, G.gkey)
    return {ctx.span_text(c.start, c.end): c.label for c in cands}


@pytest.mark.parametrize("case", CASES["platforms"], ids=[c["text"][:40] for c in CASES["platforms"]])
def test_platforms(nlp, case):
    got = _run(nlp, case, PFM.platforms)
    assert {n: got[n] for n in case["expect"]} == case["expect"]


@pytest.mark.parametrize("case", CASES["systems"], ids=[c["text"][:40] for c in CASES["systems"]])
def test_system_names(nlp, case):
    got = _run(nlp, case, SYN.system_names)
    assert {n: got[n] for n in case["expect"]} == case["expect"]
