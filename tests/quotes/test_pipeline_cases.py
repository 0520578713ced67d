"""Quotes through the whole pipeline (tests/data/quotes_pipeline_cases.json): no stage fails, and the
case's quote is there with its cue (the whole of it, when the case gives "quote")."""

import pytest

from tests.conftest import load_cases

CASES = load_cases("quotes_pipeline_cases.json")["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_quote_through_the_pipeline(nlp, case):
    doc = nlp(case["text"])
    assert not doc.user_data.get("news_failures"), doc.user_data.get("news_failures")
    found = [(q["text"], q["cue"]["text"]) for q in doc._.quotes]
    assert any(text.startswith(case["quote_starts"]) and cue == case["cue"] for text, cue in found), found
    if "quote" in case:
        assert (case["quote"], case["cue"]) in found, found
