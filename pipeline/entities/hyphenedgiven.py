"""Given names written as two words joined by a hyphen ("Anna-Lise", "Karl-Uwe"), which the census
lists hold only in part: one given name when its first word is a common given name."""

from __future__ import annotations

from pipeline.entities import lexicon as L
from pipeline.entities.candidates import DocCtx


def given_end(ctx: DocCtx, s: int, e: int) -> bool:
    """Tokens s..e are one given name: a common given name alone ("Edith"), or one glued by a hyphen
    to a capitalised word ("Karl-Uwe", "Anna-Lise"), no space either side of the hyphen."""
    words = ctx.words
    if e - s == 1:
        return L.given_name(L.norm(words[s]))
    if e - s != 3 or words[s + 1] != "-" or ctx.ws[s] or ctx.ws[s + 1]:
        return False
    tail = ctx.toks[s + 2]
    return tail.is_title and tail.is_alpha and len(tail) > 2 and L.given_name(L.norm(words[s]))
