"""The kind a place's last word states: "Kelby Street", "Mill Road" are built places (FAC), "Tamsa
Harbour", "Kelby Bay", "Norvik Sound" are waters (LOC), whatever kind of place the model guessed.

`place_heads` runs after the vote. It moves a name only between the two kinds of place the model
confuses (a street the model called LOC becomes FAC, a bay it called FAC becomes LOC); a body, a
person, a work or a town keeps its label ("Tampa Bay" the club, "Coronation Street" the soap).
Head words are capitalised nouns of the name itself, no names. A street's house number stays with
its name where every mention has one ("10 Kelby Street"). `feature_heads` moves a river ("River
Tamsa") or a known place's landform ("the Glens of Kelby") the model called a body, work, people or
site to LOC, and a plant or dam it called a body ("Tamsa Power Plant") to FAC.
"""

from __future__ import annotations

from collections.abc import Callable

from pipeline.entities import gazetteer as GZ
from pipeline.entities.candidates import EVIDENCE, Cand, DocCtx, by_key, relabel
from pipeline.entities.lexicon import CUES

STREET_HEADS = frozenset({"Street", "Road", "Avenue", "Lane", "Boulevard"})  # FAC in OntoNotes
WATER_HEADS = frozenset({"Harbour", "Harbor", "Bay", "Sound", "Strait", "Straits", "Gulf", "Lagoon"})
HEADS = STREET_HEADS | WATER_HEADS
RIVER_HEADS = frozenset({"River", "Rivers"})  # "River Tamsa", "Tamsa River": LOC, not a body
WORKS_HEADS = frozenset({"Plant", "Dam"})  # "Kelby Power Plant", "Tamsa Dam": FAC, not a body
LANDFORMS = frozenset(k for k, v in CUES["class_nouns"].items() if v == "LOC")  # "glens", "valley"
FEATURE_FROM = frozenset({"ORG", "WORK_OF_ART", "NORP", "FAC"})  # labels the model gives a river wrongly
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


def feature_heads(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """A river ("River Tamsa", "the Tamsa River"), a landform of a known place ("the Glens of Kelby")
    held a body, a people or a site (a work only for the landform) becomes LOC; a power plant or dam
    held a body ("Tamsa Power Plant") becomes FAC. A sports story's "River X" may be a club: left alone."""
    found = [c for c in cands if c.end - c.start > 1 and feature_label(ctx, c)]
    for key, ms in by_key(ctx, found, key_of).items():
        held = labels.get(key, ms[0].label)
        if held not in FEATURE_FROM or any(c.src in EVIDENCE for c in ms):
            continue
        if held == "WORK_OF_ART" and not all(_landform_of_place(ctx.words[c.start : c.end]) for c in ms):
            continue  # a single "Glass Rivers" listed with others: a work; "the Glens of Kelby" is none
        kinds = {feature_label(ctx, c) for c in ms}
        if len(kinds) == 1 and (label := kinds.pop()) != held and not (ctx.sports and label == "LOC"):
            relabel(ctx, ms, labels, key_of, label)


def feature_label(ctx: DocCtx, c: Cand) -> str | None:
    """LOC for a river's or a known place's landform name, FAC for a plant's or dam's, else None."""
    words = ctx.words[c.start : c.end]
    if not all(w[:1].isupper() or w == "of" for w in words):
        return None
    if words[-1] in RIVER_HEADS or (words[0] == "River" and len(words) == 2):
        return "LOC"
    if words[-1] in WORKS_HEADS:
        return "FAC"
    return "LOC" if _landform_of_place(words) else None


def _landform_of_place(words: list[str]) -> bool:
    """A landform of a place the gazetteer knows: "Glens of Kelby"."""
    return len(words) == 3 and words[1] == "of" and words[0].lower() in LANDFORMS \
        and bool(GZ.world().places.get(GZ.fold(words[2])))


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
