"""Tests for pipeline.entities.doubles: a name of one word said twice or more is one mention, whether
the model tags each word apart or only one; golden cases in tests/data/entities_doubles_cases.json
(bracketed spans are the model's candidates)."""

from __future__ import annotations

import re

import pytest

from pipeline.entities import candidates as C
from pipeline.entities import doubles as DB
from pipeline.entities import grouping as G
from tests.conftest import load_cases

CASES = load_cases("entities_doubles_cases.json")["cases"]


def _marked(nlp, marked: str, label: str) -> tuple:
    """The Doc of a text with its [bracketed] spans removed, and a candidate of `label` per span."""
    text, spans = "", []
    for piece in re.split(r"(\[[^\]]+\])", marked):
        if piece.startswith("["):
            spans.append((len(text), len(text) + len(piece) - 2))
            piece = piece[1:-1]
        text += piece
    doc = nlp(text)
    cands = []
    for a, b in spans:
        span = doc.char_span(a, b)
        cands.append(C.Cand(span.start, span.end, label, "model", 1.0))
    return doc, cands


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_doubled_names(nlp, case):
    doc, cands = _marked(nlp, case["text"], case["label"])
    ctx = C.DocCtx(doc)
    labels = {G.gkey(ctx, c): c.label for c in cands}
    out = sorted(DB.doubled_names(ctx, cands, labels), key=lambda c: c.start)
    assert [[doc[c.start : c.end].text, c.label] for c in out] == case["expect"]


STAGE_CASES = load_cases("entities_doubles_cases.json")["stage_cases"]


@pytest.mark.parametrize("case", STAGE_CASES, ids=[c["name"] for c in STAGE_CASES])
def test_doubled_name_one_entity(entities_nlp, case):
    name, label, count = case["expect"]
    word = name.split()[0]
    found = [e for e in entities_nlp(case["text"])._.entities if word in e["name"]]
    assert [e["name"] for e in found] == [name]
    assert [m["text"] for m in found[0]["mentions"]] == [name] * count
    assert label is None or found[0]["label"] == label
