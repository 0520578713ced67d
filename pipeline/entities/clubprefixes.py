"""Clubs named with a club's prefix in sports reports ("FC Millbrook", "Real Eastport", "Atletico
Northam"): `prefixed_clubs` makes such a name a club (ORG) whatever place or person the model
called it, and takes in a capital prefix the model left out ("FC [Millbrook]") or the name it missed
after it; `join_prefixed` joins "FC Millbrook" and the article's club "Millbrook" into one club."""

from __future__ import annotations

from pipeline.entities.candidates import KEPT, Cand, DocCtx
from pipeline.entities.lexicon import SPORT

PREFIXES = frozenset(SPORT["club_prefixes"])
PLACE_LIKE = frozenset({"GPE", "LOC", "PERSON", "FAC", "NORP"})


def prefixed_clubs(ctx: DocCtx, cands: list[Cand]) -> list[Cand]:
    """In a sports report, a name opening with a club's prefix is a club; a capital prefix the model
    left out before a one-word name widens it ("Real [Eastport]"), a capital one ("FC") before an
    untagged capitalised word makes a club of the two."""
    if not ctx.sports:
        return cands
    for c in cands:
        prefixed = c.end - c.start > 1 and ctx.words[c.start] in PREFIXES and c.label in PLACE_LIKE
        if prefixed and c.src not in KEPT and not ctx.in_caps(c.start):
            c.label, c.weight, c.role = "ORG", max(c.weight, 3.0), None
    starts = {c.start: c for c in cands}
    covered = {i for c in cands for i in range(c.start, c.end)}
    out = []
    for i in ctx.capitals:
        word = ctx.words[i]
        if word not in PREFIXES or i in covered or i + 1 >= len(ctx.words):
            continue
        nxt = ctx.words[i + 1]
        if ctx.ws[i] != " " or not (nxt.istitle() and nxt.isalpha()) or ctx.in_caps(i):
            continue
        one = starts.get(i + 1)
        if one is not None and one.end - one.start == 1 and one.src not in KEPT:
            one.start, one.label, one.weight, one.role = i, "ORG", max(one.weight, 3.0), None
        elif i + 1 not in covered and word[:2].isupper():  # "FC X"; "Real" alone is a common word too
            out.append(Cand(i, i + 2, "ORG", "rule", 3.0))
    return cands + out


def join_prefixed(ctx: DocCtx, by_key: dict, labels: dict[str, str], parent: dict[str, str]) -> None:
    """In a sports report, "fc millbrook" joins the article's one-word club "millbrook" (ORG)."""
    if not ctx.sports:
        return
    low = {p.lower() for p in PREFIXES}
    for key in by_key:
        first, _, rest = key.partition(" ")
        if first in low and rest in by_key and key not in parent and labels.get(rest) == "ORG":
            parent[key] = parent.get(rest, rest)
