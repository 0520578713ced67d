"""Tests of hyphenated given names (pipeline.entities.hyphenedgiven) over the whole pipeline, from
tests/data/hyphened_given_cases.json."""

from __future__ import annotations

import pytest

from pipeline.entities import candidates as C
from tests.conftest import load_cases, span_of

CASES = load_cases("hyphened_given_cases.json")


@pytest.mark.parametrize("case", CASES["people"], ids=[c["text"][:40] for c in CASES["people"]])
def test_a_person_keeps_the_surname_after_a_hyphenated_given_name(make_doc, case):
    people = {e["name"] for e in make_doc(case["text"])._.entities if e["label"] == "PERSON"}
    assert case["person"] in people, sorted(people)


@pytest.mark.parametrize("case", CASES["given"], ids=[c["span"] for c in CASES["given"]])
def test_given_end(nlp, case):
    from pipeline.entities import hyphenedgiven as HG

    doc = nlp(case["text"])
    span = span_of(doc, case["span"])
    assert HG.given_end(C.DocCtx(doc), span.start, span.end) == case["given"]
