"""Tests for pipeline.entities.medicines and `candidates.relabel`, the one relabelling rule that
medicines, readings, films, acts and the other label passes share."""

from __future__ import annotations

from pipeline.entities import candidates as C
from pipeline.entities import grouping as G
from pipeline.entities import medicines as MD
from tests.conftest import span_of


def test_called_study_in_a_sports_story(nlp):
    """A sports story keys a place apart from its team ("x|place"): the name a study's noun names
    is a work under the key its place's label gave it too, so the vote's labels follow."""
    doc = nlp("The league read a report called Bright Harbour on what clubs pay players.")
    ctx = C.DocCtx(doc)
    ctx.sports = True
    span = span_of(doc, "Bright Harbour")
    c = C.Cand(span.start, span.end, "GPE", "model", 2.0)
    labels = {G.gkey(ctx, c): "GPE"}
    MD.called_labels(ctx, [c], labels, G.gkey)
    assert c.label == "WORK_OF_ART"
    assert labels == {"bright harbour|place": "WORK_OF_ART", "bright harbour": "WORK_OF_ART"}


def test_relabel_keeps_a_persons_role(nlp):
    """A person keeps the role of its mention; any other label drops it."""
    doc = nlp("Chief executive Ann Hale spoke.")
    ctx = C.DocCtx(doc)
    span = span_of(doc, "Ann Hale")
    c = C.Cand(span.start, span.end, "ORG", "model", 2.0, role="chief executive")
    labels: dict[str, str] = {}
    C.relabel(ctx, [c], labels, G.gkey, "PERSON")
    assert (c.label, c.role, labels) == ("PERSON", "chief executive", {"ann hale": "PERSON"})
    C.relabel(ctx, [c], labels, G.gkey, "ORG")
    assert (c.label, c.role) == ("ORG", None)
