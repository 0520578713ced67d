"""A tournament's group named by a letter ("top of Group F", "Pool C winners"): one EVENT spanning
the head word and its letter, never a body (ORG) nor the head word cut from its letter. The eval's
gold names such a group as a MISC-kind name; a group is a stage of its event, so EVENT it is."""

from __future__ import annotations

from pipeline.entities import candidates as C
from pipeline.entities.candidates import Cand

GROUP_HEADS = frozenset({"Group", "Pool"})


def _letter(ctx: C.DocCtx, i: int) -> bool:
    """The token at `i` is one capital letter ("F"), not a word, a number or "I"."""
    w = ctx.words[i] if i < len(ctx.words) else ""
    return len(w) == 1 and "A" <= w <= "Z" and w != "I"  # "the Group I lead": the pronoun


def _group_at(ctx: C.DocCtx, c: Cand) -> bool:
    """`c` is "Group"/"Pool", alone before a letter or with it, and nothing more."""
    if ctx.words[c.start] not in GROUP_HEADS:
        return False
    n = c.end - c.start
    return (n == 1 or n == 2) and _letter(ctx, c.start + 1)


def _cut_letter(ctx: C.DocCtx, i: int) -> bool:
    """The token at `i` is a group's letter after its head ("Group" "F")."""
    return i > 0 and _letter(ctx, i) and ctx.words[i - 1] in GROUP_HEADS


def group_stages(ctx: C.DocCtx, cands: list[Cand]) -> list[Cand]:
    """`cands` with each lettered tournament group one EVENT over head and letter ("Group F")."""
    starts = {c.start for c in cands}
    out = []
    for c in cands:
        if _group_at(ctx, c):
            if c.end - c.start == 2 or c.start + 1 not in starts:  # not "Group" before "A Kelby"
                c.end, c.label = c.start + 2, "EVENT"
        elif c.end - c.start == 1 and _cut_letter(ctx, c.start):
            continue  # the letter cut from its head: the head's name holds it
        out.append(c)
    return out
