"""entities.nonames: the whole-word search (`quotemarks.has_word`) that replaced a regex compiled per name."""

import re

import pytest

from pipeline.quotemarks import has_word
from tests.conftest import load_cases

CASES = load_cases("nonames_words.json")["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["text"] for c in CASES])
def test_whole_words_in(case):
    assert has_word(case["text"], case["phrase"]) is case["found"]
    assert (re.search(rf"\b{re.escape(case['phrase'])}\b", case["text"]) is not None) is case["found"]
