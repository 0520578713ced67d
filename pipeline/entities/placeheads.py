"""The kind a place's last word states: "Kelby Street", "Mill Road" are built places (FAC), "Tamsa
Harbour", "Kelby Bay", "Norvik Sound" are waters (LOC), whatever kind of place the model guessed.

`place_heads` runs after the vote. It moves a name only between the two kinds of place the model
confuses (a street the model called LOC becomes FAC, a bay it called FAC becomes LOC); a body, a
person, a work or a town keeps its label ("Tampa Bay" the club, "Coronation Street" the soap).
Head words are capitalised nouns of the name itself, no names. A street's house number stays with
its name where every mention has one ("10 Kelby Street").
"""

from __future__ import annotations

from collections.abc import Callable

from pipeline.entities.candidates import EVIDENCE, Cand, DocCtx, by_key, relabel

STREET_HEADS = frozenset({"Street", "Road", "Avenue", "Lane", "Boulevard"})  # FAC in OntoNotes
WATER_HEADS = frozenset({"Harbour", "Harbor", "Bay", "Sound", "Strait", "Straits", "Gulf", "Lagoon"})
HEADS = STREET_HEADS | WATER_HEADS
MOVES = {"LOC": ("FAC", STREET_HEADS), "FAC": ("LOC", WATER_HEADS)}  # held label -> (new label, heads)


def place_heads(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """Relabel the streets held LOC and the waters held FAC (see the module's doc)."""
    words = ctx.words
    found = [c for c in cands if c.end - c.start > 1 and words[c.end - 1] in HEADS]
    if not found:
        return
    for key, ms in by_key(ctx, found, key_of).items():
        held = labels.get(key, ms[0].label)
        move = MOVES.get(held)
        if move is None or any(c.src in EVIDENCE for c in ms):
            continue
        label, heads = move
        if all(words[c.end - 1] in heads and words[c.start][:1].isupper() for c in ms):
            relabel(ctx, ms, labels, key_of, label)
    numbered_streets(ctx, found, labels, key_of)


def numbered_streets(ctx: DocCtx, found: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """A street's name keeps the house number before it ("10 Kelby Street": the address) where every
    mention of the street has one, so no mention without it is parted from the others."""
    for key, ms in by_key(ctx, found, key_of).items():
        if labels.get(key, ms[0].label) == "FAC" and all(_house_number(ctx, c) for c in ms):
            for c in ms:
                c.start -= 1
            relabel(ctx, ms, labels, key_of, "FAC")


def _house_number(ctx: DocCtx, c: Cand) -> bool:
    """A street's mention right after a bare house number that opens its phrase ("near 10 Kelby
    Street"; not "20-1 Kelby Street", "£10 Kelby Street")."""
    k, words = c.start - 1, ctx.words
    if ctx.words[c.end - 1] not in STREET_HEADS or k < 0 or not (words[k].isdigit() and len(words[k]) <= 4):
        return False
    return k == 0 or not (words[k - 1][:1].isdigit() or words[k - 1] in {"-", "£", "$", "€", "#", "No"})
