"""A work's title that holds "and" after a lone word ("Marcus and Mrs Fenwick", "Tam and the Owl")
where the model cut it at the "and": after the vote, a name voted a work whose every mention (two
at least) follows the same capitalised word and "and" is one work with that word, which the
actor "Marcus Vane" named elsewhere no longer takes as a mention. One mention is no evidence:
"the dramas Hale and Night Ferry" may list two works. Token indices.
"""

from __future__ import annotations

from collections.abc import Callable

from pipeline.entities.candidates import Cand, DocCtx, by_key
from pipeline.entities.worklists import KEPT

WORK = "WORK_OF_ART"


def and_titles(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> list[Cand]:
    """`cands` with each work written "<Word> and <work>" at every mention grown over the word, the
    word's own names dropped (see the module)."""
    if "and" not in ctx.words or not any(c.label == WORK for c in cands):
        return cands
    drop: set[int] = set()
    for key, ms in by_key(ctx, [c for c in cands if c.end > c.start], key_of).items():
        if labels.get(key) != WORK or len(ms) < 2 or any(c.src in KEPT for c in ms):
            continue
        heads = {_head(ctx, c) for c in ms}
        if len(heads) != 1 or None in heads:
            continue
        for c in ms:
            drop |= {id(o) for o in cands if o is not c and o.start == o.end - 1 == c.start - 2}
            c.start -= 2
        labels[key_of(ctx, ms[0])] = WORK
    return [c for c in cands if id(c) not in drop] if drop else cands


def _head(ctx: DocCtx, c: Cand) -> str | None:
    """The one capitalised word before "and" right before c, inside a sentence and after no other
    capitalised word ("Tom Hale and X" lists a person), or None."""
    s, words = c.start, ctx.words
    if s < 3 or words[s - 1] != "and" or ctx.in_caps(s - 2):
        return None
    w = words[s - 2]
    if not (w.isalpha() and w.istitle()) or ctx.toks[s - 2].is_sent_start or words[s - 3][:1].isupper():
        return None
    return w
