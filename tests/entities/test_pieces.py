"""Tests for pipeline.entities.pieces: names the model cut in two, re-joined or kept apart."""

from __future__ import annotations

from pipeline.entities import candidates as C
from pipeline.entities import pieces as PC
from tests.conftest import span_of


def test_a_bands_possessive_stays_off_its_title(nlp):
    doc = nlp("The album came fourth while Velvetine's Up All Hours was in fifth place.")
    owner, title = span_of(doc, "Velvetine"), span_of(doc, "All Hours")
    cands = [C.Cand(owner.start, owner.end, "ORG", "model", 1.0),
             C.Cand(title.start, title.end, "WORK_OF_ART", "model", 2.0)]
    out = PC.join_pieces(C.DocCtx(doc), cands)
    assert [(doc[c.start : c.end].text, c.label) for c in out] == [
        ("Velvetine", "ORG"), ("Up All Hours", "WORK_OF_ART")]
