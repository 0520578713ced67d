"""The cue of a quoted sentence with none of its own, in the sentence just before it: a speech verb
that took no words of its own ('Iowa State's Dianne Bystrom agreed. "…"', 'X said in a statement.
"…"', 'Howard continued his remarks. "…"'); its subject is the quote's speaker."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotes.cues import is_speech_cue
from pipeline.quotes.doc import Ctx, Item
from pipeline.quotes.edges import FINITE_TAGS
from pipeline.quotes.subjects import find_subject

_CONTENT_DEPS = {"ccomp", "xcomp", "parataxis"}  # a verb with such a clause said something of its own


def sentence_cue(ctx: Ctx, start: int, kept: list[Item]) -> Token | None:
    """The speech verb of the sentence that ends, on a full stop, right before a quote opening at
    `start` (in its paragraph, or closing the paragraph before when the quote opens its own), when
    that verb heads its sentence, is no kept quote's cue, has a subject and no clause of its own."""
    before = ctx.text[:start].rstrip()
    gap = ctx.text[len(before):start]
    if not before.endswith(".") or gap.count("\n") > 2:
        return None
    stop = ctx.doc[ctx.token_at(len(before) - 1)]
    if ctx.in_quote(stop):
        return None
    used = {it.cue.i for it in kept if it.cue is not None}
    for tok in stop.sent:
        if (tok.i not in used and is_speech_cue(tok) and tok.tag_ in FINITE_TAGS and not ctx.in_quote(tok)
                and tok.dep_ == "ROOT" and not any(c.dep_ in _CONTENT_DEPS for c in tok.children)):
            return tok if find_subject(tok, ctx.quotes) is not None else None
    return None
