"""Tests for pipeline.entities.shortbodies: initials and acronym shapes (the whole stage's cases are
golden cases in tests/data/entities_cases.json, run by test_stage.py)."""

from __future__ import annotations

import pytest

from pipeline.entities import acronyms as AC
from pipeline.entities import shortbodies as SB
from tests.conftest import load_cases
from tests.entities.handlabels import check_counts

CASES = load_cases("entities_cases.json")["short_bodies"]


@pytest.mark.parametrize(("word", "name"), CASES["spells"])
def test_spells(word, name):
    assert SB.spells(word, name.split())


@pytest.mark.parametrize(("word", "name"), CASES["not_spells"])
def test_not_spells(word, name):
    assert not SB.spells(word, name.split())


@pytest.mark.parametrize("word", CASES["acronyms"])
def test_acronym_word(word):
    assert AC.acronym_shaped(word, 8)


@pytest.mark.parametrize("word", CASES["not_acronyms"])
def test_not_acronym_word(word):
    assert not AC.acronym_shaped(word, 8)


@pytest.mark.parametrize(("word", "name"), CASES["suffixed"])
def test_suffixed(word, name):
    """A firm's initials and its legal suffix's ("HSI" of "Halvard Systems", Inc)."""
    assert SB.suffixed(word, name.split())


@pytest.mark.parametrize(("word", "name"), CASES["not_suffixed"])
def test_not_suffixed(word, name):
    assert not SB.suffixed(word, name.split())


FIRM_CASES = load_cases("entities_firmtails_cases.json")["cases"]


@pytest.mark.parametrize("case", FIRM_CASES, ids=[c["name"] for c in FIRM_CASES])
def test_firm_tails(nlp, case):
    """A firm's short name joins its full name that adds a legal form or trade word only."""
    check_counts(nlp, case)
