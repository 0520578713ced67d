"""Tests for `pipeline.entities.peoplelists.listed_people` on texts whose candidates and votes are set
by hand (cases in tests/data/entities_peoplelists_cases.json, with negative cases): a plain name
voted a body, written in a list of people, is a person."""

from __future__ import annotations

import pytest

from pipeline.entities import candidates as C
from pipeline.entities import grouping as G
from pipeline.entities import peoplelists as PLS
from tests.conftest import load_cases

CASES = load_cases("entities_peoplelists_cases.json")["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_listed_people(nlp, named_cands, case):
    doc = nlp(case["text"])
    ctx = C.DocCtx(doc)
    cands = sorted((c for name, label in case["labels"].items() for c in named_cands(doc, name, label)),
                   key=lambda c: c.start)
    labels = {G.gkey(ctx, c): c.label for c in cands}
    PLS.listed_people(ctx, cands, labels, G.gkey)
    for c in cands:
        name = doc[c.start : c.end].text
        if name in case["expect"]:
            assert labels[G.gkey(ctx, c)] == c.label == case["expect"][name], name
