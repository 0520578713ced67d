"""Namesakes: a bare surname that several people of the article bear in full ("Hale" beside "Tom Hale"
and his father "Al Hale") stands for the one the article is about, unless its own sentence or the one
before names another of them (or a bare "Hale" already given to another).

`owners_of(ctx, by_key, owners, ms)` gives each mention of `ms` its owner among `owners`.
"""

from __future__ import annotations

from pipeline.entities import candidates as C
from pipeline.entities.candidates import Cand


def main_owner(by_key: dict[str, list[Cand]], owners: list[str]) -> str:
    """The owner named in full most often, the first named on a tie."""
    return min(owners, key=lambda o: (-len(by_key[o]), min(c.start for c in by_key[o])))


def window_start(ctx: C.DocCtx, pos: int) -> int:
    """The first token of the sentence before the one of token `pos` (of its own when it opens the
    text); the text's start where no sentence is marked."""
    toks, starts, i = ctx.toks, 0, pos
    while i > 0 and starts < 2:
        if toks[i].is_sent_start:
            starts += 1
        i -= 1
    return i + 1 if starts == 2 else 0


def owners_of(ctx: C.DocCtx, by_key: dict[str, list[Cand]], owners: list[str], ms: list[Cand]) -> list[str]:
    """The owner of each bare surname of `ms` (in text order): the owner named last in the mention's
    sentence or the one before, in full or by a bare surname already given; else the main owner."""
    main = main_owner(by_key, owners)
    named = sorted((c.start, o) for o in owners for c in by_key[o])
    out: list[str] = []
    for c in sorted(ms, key=lambda m: m.start):
        lo = window_start(ctx, c.start)
        near = [o for s, o in named if lo <= s < c.start]
        owner = near[-1] if near else main
        out.append(owner)
        named = sorted([*named, (c.start, owner)])
    by_start = {c.start: o for c, o in zip(sorted(ms, key=lambda m: m.start), out, strict=True)}
    return [by_start[c.start] for c in ms]
