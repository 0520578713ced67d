"""Tournaments named after their place: "reached the second round at Wimbledon", "the Wimbledon
title", "won Wimbledon". In a sports report, a name the vote made a place (or a body), that the
article uses as a competition somewhere, is the event (EVENT) in all its mentions.

A competition's use: the object of a round ("the third round of X", "the second round at X"; not
"the final at X", which is a ground), the owner of a title or a champion ("the X title", "X
champion"), or the thing won ("won X"). Never a country, a people, or a name of a person; never a
town the article also names as a place ("in X").
"""

from __future__ import annotations

from pipeline.entities.candidates import Cand, DocCtx, by_key, relabel
from pipeline.entities.lexicon import COUNTRIES

ABLE = frozenset({"GPE", "LOC", "FAC", "ORG"})
ROUND_OPENERS = frozenset({"opening", "last", "early", "later"})  # beside the ordinals: "the opening round"
ROUNDS = frozenset({"round", "rounds"})
TITLES = frozenset({"title", "titles", "crown", "champion", "champions", "finalist"})
PLACED = frozenset({"in", "near", "from", "In"})
WON = frozenset({"won", "win", "wins", "winning", "retain", "retained", "defend", "defending"})


def tournaments(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of) -> None:
    """Relabel EVENT a sports report's place or body every mention of which is one word and one of
    which is used as a competition (see the module's doc)."""
    if not ctx.sports:
        return
    for key, ms in by_key(ctx, cands, key_of).items():
        label = labels.get(key)
        if label not in ABLE or key in COUNTRIES or any(c.role or c.end - c.start != 1 for c in ms):
            continue
        if any(c.start > 0 and ctx.words[c.start - 1] in PLACED for c in ms):
            continue  # "the championships in Madrid": the town is also a place of the article
        if any(_round_of(ctx, c.start) or _won(ctx, c.start) or label != "ORG" and _titled(ctx, c.end)
               for c in ms):
            relabel(ctx, ms, labels, key_of, "EVENT")


def _round_of(ctx: DocCtx, i: int) -> bool:
    """ "the second round at X", "the opening round of X": an ordinal round before "at" or "of"."""
    if i < 3 or ctx.words[i - 1] not in {"at", "of"} or ctx.words[i - 2] not in ROUNDS:
        return False
    before = ctx.toks[i - 3]
    return before.ent_type_ == "ORDINAL" or before.lower_ in ROUND_OPENERS


def _won(ctx: DocCtx, i: int) -> bool:
    """ "won X", "to defend X": the name right after a verb of winning."""
    return i > 0 and ctx.toks[i - 1].lower_ in WON and ctx.toks[i - 1].pos_ == "VERB"


def _titled(ctx: DocCtx, end: int) -> bool:
    """ "the X title", "X champion" (not "X's title", a side's, nor "X title hopes", a club's race)."""
    if end >= len(ctx.words) or ctx.words[end] not in TITLES:
        return False
    return end + 1 >= len(ctx.toks) or ctx.toks[end + 1].pos_ not in {"NOUN", "PROPN"}
