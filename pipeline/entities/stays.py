"""Grounds named by a player's or manager's stay: in a sports report, one word after "at" hung on a
noun of time spent ("his stay at Kestenfeld", "his time at Kestenfeld", "years at Kestenfeld") that
the model calls a place is the club's ground (FAC), when the gazetteer knows no place of that name
and no other mention of it in the article stands outside such an "at" (a club of the article: "X
beat Y", "X manager") nor a club's head word ("his stay at City"). A move's nouns ("his spell at
X") name the club (`clubs`)."""

from __future__ import annotations

from pipeline.entities import context as X
from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.gazetteer import world
from pipeline.entities.lexicon import SPORT, fold, known_place

STAYS = frozenset({"stay", "time", "years", "days", "career", "tenure", "reign", "months", "seasons"})
PLACED = frozenset({"GPE", "LOC"})
TEAM_HEADS = frozenset(SPORT["team_heads"])  # "his stay at City": the club's short name


def stay_grounds(ctx: DocCtx, cands: list[Cand]) -> None:
    """Relabel FAC the lone names after "<stay noun> at" that the article never names otherwise."""
    if not ctx.sports or not ctx.parsed:
        return
    lone = [c for c in cands if c.end - c.start == 1 and c.label]
    found = [c for c in lone if c.label in PLACED and _stay_at(ctx, c.start)]
    if not found:
        return  # the cheap test first
    elsewhere = {ctx.words[c.start] for c in lone if X.low(ctx.doc, c.start - 1) != "at"}
    for c in found:
        word = ctx.words[c.start]
        if word in elsewhere or word in TEAM_HEADS or _known(fold(word)):
            continue
        c.label, c.weight = "FAC", max(c.weight, 3.0)


def _stay_at(ctx: DocCtx, i: int) -> bool:
    """Token i follows an "at" that hangs on a noun of time spent ("his time at X")."""
    if i < 2 or X.low(ctx.doc, i - 1) != "at":
        return False
    head = ctx.toks[i - 1].head
    return head.pos_ == "NOUN" and head.lower_ in STAYS


def _known(key: str) -> bool:
    """The gazetteer knows a place, an alias or a people of that name."""
    return known_place(key) or key in world().aliases
