"""Tests for pipeline.entities.titleedges: a work's own marks, "The" and last word at its edges."""

from __future__ import annotations

import pytest

from pipeline.entities import stage  # the stage first: it imports the entities modules in their order
from pipeline.entities import titleedges as TE
from tests.conftest import load_cases, span_of

C = stage.C

CASES = load_cases("entities_cases.json")


@pytest.mark.parametrize("case", CASES["title_edges"], ids=lambda c: c["why"])
def test_title_edges(nlp, case):
    doc = nlp(case["text"])
    ctx = C.DocCtx(doc)
    groups = []
    for pieces, label in case["spans"]:  # one group of mentions per entry
        spans = [span_of(doc, piece) for piece in pieces]
        groups.append([C.Cand(span.start, span.end, label) for span in spans])
    TE.title_edges(ctx, groups)
    assert [doc[ms[0].start : ms[0].end].text for ms in groups] == case["found"]
