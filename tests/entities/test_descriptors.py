"""Tests for descriptors glued to a name at a sentence's start (pipeline.entities.descriptors)."""

from __future__ import annotations

import pytest

from pipeline.entities import candidates as C
from pipeline.entities import descriptors as DS
from tests.conftest import load_cases, span_of

CASES = load_cases("entities_cases.json")["descriptors"]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["span"])
def test_a_descriptor_opening_the_sentence_is_cut_and_decides_the_label(nlp, case):
    doc = nlp(case["text"])
    span = span_of(doc, case["span"])
    assert DS.descriptor_cut(C.DocCtx(doc), span.start, span.end, case["label"]) == case["cut"]
    if case["cut"]:
        assert DS.descriptor_label(doc[span.start].lower_, case["label"]) == case["new_label"]
