"""Markup left in an article's text: embedded-post tags ('<tweet author="@x" id="1">…</tweet>', a
bare '<tweet/'). A tag is no words of the article: the tokeniser glues it to the post's first and
last words ('id="1">Praying', 'tonight</tweet') and the parser runs the post and the next paragraph
into one sentence. Tags are split off their words and each tag, and the text after it, starts a
sentence of its own; a text without '<' is left as it is."""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Doc

_NAME = r"[A-Za-z][\w:-]*"
_TAG_RE = re.compile(  # an opening tag with attributes, a closing tag, a bare one closed by '/'
    rf"<{_NAME}(?:\s+[\w:-]+\s*=\s*\"[^\"\n<>]*\")+\s*/?>?|</{_NAME}\s*>?|<{_NAME}\s*/>?"
)  # not '20 <kg>': a unit in brackets


def tag_spans(text: str) -> list[tuple[int, int]]:
    """Character spans [start, end) of the markup tags in `text` (none without a '<': no scan)."""
    if "<" not in text:
        return []
    return [(m.start(), m.end()) for m in _TAG_RE.finditer(text)]


def split_markup(doc: Doc, text: str) -> Doc:
    """Split the tags of `text` off the words they are glued to; a tag and the first word after it
    start sentences (set before the parser, which keeps them)."""
    spans = tag_spans(text)
    if not spans:
        return doc
    cuts = {i for span in spans for i in span}
    with doc.retokenize() as retokenizer:
        for tok in doc:
            inner = sorted(c - tok.idx for c in cuts if tok.idx < c < tok.idx + len(tok))
            if inner:
                pieces = [tok.text[a:b] for a, b in zip([0, *inner], [*inner, len(tok)], strict=True)]
                retokenizer.split(tok, pieces, heads=[(tok, 0)] * len(pieces))
    idx = [tok.idx for tok in doc]
    for s, e in spans:
        for i in (bisect_left(idx, s), bisect_left(idx, e)):  # the tag; the first word after it
            while i < len(doc) and doc[i].is_space:
                i += 1
            if 0 < i < len(doc):
                doc[i].is_sent_start = True
    return doc
