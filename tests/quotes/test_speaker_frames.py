"""Speakers found past the frame around them (tests/data/quotes_speaker_frames_cases.json)."""

import pytest

from tests.conftest import load_cases

CASES = load_cases("quotes_speaker_frames_cases.json")["cases"]


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c['speaker']} -> {c['name']}")
def test_speaker_past_its_frame(quote_of, case):
    q, names = quote_of(case)
    assert (names.get(q["speaker"]["entity"]), q["speaker"]["name"]) == (case["entity"], case["name"])
    if "content" in case:
        assert q["text"] == case["content"]
