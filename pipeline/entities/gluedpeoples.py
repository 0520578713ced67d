"""A nationality glued before a person's name: the model's person "Scot Ann Vale" or "Frenchman Marc
Duval" opens with a people's word the gazetteer knows (countryinfo demonyms and their nouns) right
before a given name, or the model's two-word name "American Vale" (a person or a body) puts such a
word before the surname of a person it names elsewhere in full, from a given name ("Ann Vale"); the
word is a nationality (NORP) of its own and the person starts after it."""

from __future__ import annotations

from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.lexicon import census_given, fold, gazetteer_label

SURNAMED = frozenset({"PERSON", "ORG"})  # the model's labels of "American Vale"


def split_peoples(ctx: DocCtx, model: list[Cand]) -> list[Cand]:
    """The model's names with a glued nationality word cut off a person's, and those words as
    nationalities of their own."""
    surnames = {ctx.words[c.end - 1] for c in model
                if c.label == "PERSON" and c.end - c.start > 1 and census_given(fold(ctx.words[c.start]))
                and not _people_word(ctx.words[c.start])}
    out = []
    for c in model:
        if _glued(ctx, c, surnames):
            out.append(Cand(c.start, c.start + 1, "NORP", c.src, c.weight))
            c.start, c.label = c.start + 1, "PERSON"
        out.append(c)
    return out


def _glued(ctx: DocCtx, c: Cand, surnames: set[str]) -> bool:
    """The name opens with a people's word in title case before a given name ("Scot" Ann Vale) or,
    in two words, before a full name's surname ("American" Vale)."""
    word = ctx.words[c.start]
    if not _people_word(word):
        return False
    if c.end - c.start == 2:  # "Christian" Vale: a given name too
        return c.label in SURNAMED and ctx.words[c.start + 1] in surnames and not census_given(fold(word))
    return c.label == "PERSON" and c.end - c.start > 2 and census_given(fold(ctx.words[c.start + 1]))


def _people_word(word: str) -> bool:
    """A people's word in title case ("Scot", "American")."""
    return word.istitle() and word.isalpha() and gazetteer_label(fold(word)) == "NORP"
