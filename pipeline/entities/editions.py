"""Editions of an event: a bare event name ("the Games") the article writes before it names one
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
    """A key of a town or a country and an event's head ("kelby games")."""
    town, _, head = key.partition(" ")
    world = L.world()
    return bool(head) and " " not in head and town in world.places and town not in world.nationality


def _bare_of(key: str, heads: set[str]) -> bool:
    """The key is an edition's head alone ("games"), or another name of a town's Games."""
    return key in heads or (key in TN.OLYMPICS and bool(heads & set(TN.OLYMPICS)))


def _dated(ctx: C.DocCtx, c: Cand) -> bool:
    """A year just before the mention or one or two words after it ("1936 Kelby Games", "Kelby
    Games in 1936")."""
    near = [c.start - 1, c.end, c.end + 1]
    return any(0 <= i < len(ctx.words) and _year(ctx.words[i]) for i in near)


def _year(word: str) -> bool:
    return len(word) == 4 and word.isdigit() and word[:2] in {"18", "19", "20"}
