"""Tests for pipeline.entities.nonames `_house_law`: "an Act of Parliament", "Acts of Congress" are
kinds of law, not names; a law's own name stays; golden cases in
tests/data/entities_houselaws_cases.json."""

from __future__ import annotations

import pytest

from pipeline.entities import candidates as C
from pipeline.entities import nonames as NN
from tests.conftest import load_cases

CASES = load_cases("entities_houselaws_cases.json")["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_house_law(nlp, named_cands, case):
    doc = nlp(case["text"])
    cands = named_cands(doc, case["body"], "LAW")
    kept = NN.filter_caps(C.DocCtx(doc), cands)
    assert bool(kept) is case["kept"]
