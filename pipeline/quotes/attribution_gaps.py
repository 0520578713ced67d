"""What may stand between the parts of an interrupted quote: its attribution clause alone. A sentence
of narration after the attribution's own ('"A," X said. The firm has Y staff. "B."') ends the quote:
B is a quote of its own, not one more part of A."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotes.doc import Ctx
from pipeline.quotes.edges import FINITE_TAGS


def sentence_between(ctx: Ctx, cue: Token, start: int) -> bool:
    """A clause of its own (a finite verb) between the end of `cue`'s sentence and a quote at `start`
    ('"A," X said. Y was Z. "B."'); not a name the parse split at a '!' ('said X of Y! Films. "B."')."""
    return any(t.tag_ in FINITE_TAGS for t in ctx.doc[cue.sent.end:ctx.token_at(start)])
