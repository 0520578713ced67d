"""Editions of the Games: a bare "Games" or "Olympics" the article writes before it names one
edition by its host town ("the Kelby Games"), and apart from it, is no short form of that edition:
it stays an event of its own (never takes the edition's name).

`split(ctx, groups, key_of)` takes such bare mentions out of the edition's group.
"""

from __future__ import annotations

from collections.abc import Callable

from pipeline.entities import candidates as C
from pipeline.entities import lexicon as L
from pipeline.entities import twonames as TN
from pipeline.entities.candidates import Cand

HOST_MIN = 250_000  # people of a city that hosts the Games (a town of that name elsewhere is smaller)


def split(ctx: C.DocCtx, groups: dict[str, list[Cand]], key_of: Callable[[Cand], str]) -> None:
    """An event's bare mentions ("Games", "Olympics") grouped with a town's edition ("Kelby Games")
    become a group of their own when all come before the edition's first mention, and the edition
    is dated by a year beside it ("the 1936 Kelby Games", "the Kelby Games in 1936") or named in
    another paragraph than all of them (a past edition recalled, not the event the story is about)."""
    for root, ms in list(groups.items()):
        if len(ms) < 2 or not any(c.label == "EVENT" for c in ms):
            continue
        keys = {id(c): key_of(c) for c in ms}
        towns = [c for c in ms if c.label == "EVENT" and _town_edition(keys[id(c)])]
        if not towns:
            continue
        heads = {keys[id(c)].partition(" ")[2] for c in towns}
        bare = [c for c in ms if _bare_of(keys[id(c)], heads)]
        first = min(towns, key=lambda c: c.start)
        if not bare or any(c.start > first.start for c in bare):
            continue
        line = ctx.line_of(first.start)
        if _dated(ctx, first) or all(ctx.line_of(c.start) != line for c in bare):
            groups[root] = [c for c in ms if c not in bare]
            groups.setdefault(keys[id(bare[0])], []).extend(bare)


def _town_edition(key: str) -> bool:
    """A key of a host city and a name of the Games ("kelby games", "kelby olympics"): a contest
    each edition of which a city hosts, not a trophy named after a man ("Davis Cup") nor a family
    of Games whose first word only happens to be some small town's name ("Commonwealth Games")."""
    town, _, head = key.partition(" ")
    if head not in TN.OLYMPICS or town in L.world().nationality:
        return False
    return any(p.kind == "city" and (p.population or 0) >= HOST_MIN for p in L.world().places.get(town, []))


def _bare_of(key: str, heads: set[str]) -> bool:
    """The key is an edition's head alone ("games"), or another name of the Games ("olympics")."""
    return key in heads or key in TN.OLYMPICS


def _dated(ctx: C.DocCtx, c: Cand) -> bool:
    """A year just before the mention or one or two words after it ("1936 Kelby Games", "Kelby
    Games in 1936")."""
    near = [c.start - 1, c.end, c.end + 1]
    return any(0 <= i < len(ctx.words) and _year(ctx.words[i]) for i in near)


def _year(word: str) -> bool:
    return len(word) == 4 and word.isdigit() and word[:2] in {"18", "19", "20"}
