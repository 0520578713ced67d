"""A name the model runs on past a capital letter and a full stop that ends a sentence, not an
initial ("... and Malcolm X. Ann Lee, his daughter, said"): the tokenizer keeps "X." whole, so the
model reads one name. The span splits after the letter when the article writes the words before
it with the letter and no full stop elsewhere ("Malcolm X," "Malcolm X said"): the letter ends a
name there, so it is no initial ("George W. Bush" is never written "George W").
"""

from __future__ import annotations

import re

from pipeline.entities import candidates as C
from pipeline.entities.candidates import Cand


def split_initial(ctx: C.DocCtx, a: int, b: int) -> list[tuple[int, int]]:
    """The span a..b, or its two names when an inner "X." token ends the first (see the module's doc)."""
    words = ctx.words
    for k in range(a + 1, b - 1):
        if _dotted_letter(words[k]) and words[k + 1][:1].isupper() and _written_bare(ctx, a, k):
            return [(a, k + 1), (k + 1, b)]
    return [(a, b)]


def _dotted_letter(word: str) -> bool:
    """One capital letter and a full stop ("X.")."""
    return len(word) == 2 and word[0].isupper() and word[1] == "."


def _written_bare(ctx: C.DocCtx, a: int, k: int) -> bool:
    """The words a..k (the letter without its full stop) stand elsewhere in the article followed by
    no full stop and no letter: a whole name ending in that letter."""
    bare = ctx.span_text(a, k) + " " + ctx.words[k][0]
    return re.search(re.escape(bare) + r"(?![.\w])", ctx.text) is not None


def cut_runs(ctx: C.DocCtx, cands: list[Cand]) -> list[Cand]:
    """The cue rules' names cut after an inner "X." that ends a name (`split_initial`): "the films Y
    and Malcolm X. Ann Lee said" names the film "Malcolm X", and the model's span names Ann Lee."""
    for c in cands:
        if c.end - c.start > 2:
            c.end = split_initial(ctx, c.start, c.end)[0][1]
    return cands
