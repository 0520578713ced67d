"""Parts of a content on the other side of its attribution: the words before an attribution set
off by commas ('If A, X said, B'), a reason after a trailing one ('A, X insists, because B'), and
a clause before an attribution that goes on with another act of saying ('A, he added, saying B')."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotes.cues import SPEECH_LEMMAS, is_cue
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


def said_before_participle(verb: Token) -> tuple[int, int] | None:
    """'It had to be done, he added, saying B': the clause the parse took for the head of a saying set
    off by commas that a participle of saying goes on from (token bounds of the clause)."""
    doc, head = verb.doc, verb.head
    if verb.dep_ != "parataxis" or head.i > verb.i or verb.lemma_.lower() not in SPEECH_LEMMAS:
        return None
    subj = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    if subj is None or subj.left_edge.i < 2 or doc[subj.left_edge.i - 1].text != ",":
        return None
    if not any(c.tag_ == "VBG" and doc[c.i - 1].text == "," and is_cue(c) for c in verb.rights):
        return None
    if head.left_edge.i >= subj.left_edge.i - 1 or not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in head.children
    ):
        return None
    return head.left_edge.i, subj.left_edge.i - 2
