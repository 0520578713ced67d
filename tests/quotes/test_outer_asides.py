"""An aside that interrupts a clause which is itself a report (tests/data/quotes_outer_asides_cases.json):
the quote is the aside's, over the whole clause."""

import pytest

from tests.conftest import load_cases

CASES = load_cases("quotes_outer_asides_cases.json")["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_the_aside_reports_the_clause(nlp, case):
    doc = nlp(case["text"])
    found = [(q["cue"]["text"], q["speaker"] and q["speaker"]["text"], q["text"]) for q in doc._.quotes]
    assert any(cue == case["cue"] and speaker == case["speaker"] and text.startswith(case["quote_starts"])
               for cue, speaker, text in found), found
