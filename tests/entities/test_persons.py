"""Tests for person names by their words (pipeline.entities.persons)."""

from __future__ import annotations

import pytest

from pipeline.entities import candidates as C
from pipeline.entities import names, persons
from tests.conftest import load_cases, span_of

CASES = load_cases("entities_names_cases.json")


@pytest.mark.parametrize("case", CASES["pairs"], ids=lambda c: c["span"])
def test_a_pair_of_people_is_two_spans(nlp, case):
    doc = nlp(case["text"])
    span = span_of(doc, case["span"])
    pieces = persons.pair(C.DocCtx(doc), span.start, span.end)
    assert [doc[a:b].text for a, b in pieces] == case["split"]


@pytest.mark.parametrize("case", CASES["places"], ids=lambda c: c["span"])
def test_a_place_with_a_given_name_first_is_a_person(nlp, case):
    doc = nlp(case["text"])
    span = span_of(doc, case["span"])
    cand = C.Cand(span.start, span.end, case["label"])
    persons.personal_names(C.DocCtx(doc), [cand])
    assert (cand.label == "PERSON") == case["person"]


@pytest.mark.parametrize("case", CASES["introduced"], ids=lambda c: c["text"][:30])
def test_a_name_after_a_nationality_or_an_opening_role_is_a_person(nlp, case):
    doc = nlp(case["text"])
    found = persons.introduced_cands(C.DocCtx(doc))
    assert [doc[c.start : c.end].text for c in found] == case["people"]


@pytest.mark.parametrize("case", CASES["canonical"], ids=lambda c: "/".join(c["texts"]))
def test_a_peoples_name_is_its_adjective_over_a_noun_for_one(case):
    assert names.canonical_name(case["texts"], case["label"]) == case["name"]


@pytest.mark.parametrize("case", CASES["place_canonical"], ids=lambda c: "/".join(c["texts"]))
def test_a_place_goes_by_the_form_the_article_writes_most(case):
    assert names.canonical_name(case["texts"], case["label"]) == case["name"]
