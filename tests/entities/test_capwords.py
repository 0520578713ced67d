"""Common words read as names: a sentence-opening descriptor before a noun and a name
(pipeline.entities.capwords) and an acronym spelled out only in lower-case words
(pipeline.entities.lowerspelled)."""

from __future__ import annotations

import pytest

from pipeline.entities import candidates as C
from pipeline.entities import capwords as CW
from pipeline.entities import lowerspelled as LS
from tests.conftest import load_cases, span_of

CASES = load_cases("entities_cases.json")
OPENERS = CASES["descriptor_openers"]
SPELLED = CASES["lower_spelled"]


@pytest.mark.parametrize("case", OPENERS, ids=lambda c: c["text"][:60])
def test_a_common_noun_opening_a_descriptor_is_no_name(nlp, case):
    doc = nlp(case["text"])
    span = span_of(doc, case["span"])
    cand = C.Cand(span.start, span.end, "ORG")
    assert CW.descriptor_opener(C.DocCtx(doc), cand) is case["drop"]


@pytest.mark.parametrize("case", SPELLED, ids=lambda c: c["text"][:60])
def test_an_acronym_spelled_in_lower_case_words_is_a_term(nlp, case):
    doc = nlp(case["text"])
    assert (case["acronym"] in LS.lower_spelled(C.DocCtx(doc))) is case["term"]
