"""`according_subjects.opening_start`: where the claim starts after an opening 'according to X,'
(tests/data/quotes_according_subjects_cases.json: a subject the parse hung on the source, a
relative clause set off after it; an adverbial or the subject's own name stays in the claim)."""

import pytest
import spacy
from spacy.tokens import Doc

from pipeline.quotes.according_subjects import opening_start
from tests.conftest import load_cases

CASES = load_cases("quotes_according_subjects_cases.json")


@pytest.mark.parametrize("case", CASES["cases"], ids=lambda c: c["name"])
def test_claim_start_after_opening_according(case):
    doc = Doc(spacy.blank("en").vocab, words=case["words"], tags=case["tags"], pos=case["pos"],
              heads=case["heads"], deps=case["deps"])
    assert opening_start(doc[1], case["lo"]) == case["start"]
