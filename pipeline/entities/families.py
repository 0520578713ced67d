"""Relatives who share a surname: a person named in full only as one of a pair that shares it ("his
parents, Tom and Ann Hale") is a relative in the story of another of that name, not the one a bare
"Hale" later stands for. `grouping.group` gives a lone surname to the other owners when there are any,
but not "the Hale family": the family (its own PERSON, as "the Hales" is), no mention of one member.
"""

from __future__ import annotations

from pipeline.entities import candidates as C
from pipeline.entities import lexicon as L
from pipeline.entities.candidates import Cand

FAMILY_NOUNS = frozenset({"family", "families", "clan", "dynasty", "household"})


def paired(ctx: C.DocCtx, by_key: dict[str, list[Cand]]) -> set[str]:
    """Keys of the people the article names in full only as one of a pair sharing one surname: the
    given name given the surname ("Tom" of "Tom and Ann Hale") or the full name after it ("Ann Hale")."""
    keys = set()
    for key, ms in by_key.items():
        full = [c for c in ms if c.surname or c.end - c.start > 1]
        if full and all(c.surname or _pair_end(ctx, c) for c in full):
            keys.add(key)
    return keys


def _pair_end(ctx: C.DocCtx, c: Cand) -> bool:
    """The full name `c` (a given name and a surname) ends a pair of given names sharing its surname
    ("Tom and Ann Hale"), the first no word of a longer name ("Mary Tom and Ann Hale")."""
    k, words = c.start - 2, ctx.words
    if c.end - c.start != 2 or k < 0 or words[k + 1] not in {"and", "&"} or not words[k].istitle():
        return False
    before = ctx.toks[k - 1] if k > 0 else None
    if before is not None and before.is_title and not before.is_sent_start and "\n" not in before.whitespace_:
        return False
    return L.census_given(L.fold(words[k])) and L.census_given(L.fold(words[c.start]))


def others(owners: list[str], pairs: set[str]) -> list[str]:
    """The owners of a lone surname who are no relative named in a pair, or all when none is."""
    return [o for o in owners if o not in pairs] or owners


def named_family(ctx: C.DocCtx, c: Cand) -> bool:
    """The one-word mention `c` is a surname naming a family: "the Hale family", "the Lee-Hale clan"."""
    words = ctx.words
    if c.start == 0 or c.end >= len(words) or any(ctx.ws[i] for i in range(c.start, c.end - 1)):
        return False
    return words[c.start - 1].lower() == "the" and words[c.end].lower() in FAMILY_NOUNS


def plural_of(word: str, name: list[str]) -> bool:
    """"hales" is the family of "Tom Hale", not a spelling of his name."""
    return word in (name[-1] + "s", name[-1] + "es")


def surname_of(word: str, name: list[str]) -> bool:
    """The word is the name's surname, hyphenated or not ("lee-hale" of "robert lee hale")."""
    parts = word.split("-")
    return word == name[-1] or len(parts) > 1 and parts == name[-len(parts) :]
