"""Characters an actor plays: "Ann Lee, who played Juno in Station Nine" (PERSON, never a place).

`played_parts`: a name the vote made a place or a people (GPE, LOC, FAC, NORP) that stands right
after a form of "play" whose subject is a person ("who", "he", "she" or a name the model tags a
person) is the part played, a fictional person, when it is a census given name ("Juno") or a work
follows it after "in" ("played Kelby in Station Nine"). Not in sports reports ("he played Chelsea"),
and never a place the gazetteer knows ("she played Glastonbury" is a concert there).

`named_characters`: a name right after the noun "character" ("when character Juno left", "his
character Kelby") is a fictional person, whatever place, people or body the vote made it.
"""

from __future__ import annotations

from collections.abc import Callable

from pipeline.entities.candidates import Cand, DocCtx, by_key, relabel
from pipeline.entities.lexicon import census_given, known_place, norm

PLAYS = frozenset({"play", "plays", "played", "playing"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP"})
SUBJECTS = frozenset({"who", "he", "she"})
CHARACTER = frozenset({"character", "characters"})


def played_parts(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """Relabel PERSON the parts actors play (see the module's doc)."""
    if ctx.sports or not ctx.parsed or PLAYS.isdisjoint(ctx.words):
        return
    works = {c.start for c in cands if c.label == "WORK_OF_ART"}
    for key, ms in by_key(ctx, cands, key_of).items():
        if labels.get(key, ms[0].label) not in PLACE_LABELS or known_place(key):
            continue
        if any(_part(ctx, c, works) for c in ms):
            relabel(ctx, ms, labels, key_of, "PERSON")


def named_characters(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """Relabel PERSON the names right after "character" (see the module's doc)."""
    if CHARACTER.isdisjoint(ctx.words):
        return
    for key, ms in by_key(ctx, cands, key_of).items():
        if labels.get(key, ms[0].label) not in PLACE_LABELS | {"ORG"}:
            continue
        if any(c.start > 0 and ctx.words[c.start - 1] in CHARACTER and c.end - c.start <= 3 for c in ms):
            relabel(ctx, ms, labels, key_of, "PERSON")


def _part(ctx: DocCtx, c: Cand, works: set[int]) -> bool:
    """The mention is the object of an actor's "played" (see the module's doc)."""
    s, words = c.start, ctx.words
    if s < 1 or words[s - 1] not in PLAYS or ctx.toks[s - 1].pos_ != "VERB" or c.end - c.start > 2:
        return False
    subjects = [t for t in ctx.toks[s - 1].children if t.dep_ == "nsubj"]
    if not any(t.lower_ in SUBJECTS or t.ent_type_ == "PERSON" for t in subjects):
        return False
    given = census_given(norm(words[s]))
    in_work = c.end + 1 < len(words) and words[c.end] == "in" and (c.end + 1) in works
    return given or in_work
