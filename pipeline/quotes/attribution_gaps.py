"""What may stand between the parts of an interrupted quote: its attribution clause, and reported
speech of the attribution's ('"A," X said. X did not name Y. "B."', PolNeAR's reading). A sentence of
narration with no saying in it ('"A," X said. The firm has Y staff. "B."') ends the quote: B is a
quote of its own, not one more part of A."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotes.cues import is_according, is_cue
from pipeline.quotes.doc import Ctx
from pipeline.quotes.edges import FINITE_TAGS


def narration_between(ctx: Ctx, cue: Token, start: int) -> bool:
    """A clause of its own (a finite verb) with no cue between the end of `cue`'s sentence and a quote
    at `start` ('"A," X said. Y was Z. "B."'); not a name the parse split at a '!' ('said X of Y!
    Films. "B."'), nor reported speech ('"A," X said. X denied Y. "B."')."""
    words = ctx.doc[cue.sent.end:ctx.token_at(start)]
    return any(t.tag_ in FINITE_TAGS for t in words) and not any(
        is_cue(t, stances=True) or is_according(t) for t in words)
