"""Tests for entities.techthings (a computing story's devices and programs the model took for
people, peoples, places, events or works), entities.nounheads (a glued "Fans of X" title before X's
possessive), entities.countedmodels ("15 new Kestrel 72-500"), entities.codedmodels ("the Marlowe
T9") and products.version_tails ("Vela OS"), on invented names."""

from __future__ import annotations

import re

import pytest

from pipeline.entities import codedmodels as CDM
from pipeline.entities import countedmodels as CM
from pipeline.entities import grouping as G
from pipeline.entities import nounheads as NH
from pipeline.entities import products as PD
from pipeline.entities import techthings as TTH
from pipeline.entities.candidates import Cand, DocCtx
from tests.conftest import load_cases

CASES = load_cases("entities_techthings_cases.json")


def _mentions(ctx: DocCtx, name: str, label: str) -> list[Cand]:
    """A candidate for every occurrence of `name` (whole tokens) in the text."""
    out = []
    for m in re.finditer(rf"\b{re.escape(name)}\b", ctx.doc.text):
        span = ctx.doc.char_span(m.start(), m.end())
        if span is not None:
            out.append(Cand(span.start, span.end, label))
    return out


def _taken(ctx: DocCtx, cands: list[Cand]) -> list[Cand]:
    """The longest candidates first, each kept where its tokens are free ("Vela OS" over "Vela")."""
    kept = []
    for c in sorted(cands, key=lambda c: c.start - c.end):
        if ctx.free(c.start, c.end):
            ctx.take(c)
            kept.append(c)
    return kept


@pytest.mark.parametrize("case", CASES["things"], ids=[c["text"][:40] for c in CASES["things"]])
def test_tech_things(nlp, case):
    ctx = DocCtx(nlp(case["text"]))
    cands = _taken(ctx, [c for n, lab in case["names"].items() for c in _mentions(ctx, n, lab)])
    labels = {G.gkey(ctx, c): c.label for c in cands}
    TTH.tech_things(ctx, cands, labels, G.gkey)
    got = {ctx.span_text(c.start, c.end): c.label for c in cands}
    assert {n: got[n] for n in case["expect"]} == case["expect"]


@pytest.mark.parametrize("case", CASES["malware"], ids=[c["text"][:40] for c in CASES["malware"]])
def test_malware_words(nlp, case):
    ctx = DocCtx(nlp(case["text"]))
    cands = _mentions(ctx, case["name"], "PERSON")
    assert bool(TTH.malware_words(ctx, cands)) == case["kept"]


@pytest.mark.parametrize("case", CASES["owners"], ids=[c["text"][:40] for c in CASES["owners"]])
def test_owner_heads(nlp, case):
    ctx = DocCtx(nlp(case["text"]))
    glued = Cand(0, 3, "WORK_OF_ART")
    others = [c for n, lab in case["others"].items() for c in _mentions(ctx, n, lab) if c.start > 3]
    NH.owner_heads(ctx, [glued, *others])
    assert [ctx.span_text(glued.start, glued.end), glued.label] == case["expect"]


@pytest.mark.parametrize("case", CASES["tails"], ids=[c["text"] for c in CASES["tails"]])
def test_version_tails(nlp, case):
    ctx = DocCtx(nlp(case["text"]))
    c = Cand(*case["span"], "PERSON")
    ctx.take(c)
    PD.version_tails(ctx, [c])
    assert ctx.span_text(c.start, c.end) == case["expect"]


@pytest.mark.parametrize("case", CASES["models"], ids=[c["text"][:40] for c in CASES["models"]])
def test_counted_models(nlp, case):
    ctx = DocCtx(nlp(case["text"]))
    cands = _taken(ctx, _mentions(ctx, case["maker"], "ORG"))
    CM.counted_models(ctx, cands)
    assert [ctx.span_text(c.start, c.end) for c in cands if c.label == "PRODUCT"] == case["expect"]


@pytest.mark.parametrize("case", CASES["coded"], ids=[c["text"][:40] for c in CASES["coded"]])
def test_coded_models(nlp, case):
    ctx = DocCtx(nlp(case["text"]))
    cands = CDM.coded_models(ctx, _taken(ctx, _mentions(ctx, case["name"], case["label"])))
    assert [ctx.span_text(c.start, c.end) for c in cands if c.label == "PRODUCT"] == case["expect"]


def test_tech_things_takes_a_product_with_an_empty_key(nlp):
    ctx = DocCtx(nlp("Most office computers running Quarnix crashed ... twice."))
    dots = next(i for i, w in enumerate(ctx.words) if w == "...")
    cands = [*_mentions(ctx, "Quarnix", "NORP"), Cand(dots, dots + 1, "PRODUCT")]
    labels = {G.gkey(ctx, c): c.label for c in cands}
    TTH.tech_things(ctx, cands, labels, G.gkey)  # a key folded to "" opens no product line
    assert cands[0].label == "PRODUCT"
