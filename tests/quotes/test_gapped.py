"""`cue_contents._going_on`: what carries a clause on after an attribution that interrupts it
(tests/data/quotes_gapped_cases.json: a gapped clause does, narration hung on a noun does not)."""

import json
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

from pipeline.quotes.cue_contents import _going_on

CASES = json.loads((Path(__file__).parents[1] / "data" / "quotes_gapped_cases.json").read_text("utf-8"))


@pytest.mark.parametrize("case", CASES["cases"], ids=lambda c: c["name"])
def test_conjunct_after_the_attribution(case):
    doc = Doc(spacy.blank("en").vocab, words=case["words"], tags=case["tags"], pos=case["pos"],
              heads=case["heads"], deps=case["deps"])
    assert _going_on(doc[case["conj"]]) is case["going_on"]
