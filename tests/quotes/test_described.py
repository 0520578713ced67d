"""Speakers given by a description (tests/data/quotes_described_cases.json)."""

import pytest

from tests.conftest import load_cases

CASES = load_cases("quotes_described_cases.json")


@pytest.mark.parametrize("case", CASES["cases"], ids=lambda c: f"{c['speaker']} -> {c['name']}")
def test_described_speaker_resolves_to_its_holder(speaker_of, case):
    assert speaker_of(case) == (case["entity"], case["name"])
