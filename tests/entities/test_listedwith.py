"""Tests for pipeline.entities.listedwith: a one-word name the model guessed a facility for, listed
with firms only, is a firm; never one after a place's "at"."""

from __future__ import annotations

import re

from pipeline.entities import candidates as C
from pipeline.entities import grouping as G
from pipeline.entities import listedwith as LW


def _cands(doc, ctx, name: str, label: str) -> list[C.Cand]:
    out = []
    for m in re.finditer(rf"\b{name}\b", doc.text):
        span = doc.char_span(m.start(), m.end())
        out.append(C.Cand(span.start, span.end, label, "model", 1.0))
    return out


def _run(nlp, text: str) -> str:
    doc = nlp(text)
    ctx = C.DocCtx(doc)
    weak = _cands(doc, ctx, "Norvex", "FAC")
    firm = _cands(doc, ctx, "Verizon", "ORG")
    labels = {G.gkey(ctx, c): c.label for c in weak + firm}
    LW.coordinated(ctx, weak + firm, labels, G.gkey)
    return labels[G.gkey(ctx, weak[0])]


def test_facility_listed_with_a_firm_is_a_firm(nlp):
    text = "The deal would give either Norvex or Verizon a bigger network. Norvex has made a bid."
    assert _run(nlp, text) == "ORG"


def test_facility_after_at_stays(nlp):
    text = "The teams meet at Norvex and Verizon will show the match on Sunday."
    assert _run(nlp, text) == "FAC"
