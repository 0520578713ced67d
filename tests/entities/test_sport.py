"""Tests for telling sports reports (pipeline.entities.sport.story and lexicon.is_sports_doc)."""

from __future__ import annotations

import pytest
import spacy

from pipeline.entities import candidates as C
from pipeline.entities import sport as S
from tests.conftest import load_cases

CASES = load_cases("entities_cases.json")


@pytest.fixture(scope="module")
def tokenizer():
    return spacy.blank("en")


@pytest.mark.parametrize("case", CASES["sports_detection"], ids=lambda c: c["why"])
def test_sports_story(tokenizer, case):
    ctx = C.DocCtx(tokenizer(case["text"]))
    assert (ctx.sports or S.story(ctx)) == case["sports"]
