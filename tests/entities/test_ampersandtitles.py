"""Tests of titles written "A, B & C" (entities.ampersandtitles), from tests/data/ampersand_title_cases.json;
the titles in a sentence are in tests/data/entities_works_cases.json."""

from __future__ import annotations

import pytest

from pipeline.entities.ampersandtitles import ampersand_end
from tests.conftest import load_cases

CASES = load_cases("ampersand_title_cases.json")["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_ampersand_end(nlp, case):
    """`nlp` loads the lemmatizer's word lists `words.english_word` reads."""
    assert ampersand_end(case["words"], case["first_end"]) == case["end"]
