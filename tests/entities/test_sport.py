"""Tests for telling sports reports (pipeline.entities.sport.story and lexicon.is_sports_doc)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy

from pipeline.entities import candidates as C
from pipeline.entities import sport as S

CASES = json.loads((Path(__file__).parents[1] / "data" / "entities_cases.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def tokenizer():
    return spacy.blank("en")


@pytest.mark.parametrize("case", CASES["sports_detection"], ids=lambda c: c["why"])
def test_sports_story(tokenizer, case):
    ctx = C.DocCtx(tokenizer(case["text"]))
    assert (ctx.sports or S.story(ctx)) == case["sports"]
