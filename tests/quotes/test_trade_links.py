"""Companies described by their trade as speakers (tests/data/quotes_trade_links_cases.json)."""

import pytest

from tests.conftest import load_cases

CASES = load_cases("quotes_trade_links_cases.json")


@pytest.mark.parametrize("case", CASES["cases"], ids=lambda c: f"{c['speaker']} -> {c['name']}")
def test_trade_description_resolves_to_the_firm(speaker_of, case):
    assert speaker_of(case) == (case["entity"], case["name"])
