"""Tests for `pipeline.entities.genrewords.genre_word` and `gradewords.grade_word` through the
stage, on texts whose model labels are set by hand (cases in tests/data/entities_genrewords_cases.json)."""

from __future__ import annotations

import pytest

from tests.conftest import load_cases
from tests.entities.handlabels import check_case

CASES = load_cases("entities_genrewords_cases.json")["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_genre_words_are_no_names(nlp, case):
    check_case(nlp, case)
