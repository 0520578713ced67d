"""A name the article describes as a business is a body, whatever thing or place the vote made of it:
a business's noun right before it ("anti-virus lab X", "drinks firm X", "energy drink company, X,"),
after it ("the X hotel chain") or set off after it ("X, the world's biggest insurer";
`descriptions.described`). Not a name the article also puts in a place's slot ("in X"), nor one the
gazetteer knows as a place, nor a place's name modifying a noun ("the X restaurant": a style of the
place's, maybe). All work on token indices."""

from __future__ import annotations

from collections.abc import Callable

from pipeline.entities import context as X
from pipeline.entities import descriptions as D
from pipeline.entities import lexicon as L
from pipeline.entities import placeless as PLC
from pipeline.entities.candidates import KEPT, Cand, DocCtx, by_key, relabel

THINGS = frozenset({"PRODUCT", "WORK_OF_ART", "FAC"})
PLACES = frozenset({"GPE", "LOC"})
LABS = frozenset({"lab", "laboratory"})  # "anti-virus lab X", "research laboratory X": a business


def described_firms(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """Relabel as ORG the names voted a thing or an unknown place that some mention describes as a
    business (see the module's doc)."""
    keyed = None
    for key, label in list(labels.items()):
        if label not in THINGS and label not in PLACES:
            continue
        keyed = keyed if keyed is not None else by_key(ctx, cands, key_of)
        ms = [c for c in keyed.get(key, ()) if c.label == label and c.src not in KEPT]
        if not ms or not any(_described(ctx, c, label in PLACES) for c in ms):
            continue
        place = key.removesuffix("|place")
        if label in PLACES and (L.known_place_or_word(place) or any(PLC.placed(ctx, c) for c in ms)):
            continue
        relabel(ctx, ms, labels, key_of, "ORG")


def _described(ctx: DocCtx, c: Cand, place: bool) -> bool:
    """The mention is described as a business (`_lab`, `descriptions.described`); a place's name
    only where it modifies no noun ("the X restaurant" may be a style of the place's)."""
    if place and X.is_modifier(ctx.doc, c.end):
        return False
    return _lab(ctx, c) or D.described(ctx, c)


def _lab(ctx: DocCtx, c: Cand) -> bool:
    """A lower-case "lab" or "laboratory" right before the mention, after a lower-case word ("the
    anti-virus lab X", "research lab X"; not "the lab X said" nor "Kelby Lab")."""
    s, words = c.start, ctx.words
    return s > 1 and words[s - 1] in LABS and words[s - 2].islower() and words[s - 2] not in L.DETERMINERS
