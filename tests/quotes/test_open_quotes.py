"""`quotemarks.pair_quote_marks(keep_open=True)`: quotes whose opening mark never closes
(tests/data/quotes_open_cases.json): parts reopened over lost paragraph breaks, quotes left open at
their paragraph end, kept up to the narration after them."""

import pytest

from pipeline.quotemarks import pair_quote_marks, paired_both
from tests.conftest import load_cases

CASES = load_cases("quotes_open_cases.json")["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_open_quotes(case):
    text = case["text"]
    assert [text[s:e] for s, e in pair_quote_marks(text, keep_open=True)] == case["quotes"]


def test_closed_pairs_alone_without_keep_open():
    text = "Hana Birk said: \"We lost. \"I am sorry.\n\nThe club was relegated."
    assert pair_quote_marks(text) == []


PAIRED = load_cases("quotes_paired_cases.json")["cases"]


@pytest.mark.parametrize("case", PAIRED, ids=[c["name"] for c in PAIRED])
def test_one_pass_gives_both_pairings(case):
    """`paired_both` gives in one pass the closed pairs and the spans with open quotes kept, as
    `pair_quote_marks` gives them without and with `keep_open`."""
    text = case["text"]
    closed, kept = paired_both(text)
    assert [text[s:e] for s, e in closed] == case["closed"]
    assert [text[s:e] for s, e in kept] == case["kept"]
    assert (closed, kept) == (pair_quote_marks(text), pair_quote_marks(text, keep_open=True))
