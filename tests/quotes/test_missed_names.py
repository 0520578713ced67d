"""Speakers whose names the entities missed or cut short (tests/data/quotes_missed_names_cases.json)."""

import pytest

from tests.conftest import load_cases

CASES = load_cases("quotes_missed_names_cases.json")


@pytest.mark.parametrize("case", CASES["cases"], ids=lambda c: f"{c['speaker']} -> {c['name']}")
def test_speaker_is_the_person_named(speaker_of, case):
    assert speaker_of(case) == (case["entity"], case["name"])
