"""Tests for entities.gamelists and entities.gamespans (games' titles in a games story: runs of
titles, sequels the model missed, subtitles after a colon, makers cut off), through the stage with
the model's labels set by hand, on invented names."""

from __future__ import annotations

import pytest

from tests.conftest import load_cases
from tests.entities.handlabels import check_texts

CASES = load_cases("entities_gametitles_cases.json")


def _ids(kind: str) -> list[str]:
    return [c["text"][:40] for c in CASES[kind]]


@pytest.mark.parametrize("case", CASES["lists"], ids=_ids("lists"))
def test_game_lists(nlp, case):
    check_texts(nlp, case)


@pytest.mark.parametrize("case", CASES["sequels"], ids=_ids("sequels"))
def test_numbered_games(nlp, case):
    check_texts(nlp, case)


@pytest.mark.parametrize("case", CASES["colons"], ids=_ids("colons"))
def test_colon_titles(nlp, case):
    check_texts(nlp, case)


@pytest.mark.parametrize("case", CASES["makers"], ids=_ids("makers"))
def test_maker_titles(nlp, case):
    check_texts(nlp, case)


@pytest.mark.parametrize("case", CASES["laws"], ids=_ids("laws"))
def test_lawless_titles(nlp, case):
    check_texts(nlp, case)
