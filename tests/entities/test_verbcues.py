"""Tests for `verbcues.named_noun`: a work's cue word the tagger reads as a verb's base form right
after "the" and a name ("the Ada Vane biopic X") heads a noun phrase; cases in
tests/data/entities_verbcues_cases.json, tags set by hand."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from pipeline.entities.verbcues import named_noun
from tests.conftest import load_cases

CASES = load_cases("entities_verbcues_cases.json")["named_noun"]


@pytest.mark.parametrize("case", CASES, ids=[c["why"] for c in CASES])
def test_named_noun(nlp, case):
    doc = Doc(nlp.vocab, words=case["words"], tags=case["tags"])
    doc[0].is_sent_start = True
    for tok in doc[1:]:
        tok.is_sent_start = False
    assert named_noun(doc, case["cue"]) is case["expect"]
