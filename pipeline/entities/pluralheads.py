"""A plural common noun never heads a person's name: "Green Party MSPs", "Tory councillors" are
groups of people, not one (`plural_head`)."""

from __future__ import annotations

from pipeline.entities import candidates as C
from pipeline.entities import lexicon as L
from pipeline.entities.candidates import Cand


def plural_head(ctx: C.DocCtx, c: Cand) -> bool:
    """A PERSON candidate of two words or more ending in a plural of people a body has ("MEPs",
    "councillors"), no census name ("Peers" stays a surname)."""
    if c.label != "PERSON" or c.end - c.start < 2:
        return False
    word = ctx.words[c.end - 1]
    if L.PLURAL_ACRONYM.match(word):
        return True
    key = L.fold(word)
    return key.endswith("s") and key in L.ORG_AFTER and not L.census_name(L.norm(word))
