"""Tests for names in sports reports: numbered competitions (competitions), clubs after a club's noun
and with their head word (clubnouns), teams' nicknames (nicknames)."""

from __future__ import annotations

import pytest
import spacy

from pipeline.entities import candidates as C
from pipeline.entities import clubnouns as CNS
from pipeline.entities import nicknames as NCK
from tests.conftest import load_cases
from tests.entities.test_stage import check_golden

CASES = load_cases("entities_sport_names_cases.json")


@pytest.fixture(scope="module")
def tokenizer():
    return spacy.blank("en")


@pytest.mark.parametrize("case", CASES["cases"], ids=lambda c: c["name"])
def test_sports_names(entities_nlp, case):
    check_golden(case["text"], entities_nlp(case["text"])._.entities, case)


def _sports_ctx(tokenizer, text: str) -> C.DocCtx:
    ctx = C.DocCtx(tokenizer(text))
    ctx.sports = True
    return ctx


def _span(ctx: C.DocCtx, words: str) -> tuple[int, int]:
    parts = words.split()
    for i in range(len(ctx.words)):
        if ctx.words[i : i + len(parts)] == parts:
            return i, i + len(parts)
    raise AssertionError(words)


@pytest.mark.parametrize("case", CASES["headed_towns"], ids=lambda c: c["why"])
def test_headed_towns(tokenizer, case):
    ctx = _sports_ctx(tokenizer, case["text"])
    cands = [C.Cand(*_span(ctx, case["town"]), "GPE")]
    if "Rovers" in case["text"]:
        cands.append(C.Cand(*_span(ctx, "Kelby Rovers"), "ORG"))
    CNS.headed_towns(ctx, cands)
    got = ctx.doc[cands[0].start : cands[0].end].text
    assert got == case["expect"]
    assert cands[0].label == ("ORG" if got != case["town"] else "GPE")


@pytest.mark.parametrize("case", CASES["nicknames"], ids=lambda c: c["why"])
def test_nickname_cands(entities_nlp, case):
    ctx = C.DocCtx(entities_nlp(case["text"]))
    ctx.sports = True
    cands = [C.Cand(*_span(ctx, name), "PERSON") for name in case.get("names", [])]
    found = NCK.nickname_cands(ctx, cands)
    assert [ctx.words[c.start] for c in found] == case["expect"]
    assert all(c.label == "ORG" for c in found)
