"""Tests for pipeline.entities.cutnames.initialled_firms: a firm's initials the model read as a place
it does not know, before a place-like name, join that name as one body."""

from __future__ import annotations

import pytest

from pipeline.entities import candidates as C
from pipeline.entities import cutnames as CN
from tests.conftest import load_cases, span_of
from tests.entities.handlabels import check_counts

CASES = load_cases("entities_cases.json")["initialled_firms"]


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:40] for c in CASES])
def test_initialled_firms(nlp, case):
    doc = nlp(case["text"])
    ctx = C.DocCtx(doc)
    cands = [C.Cand(span_of(doc, piece).start, span_of(doc, piece).end, label, "model", 1.0)
             for piece, label in zip((case["a"], case["b"]), case["labels"], strict=True)]
    out = CN.initialled_firms(ctx, cands)
    if case["joined"] is None:
        assert [c.label for c in out] == case["labels"]
    else:
        assert [(doc[c.start : c.end].text, c.label) for c in out] == [
            (f"{case['a']} {case['b']}", case["joined"])
        ]


FIELD_CASES = load_cases("entities_cutfields_cases.json")["cases"]


@pytest.mark.parametrize("case", FIELD_CASES, ids=[c["name"] for c in FIELD_CASES])
def test_topic_fields(nlp, case):
    """A body's head, a topic ("the Study of") and fields parted by commas: one body (`join_fields`)."""
    check_counts(nlp, case)
