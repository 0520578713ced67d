"""Tellers of present participle cues under a given parse (tests/data/quotes_participle_cases.json)."""

import pytest
from spacy.tokens import Doc

from pipeline.quotes import marks
from pipeline.quotes.participle_tellers import participle_teller
from tests.conftest import load_cases

CASES = load_cases("quotes_participle_cases.json")["cases"]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["name"])
def test_participle_teller_under_a_given_parse(blank, case):
    doc = Doc(blank.vocab, words=case["words"], spaces=case["spaces"], tags=case["tags"], pos=case["pos"],
              lemmas=case["lemmas"], heads=case["heads"], deps=case["deps"], ents=case["ents"])
    end = case["content_end"] if case["content_end"] is not None else len(doc.text)
    teller = participle_teller(doc[case["cue"]], end, marks.Spans([]))
    assert (teller.text if teller is not None else None) == case["teller"]
