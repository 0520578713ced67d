"""Tests for players a sports report lists with a person (`sportpeople._listed`) through the stage,
on texts whose model labels are set by hand, and of `sports_person` alone on such texts (cases and
units in tests/data/entities_listedplayers_cases.json, with negative ones)."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from pipeline.entities import candidates as C
from pipeline.entities import sportpeople as SP
from tests.conftest import load_cases
from tests.entities.handlabels import check_case

CASES = load_cases("entities_listedplayers_cases.json")["cases"]
UNITS = load_cases("entities_listedplayers_cases.json")["units"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_listed_players(nlp, case):
    check_case(nlp, case)


def _voted(nlp, case: dict) -> tuple[C.DocCtx, list[C.Cand]]:
    """A sports report's context of the case's text, the model's names set by hand, and the
    mentions of its `name` as the vote's bodies."""
    doc = nlp(case["text"])
    spans = []
    for name, label in {**case["labels"], case["name"]: "ORG"}.items():
        k = case["text"].find(name)
        span = doc.char_span(k, k + len(name))
        spans.append(Span(doc, span.start, span.end, label=label))
    doc.ents = sorted(spans, key=lambda s: s.start)
    ctx = C.DocCtx(doc)
    ctx.sports = True
    span = next(s for s in spans if s.text == case["name"])
    return ctx, [C.Cand(span.start, span.end, "ORG")]


@pytest.mark.parametrize("case", UNITS, ids=[c["why"] for c in UNITS])
def test_sports_person_listed(nlp, case):
    ctx, ms = _voted(nlp, case)
    assert SP.sports_person(ctx, ms) is case["expect"]
