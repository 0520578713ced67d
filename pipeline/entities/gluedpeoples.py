"""A nationality glued before a person's name: the model's person "Scot Ann Vale" or "Frenchman Marc
Duval" opens with a people's word the gazetteer knows (countryinfo demonyms and their nouns) right
before a given name; the word is a nationality (NORP) of its own and the person starts after it."""

from __future__ import annotations

from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.lexicon import census_given, fold, gazetteer_label


def split_peoples(ctx: DocCtx, model: list[Cand]) -> list[Cand]:
    """The model's names with a glued nationality word cut off a person's, and those words as
    nationalities of their own."""
    out = []
    for c in model:
        if c.label == "PERSON" and c.end - c.start > 2 and _glued(ctx, c.start):
            out.append(Cand(c.start, c.start + 1, "NORP", c.src, c.weight))
            c.start += 1
        out.append(c)
    return out


def _glued(ctx: DocCtx, s: int) -> bool:
    """Word s is a people's word in title case and word s + 1 a given name ("Scot" Ann Vale)."""
    word = ctx.words[s]
    if not word.istitle() or not word.isalpha() or gazetteer_label(fold(word)) != "NORP":
        return False
    return census_given(fold(ctx.words[s + 1]))
