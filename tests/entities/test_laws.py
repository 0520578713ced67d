"""Tests for pipeline.entities.laws: a name the model calls a law keeps that label only with a law's
word; a game's, a model's or a version's number makes a product (the stage run on the model's law
spans, set by the case)."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from pipeline.entities import laws as LW
from pipeline.entities import stage
from tests.conftest import load_cases

CASES = load_cases("entities_cases.json")


def _with_laws(nlp, case):
    """The case's text parsed, its model names replaced by the case's span, every mention a LAW."""
    doc = nlp(case["text"])
    spans, at = [], 0
    while (k := doc.text.find(case["span"], at)) >= 0:
        spans.append(doc.char_span(k, k + len(case["span"]), label="LAW"))
        at = k + 1
    doc.ents = [s for s in spans if s is not None]
    return doc


@pytest.mark.parametrize("case", CASES["numbered_laws"], ids=lambda c: c["why"])
def test_numbered_laws(nlp, case):
    doc = _with_laws(nlp, case)
    got = {e["name"]: e["label"] for e in stage.extract(doc)}
    assert got.get(case["span"]) == case["expect"], got


@pytest.mark.parametrize("case", CASES["numbered_laws"], ids=lambda c: c["why"])
def test_numbered_thing(nlp, case):
    doc = _with_laws(nlp, case)
    span: Span = doc.ents[0]
    assert LW.numbered_thing(doc, span.start, span.end) == (case["expect"] == "PRODUCT")
