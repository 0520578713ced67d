"""Tests for labels the article's evidence decides, through the stage on texts whose model labels are
set by hand: kinship appositions (`kinappositions`), firms named by an occupation's plural
(`pluralfirms`), nationalities glued to an initialled name's surname (`gluedpeoples`,
`initialnames`), plurals of beings (`groupplurals`) and works after a cue tagged a verb
(`verbcues`); cases in tests/data/entities_namesigns_cases.json, each class with a negative case."""

from __future__ import annotations

import pytest

from tests.conftest import load_cases
from tests.entities.handlabels import check_texts

CASES = load_cases("entities_namesigns_cases.json")["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_name_signs(nlp, case):
    check_texts(nlp, case)
