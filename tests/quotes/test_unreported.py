"""Cues that report nobody's words (issue 19): golden cases in tests/data/quotes_unreported_cases.json
('There is no suggestion that A', 'is who they say they are', 'what he will be talking about in X',
'is expected to announce details of X', 'The bridge proved unpopular', 'Veterans are proving A')."""

from __future__ import annotations

import pytest

from pipeline.quotes import senses
from pipeline.quotes.turned_out import turned_out
from tests.conftest import load_cases

CASES = load_cases("quotes_unreported_cases.json")


@pytest.mark.parametrize("case", CASES["extract"], ids=lambda c: c["name"])
def test_extract(extracted_as, case):
    extracted_as(case)


@pytest.mark.parametrize("case", CASES["turned"], ids=lambda c: c["name"])
def test_turned_out(quotes_model, case):
    doc = quotes_model(case["text"])
    cue = next(t for t in doc if t.text == case["cue"])
    assert turned_out(cue, senses._people, senses._source) is case["turned_out"]
