"""Names headed by a kind of administrative unit: "Ranvi State", "Tolmek Districts", "Velska
Constituency" are places (GPE), whatever body or person the model guessed.

`unit_heads` runs after the vote. The head words are the kinds of subdivision ISO 3166-2 names
most often (pycountry's subdivision types: "Province", "District", "State", "Governorate", ...),
their plurals, and an electoral seat's "Constituency", which ISO does not list; never an
organisation's head ("Department", "Council"), nor "City" or "Area", a club's or a zone's word as
often. Only where every word before the head is a capitalised name word: no common English word
("the Free State", "Central Provinces"), no people ("Islamic State"), no organisation's head
("Dorrick Police Precinct"), no place the gazetteer knows (`places.fix_labels` reads "Kano State";
"Ohio State" is a university too); never in a sports report ("Kelby County" the club).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from functools import cache

import pycountry

from pipeline.entities import words as W
from pipeline.entities.candidates import EVIDENCE, Cand, DocCtx, by_key, relabel
from pipeline.entities.gazetteer import fold, world
from pipeline.entities.lexicon import ORG_HEADS, gazetteer_label

MIN_SUBDIVISIONS = 30  # a unit's kind ISO 3166-2 gives at least this many subdivisions
LOOSE = frozenset({"City", "Area"})  # a club's or a zone's word as often as a unit's
SEATS = frozenset({"Constituency"})  # an electoral seat's place
FROM = frozenset({"ORG", "PERSON", "FAC", "WORK_OF_ART", "NORP", "PRODUCT", "EVENT"})


@cache
def unit_words() -> frozenset[str]:
    """The head words of a unit's name: ISO 3166-2's common subdivision kinds and their plurals."""
    kinds = Counter(s.type.split()[-1].title() for s in pycountry.subdivisions)
    heads = {w for w, n in kinds.items() if n >= MIN_SUBDIVISIONS and w not in ORG_HEADS} - LOOSE
    heads |= SEATS
    return frozenset(heads | {_plural(w) for w in heads})


def _plural(word: str) -> str:
    """A unit's noun in the plural ("Districts", "Constituencies", "Parishes")."""
    if word.endswith("y"):
        return word[:-1] + "ies"
    return word + ("es" if word.endswith(("sh", "ch", "s", "x")) else "s")


def unit_heads(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """Relabel GPE the names a unit's head word ends whose other words are names (module doc)."""
    if ctx.sports:
        return
    heads, words = unit_words(), ctx.words
    found = [c for c in cands if c.end - c.start > 1 and words[c.end - 1] in heads]
    for key, ms in by_key(ctx, found, key_of).items():
        held = labels.get(key, ms[0].label)
        if held in FROM and not any(c.src in EVIDENCE for c in ms) and all(unit_name(ctx, c) for c in ms):
            relabel(ctx, ms, labels, key_of, "GPE")


def unit_name(ctx: DocCtx, c: Cand) -> bool:
    """Capitalised name words before a unit's head: none common, a people's, a body's head or a
    known place ("Ranvi State"; not "Free State", "Islamic State", "Ranvi Police Precinct")."""
    lead = ctx.words[c.start : c.end - 1]
    if not all(w[:1].isupper() and not w.isupper() for w in lead):
        return False
    if any(w in ORG_HEADS or W.generic_key(fold(w)) or gazetteer_label(fold(w)) for w in lead):
        return False
    return fold(" ".join(lead)) not in world().places
