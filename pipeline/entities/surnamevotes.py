"""Surnames the tables relabelled: a one-word name the gazetteer knows as a people or a place
("Mutu", "Ferguson", "French") that is the last word of a full name the article's vote makes a person
("Adrian Mutu", "Alex Ferguson", "Philip French") is that person, whatever the tables say.

Runs inside the per-name vote (`stage._vote`), so that the surname join of `grouping.group` sees the
person: a sports report's full name voted a club first gets its person back (`sportpeople`), then
each lone surname whose every mention reads as a name (no "the" before it, no common noun after it,
no body's or place's word around it: "the Bedford star", "in Holland") takes the person's label.
Countries and home nations stay places ("Ireland and Scotland players" beside a "James Ireland").
"""

from __future__ import annotations

from pipeline.entities import candidates as C
from pipeline.entities import context as X
from pipeline.entities import grouping as G
from pipeline.entities import lexicon as L
from pipeline.entities import places as P
from pipeline.entities import sportpeople as SP
from pipeline.entities import words as W
from pipeline.entities.candidates import Cand

TABLE_LABELS = frozenset({"NORP", "GPE", "LOC"})  # what a people's or place's table gives a surname
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})


def surname_votes(ctx: C.DocCtx, cands: list[Cand], labels: dict[str, str]) -> None:
    """Full names of a sports report voted a club that read as people, then lone surnames the
    tables relabelled, become people (see the module's doc)."""
    by_key = C.by_key(ctx, cands, G.gkey)
    if ctx.sports:
        for key, ms in by_key.items():
            if labels.get(key) == "ORG" and " " in C.base_key(key) and SP.sports_person(ctx, ms):
                C.relabel(ctx, ms, labels, G.gkey, "PERSON")  # "Adrian Mutu" ORG: a player
    lasts = {_last(ctx, key, ms) for key, ms in by_key.items() if labels.get(key) == "PERSON"} - {None}
    if not lasts:
        return
    for key, ms in by_key.items():
        base = C.base_key(key)
        if base not in lasts or labels.get(key) not in TABLE_LABELS or not _tabled(base):
            continue
        if all(_named(ctx, c) for c in ms):
            C.relabel(ctx, ms, labels, G.gkey, "PERSON")


def _last(ctx: C.DocCtx, key: str, ms: list[Cand]) -> str | None:
    """The surname of a person's full name: two to four plain words, the first no place, people,
    common word or acronym ("Alex Ferguson", "C Paterson"; not "Tudor England", "BBC Sport Wales",
    "Chinese Taipei"), no peer's seat ("Callaghan of Cardiff")."""
    words = C.base_key(key).split()
    if not 2 <= len(words) <= 4 or "of" in words or any(ctx.in_caps(c.start) for c in ms):
        return None
    first = ctx.words[ms[0].start]
    if len(first) > 2 and first.isupper() or L.gazetteer_label(words[0]):
        return None
    if (W.generic_key(words[0]) or words[0] in L.world().places) and not L.census_given(words[0]):
        return None
    return words[-1]


def _tabled(key: str) -> bool:
    """A word the tables know as a people, a nationality or a town, no country, home nation or
    continent ("Mutu", "French", "Ferguson"; not "Ireland", "Scotland")."""
    gaz, trusted = L.world(), L.gazetteer_label(key)
    if trusted in {"GPE", "LOC"}:
        return False
    return trusted is not None or key in gaz.peoples or key in gaz.places


def _named(ctx: C.DocCtx, c: Cand) -> bool:
    """One word that reads as a person's name where it stands: no determiner before it ("the
    French"), no noun it modifies ("the Bedford star", "Mutu people"), no body's or place's word
    around it ("in Holland", "Ford have", "the streets of Paita")."""
    doc = ctx.doc
    if c.end - c.start != 1 or ctx.in_caps(c.start):
        return False
    if c.start > 0 and doc[c.start - 1].lower_ in {"the", "a", "an"}:
        return False
    tok = doc[c.start]
    if X.is_modifier(doc, c.end) or tok.dep_ in MODIFIER_DEPS:
        return False
    if tok.dep_ == "conj" and tok.head.dep_ in MODIFIER_DEPS:
        return False  # "Bedford and Luton fans"
    org, _, place = X.name_evidence(doc, c.start, c.end)
    if org or place:
        return False
    return not _place_words(doc, c.start, c.end)


def _place_words(doc, s: int, e: int) -> bool:  # noqa: ANN001 (a spaCy Doc)
    """A place's noun around the name: "the streets of Paita", "Paita province", "Paita's mayor"."""
    low = [doc[k].lower_ if 0 <= k < len(doc) else "" for k in (s - 2, s - 1, e, e + 1)]
    if low[1] == "of" and low[0] in P.PLACE_OF:
        return True
    return low[2] in P.PLACE_NOUNS or (low[2] in P.POSS and low[3] in P.PLACE_POSSESSED)
