"""A content never starts or ends inside a hyphenated word the tokenizer split at its hyphens
('said e|-mails should be kept', 'the firm he co|-founded'): its edges move to the word's edges."""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.quotes.doc import Ctx, Item
from pipeline.quotes.edges import whole_word


def _glued(doc: Doc, i: int) -> bool:
    """Token `i` is a hyphen joining the words either side of it, with no space ('e-mails')."""
    return (0 < i < len(doc) - 1 and doc[i].text == "-" and not doc[i - 1].whitespace_
            and not doc[i].whitespace_ and doc[i - 1].text.isalnum() and doc[i + 1].text.isalnum())


def word_start(doc: Doc, i: int) -> int:
    """The first token of the hyphenated word token `i` is a later piece of ('ex-|minister'), else `i`."""
    while _glued(doc, i - 1):
        i -= 2
    return i


def whole_pieces(ctx: Ctx, it: Item) -> None:
    """`it` and its parts widened to whole words: a start inside a hyphenated word moves back to the
    word's first piece; an end inside one (not of a direct quote) on past its last piece and the words
    it governs (`edges.whole_word`: 'that it would re|-enter the market')."""
    doc, starts = ctx.doc, ctx.starts
    if not len(doc) or it.kind == "direct":
        return
    moved: dict[int, int] = {}
    for s, e in it.pieces():
        i = ctx.token_at(s)
        if starts[i] == s and (j := word_start(doc, i)) != i:
            moved[s] = starts[j]
        i = ctx.token_at(e - 1)
        if starts[i] + len(doc[i]) == e and (j := whole_word(doc, i)) != i:
            moved[e] = starts[j] + len(doc[j])
    if moved:
        it.parts = [(moved.get(s, s), moved.get(e, e)) for s, e in it.parts]
        it.start, it.end = moved.get(it.start, it.start), moved.get(it.end, it.end)
