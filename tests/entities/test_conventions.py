"""Tests for the news-writing conventions of pipeline.entities.conventions (relabelling rules)."""

from __future__ import annotations

import pytest

from pipeline.entities import candidates as C
from pipeline.entities import conventions as CV
from tests.conftest import load_cases, span_of

CASES = load_cases("entities_cases.json")


@pytest.mark.parametrize("case", CASES["relabel"], ids=lambda c: c["why"])
def test_relabel(nlp, case):
    doc = nlp(case["text"])
    span = span_of(doc, case["span"])
    cand = C.Cand(span.start, span.end, case["label"])
    getattr(CV, case["rule"])(C.DocCtx(doc), [cand])
    assert cand.label == case["expect"]


@pytest.mark.parametrize("case", CASES["bracket_acronyms"], ids=lambda c: c["why"])
def test_bracket_acronyms(nlp, case):
    doc = nlp(case["text"])
    found = CV.bracket_acronyms(C.DocCtx(doc))
    assert [doc[c.start : c.end].text for c in found] == case["found"]
    assert all(c.label == "ORG" for c in found)
