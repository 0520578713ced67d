"""Names right before a cue the parse gave no subject, under a given parse
(tests/data/quotes_nearby_names_cases.json)."""

import pytest
from spacy.tokens import Doc

from pipeline.quotes import marks
from pipeline.quotes.nearby_names import name_before
from tests.conftest import load_cases

CASES = load_cases("quotes_nearby_names_cases.json")["cases"]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["name"])
def test_name_before_a_subjectless_cue(blank, case):
    doc = Doc(blank.vocab, words=case["words"], spaces=case["spaces"], tags=case["tags"], pos=case["pos"],
              lemmas=case["lemmas"], heads=case["heads"], deps=case["deps"], ents=case["ents"])
    found = name_before(doc[case["cue"]], marks.Spans([]))
    assert (found.text if found is not None else None) == case["speaker"]
