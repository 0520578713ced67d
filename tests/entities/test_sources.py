"""Tests for pipeline.entities.sources: weekday papers and digit-led firms the model misses."""

from __future__ import annotations

import pytest

from pipeline.entities import candidates as C
from pipeline.entities import sources as SO


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        ("A report in the Sunday Business claimed he would go.", ["Sunday Business"]),
        ("He spoke on Sunday Night about the Sunday March.", []),  # a time, a month
        ("She left on Sunday.", []),
    ],
)
def test_weekday_papers(nlp, text, expect):
    doc = nlp(text)
    ctx = C.DocCtx(doc)
    model = [C.Cand(e.start, e.end, e.label_, "model", 1.0) for e in doc.ents if e.label_ != "DATE"]
    found = SO.weekday_papers(ctx, model)  # new names, or the model's names with their weekday
    names = [doc[c.start : c.end].text for c in found + model if c.label == "ORG" and c.start == c.end - 2]
    assert [n for n in names if n.split()[0] in SO.WEEKDAYS] == expect


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        ("Growth will slow, consultancy 7Point said.", ["7Point"]),
        ("The firm 4G network is fast.", []),
        ("The chain 3D sells TVs.", []),  # one capital: a technology, not a firm
    ],
)
def test_digit_firms(nlp, text, expect):
    doc = nlp(text)
    ctx = C.DocCtx(doc)
    assert [doc[c.start : c.end].text for c in SO.digit_firms(ctx)] == expect
