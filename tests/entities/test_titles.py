"""Tests for pipeline.entities.titles and charts: titles of works read from what the article does with
them, and where a title ends."""

from __future__ import annotations

import pytest

from pipeline.entities import candidates as C
from pipeline.entities import charts as CH
from pipeline.entities import evidence as E
from pipeline.entities import stage  # noqa: F401  (loads the entities modules in their order)
from pipeline.entities import titles as TT
from tests.conftest import load_cases, span_of

CASES = load_cases("entities_cases.json")


@pytest.mark.parametrize("case", CASES["dated_titles"], ids=lambda c: c["why"])
def test_dated_titles(nlp, case):
    doc = nlp(case["text"])
    found = TT._dated(C.DocCtx(doc))
    assert [doc[c.start : c.end].text for c in found] == case["found"]
    assert all(c.label == "WORK_OF_ART" for c in found)


@pytest.mark.parametrize("case", CASES["chart_titles"], ids=lambda c: c["why"])
def test_chart_titles(nlp, case):
    doc = nlp(case["text"])
    found = CH.chart_titles(C.DocCtx(doc))
    assert [doc[c.start : c.end].text for c in found] == case["found"]
    assert all(c.label == "WORK_OF_ART" and c.src == "cue" for c in found)


@pytest.mark.parametrize("case", CASES["title_ends"], ids=lambda c: c["why"])
def test_title_ends(nlp, case):
    doc = nlp(case["text"])
    start = span_of(doc, case["start"]).start
    assert doc[start : E.title_end(C.DocCtx(doc), start)].text == case["title"]


@pytest.mark.parametrize("case", CASES["performed_lists"], ids=lambda c: c["why"])
def test_performed_lists(nlp, case):
    doc = nlp(case["text"])
    found = TT._performed(C.DocCtx(doc))
    assert [doc[c.start : c.end].text for c in found] == case["found"]
