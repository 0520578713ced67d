"""Leagues a sports report names by their one word alone: "17th in the Championship", "a return to
the Premiership", "promoted from the Conference".

`league_cands` makes such a word (the `bare_leagues` of entities_sport.json), capitalised after a
lower-case "the" and before no capitalised word ("the Championship"; not "the Championship Cup",
whose own name the competitions' rules read), the competition (EVENT) where no other name covers it.
`split_leagues` cuts such a word off a name the model glued it to that is no event ("Premiership
Kelby" a person): the league, and the club it qualifies (ORG).
"""

from __future__ import annotations

from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.lexicon import SPORT

LEAGUES = frozenset(SPORT["bare_leagues"])
HEADS = frozenset(SPORT["competition_heads"]) | {"Cup", "Trophy", "Shield", "North", "South"}  # "... North"


def split_leagues(ctx: DocCtx, model: list[Cand]) -> list[Cand]:
    """In a sports report, the model's name that is no event opening with a league's one word and
    going on with capitalised words ("Premiership Kelby"): the league (EVENT) and the club (ORG)."""
    if not ctx.sports:
        return model
    out = []
    for c in model:
        glued = c.end - c.start > 1 and ctx.words[c.start] in LEAGUES and c.label != "EVENT"
        if glued and ctx.words[c.end - 1] not in HEADS and not ctx.in_caps(c.start):
            out.append(Cand(c.start, c.start + 1, "EVENT", "rule", 3.0))
            c.start, c.label, c.weight = c.start + 1, "ORG", max(c.weight, 3.0)
        out.append(c)
    return out


def league_cands(ctx: DocCtx, cands: list[Cand]) -> list[Cand]:
    """In a sports report, "the" and a league's one-word name no name covers: the competition (EVENT)."""
    if not ctx.sports or not any(w in ctx.text for w in LEAGUES):
        return []
    covered = {i for c in cands for i in range(c.start, c.end)}
    words, n, out = ctx.words, len(ctx.words), []
    for i in ctx.capitals:  # the capitalised words only
        if words[i] not in LEAGUES or i in covered or i == 0 or words[i - 1] != "the" or ctx.in_caps(i):
            continue
        if i + 1 < n and words[i + 1][:1].isupper() and ctx.ws[i] == " ":
            continue  # "the Championship Cup": a longer name
        out.append(Cand(i, i + 1, "EVENT", "rule", 3.0))
    return out
