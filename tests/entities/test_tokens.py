"""The Doc's per-token lists (`entities.tokens`): each made once per Doc, each the same as what the
Tokens give, so the rules that read them see the article as `doc[i]` shows it."""

from __future__ import annotations

import pytest

from pipeline.entities import candidates as C
from pipeline.entities import tokens as TK

TEXTS = (
    "Quillon Mardew, the harbour master, said on Tuesday that the ferry would sail.",
    "Trade fell 4% at Brenvale Holdings;\n\nits chief, Dr Ivo Sarkany, blamed  the weather.",
)


@pytest.mark.parametrize("text", TEXTS)
def test_toks_are_the_docs_tokens(nlp, text):
    doc = nlp(text)
    toks = TK.toks(doc)
    assert len(toks) == len(doc)
    for i in range(-len(doc), len(doc)):  # negative indices count from the end, as `doc[i]` does
        assert toks[i] == doc[i] and toks[i].text == doc[i].text and toks[i].i == doc[i].i
    with pytest.raises(IndexError):  # past the end, as `doc[len(doc)]`
        toks[len(doc)]
    with pytest.raises(IndexError):
        doc[len(doc)]


@pytest.mark.parametrize("text", TEXTS)
def test_lists_match_the_tokens(nlp, text):
    doc = nlp(text)
    held = TK.fresh(doc)
    assert held.words == [t.text for t in doc]
    assert held.lowers == [t.lower_ for t in doc]
    assert held.ws == [t.whitespace_ for t in doc]
    assert held.tags == [t.tag_ for t in doc]
    assert held.pos == [t.pos_ for t in doc]


def test_made_once_and_shared(nlp):
    doc = nlp(TEXTS[0])
    first = TK.fresh(doc).toks
    assert TK.toks(doc) is first  # the same list while the article is read, no Token made again
    assert C.DocCtx(doc).toks is first  # the per-document context reads the same list
    other = nlp(TEXTS[1])
    assert TK.toks(other) is not first and TK.toks(other)[0].doc is other  # another Doc: its own
