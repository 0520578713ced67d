"""A quoted title in a name's slot, its stop only the sentence's ('"A," X said on the podcast "Open
Field Notes."', 'on NBS\u2019s "Morning Lines."'; issue 19: PolNeAR train leaves them out): the
title of a show, book or film a sentence names, no words of anyone's, though the writer's full stop
or comma sits inside its closing marks."""

from __future__ import annotations

from pipeline.quotes.doc import Ctx
from pipeline.quotes.marks import closing_char

_NAME_SLOT_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "POS"})  # 'the podcast "X."', 'NBS's "X."'
_POSSESSIVE = "case"  # an 's the parse tags a verb ('Channel 8's "X."')
_PLACING = frozenset({"on", "in"})  # 'said on "X."', 'starred in "X."'
_SENTENCE_STOPS = frozenset({".", ","})  # not '!' or '?': a title that asks or shouts may be said


def title_in_slot(ctx: Ctx, start: int, end: int) -> bool:
    """The quote [start, end), already known to be a title, closes on a full stop or comma and
    stands right after a noun, a possessive or 'on' or 'in' (a name's slot, not a verb's object
    nor a sentence's start)."""
    if closing_char(ctx.text, start, end) not in _SENTENCE_STOPS:
        return False
    i = ctx.token_at(start)
    if i == 0 or ctx.doc[i].idx != start:
        return False
    before = ctx.doc[i - 1]
    return before.tag_ in _NAME_SLOT_TAGS or before.dep_ == _POSSESSIVE or before.lower_ in _PLACING
