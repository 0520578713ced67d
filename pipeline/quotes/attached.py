"""Parts of a content on the other side of its attribution: the words before an attribution set
off by commas ('If A, X said, B') and a reason after a trailing one ('A, X insists, because B')."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotes.cues import is_cue
from pipeline.quotes.doc import Ctx, Item
from pipeline.quotes.edges import fronted_part, reason_part
from pipeline.quotes.marks import WORD_RE
from pipeline.quotes.spans import tok_span


def keep_fronted(ctx: Ctx, item: Item, verb: Token) -> None:
    """'If A, she said, B': the words before the attribution are the content's first part."""
    if item.parts:
        return
    front = fronted_part(ctx.doc, verb, ctx.token_at(item.start), is_cue)
    if front is not None and front[1] <= item.start:
        item.parts = [front, (item.start, item.end)]
        item.start = front[0]


def keep_reason(ctx: Ctx, item: Item, verb: Token) -> None:
    """'A, X insists, because B': the reason after the attribution is the content's second part (not
    after a closed quote, whose words are all the speaker's)."""
    q = ctx.quotes.index_at(item.end - 1)
    if item.parts or (q is not None and not WORD_RE.search(ctx.text, item.end, ctx.quotes.spans[q][1])):
        return  # '"A," X insisted, with Y standing by': a quote closes the speaker's words
    bounds = reason_part(verb, ctx.token_at(item.end - 1))
    rest = tok_span(ctx, bounds[0], bounds[1], verb) if bounds else None
    if rest is not None:
        item.parts, item.end = [(item.start, item.end), rest], rest[1]
