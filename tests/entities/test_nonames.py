"""entities.nonames: the whole-word search that replaced a regex compiled per name."""

import re

import pytest

from pipeline.entities.nonames import _whole_words_in
from tests.conftest import load_cases

CASES = load_cases("nonames_words.json")["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["text"] for c in CASES])
def test_whole_words_in(case):
    assert _whole_words_in(case["phrase"], case["text"]) is case["found"]
    assert (re.search(rf"\b{re.escape(case['phrase'])}\b", case["text"]) is not None) is case["found"]
