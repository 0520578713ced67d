"""Tests for pipeline.entities.readings: labels read from a name's words and its sentence (whole
articles: tests/data/entities_cases.json, run by test_stage.py)."""

from __future__ import annotations

import pytest

from pipeline.entities import candidates as C
from pipeline.entities import grouping as G
from pipeline.entities import readings as RD
from tests.conftest import span_of

CASES = [  # text, cands (piece, label), piece read, label expected
    ("Ann Hale and Tom Hale left. Later the Hales went home.",
     [("Ann Hale", "PERSON"), ("Tom Hale", "PERSON"), ("Hales", "ORG")], "Hales", "PERSON"),
    ("Joss Stone sang. Why were the Stones not there?", [("Joss Stone", "PERSON"), ("Stones", "ORG")],
     "Stones", "ORG"),  # a common word: one person does not make a family
    ("Cricket Australia fined him.", [("Cricket Australia", "GPE")], "Cricket Australia", "ORG"),
    ("He trained in Cape Town.", [("Cape Town", "LOC")], "Cape Town", "GPE"),
    ("He saw the Sahara.", [("Sahara", "LOC")], "Sahara", "LOC"),
    ("After his Budget last week, taxes rose.", [("Budget", "ORG")], "Budget", "EVENT"),
    ("Fans of the post-Busted era cheered Busted.", [("Busted", "ORG")], "Busted", "ORG"),  # no noun
]


@pytest.mark.parametrize(("text", "given", "piece", "expect"), CASES, ids=[c[2] for c in CASES])
def test_readings(nlp, text, given, piece, expect):
    doc = nlp(text)
    ctx = C.DocCtx(doc)
    cands = []
    for name, label in given:
        span = span_of(doc, name) if name != "Busted" else doc[len(doc) - 2 : len(doc) - 1]
        cands.append(C.Cand(span.start, span.end, label, "model", 2.0))
    labels = {G.gkey(ctx, c): c.label for c in cands}
    RD.apply(ctx, cands, labels, G.gkey)
    [c] = [c for c in cands if doc[c.start : c.end].text == piece]
    assert c.label == expect
    assert labels[G.gkey(ctx, c)] == expect
