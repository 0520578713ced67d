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


@pytest.mark.parametrize(
    ("text", "name", "expect"),
    [
        ("She told The Economist that rates would rise.", "Economist", True),
        ("He has starred in films such as Ray, The Aviator and Sideways.", "Aviator", True),  # a comma
        ("The Economist said rates would rise.", "Economist", False),  # opens the sentence
        ("Rates Rise, Says The Economist", "Economist", False),  # a headline in title case
        ("The band played Feel The Magic again.", "Magic", False),  # a title's own "The"
    ],
)
def test_the_before(nlp, text, name, expect):
    """One rule for the capital "The" a name takes, works (`kinds.title_articles`) or any other
    name but a person's (`title_articles`, on the grouped mentions)."""
    doc = nlp(text)
    ctx = C.DocCtx(doc)
    s = next(t.i for t in doc if t.text == name)
    assert SO.the_before(ctx, s) is expect
    c = C.Cand(s, s + 1, "ORG", "model", 1.0)
    SO.title_articles(ctx, [[c]])
    assert (c.start == s - 1) is expect
