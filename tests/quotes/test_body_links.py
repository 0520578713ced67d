"""Companies described by their trade and bare 'the group' speakers, and the bodies they may take
(tests/data/quotes_body_links_cases.json)."""

import pytest

from tests.conftest import load_cases

CASES = load_cases("quotes_body_links_cases.json")


@pytest.mark.parametrize("case", CASES["cases"], ids=lambda c: f"{c['speaker']} -> {c['name']}")
def test_body_description_resolves_to_the_body_that_acted(speaker_of, case):
    assert speaker_of(case) == (case["entity"], case["name"])
