"""Tests for pipeline.entities.titles: titles of works read from what the article does with them."""

from __future__ import annotations

import pytest

from pipeline.entities import candidates as C
from pipeline.entities import stage  # noqa: F401  (imports the entities modules in their order)
from pipeline.entities import titles as TT
from tests.conftest import load_cases

CASES = load_cases("entities_cases.json")


@pytest.mark.parametrize("case", CASES["dated_titles"], ids=lambda c: c["why"])
def test_dated_titles(nlp, case):
    doc = nlp(case["text"])
    found = TT._dated(C.DocCtx(doc))
    assert [doc[c.start : c.end].text for c in found] == case["found"]
    assert all(c.label == "WORK_OF_ART" for c in found)
