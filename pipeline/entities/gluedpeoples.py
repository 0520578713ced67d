"""A nationality glued before a person's name: the model's person "Scot Ann Vale", "Frenchman Marc
Duval" or "South African Piet Vos" opens with a people's word or two the gazetteer knows
(countryinfo demonyms and their nouns) right before a given name, or the model's two-word name
"American Vale" (a person or a body) puts such a word before the surname of a person it names
elsewhere in full, from a given name ("Ann Vale"); the words are a nationality (NORP) of their own
and the person starts after them."""

from __future__ import annotations

from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.lexicon import census_given, fold, gazetteer_label

SURNAMED = frozenset({"PERSON", "ORG"})  # the model's labels of "American Vale"
PEOPLE_MAX = 2  # words of a people's name: "New Zealander", "Sri Lankan"


def split_peoples(ctx: DocCtx, model: list[Cand]) -> list[Cand]:
    """The model's names with a glued nationality cut off a person's, and those words as
    nationalities of their own."""
    surnames = {ctx.words[c.end - 1] for c in model
                if c.label == "PERSON" and c.end - c.start > 1 and census_given(fold(ctx.words[c.start]))
                and not _people_words(ctx, c.start, c.end)}
    out = []
    for c in model:
        n = _glued(ctx, c, surnames)
        if n:
            out.append(Cand(c.start, c.start + n, "NORP", c.src, c.weight))
            c.start, c.label = c.start + n, "PERSON"
        out.append(c)
    return out


def _glued(ctx: DocCtx, c: Cand, surnames: set[str]) -> int:
    """The number of people's words (0 for none) opening the name in title case before a given name
    ("Scot" Ann Vale, "New Zealander" Ann Vale) or before a full name's surname alone ("American"
    Vale)."""
    n = _people_words(ctx, c.start, c.end)
    rest = c.end - c.start - n
    if not n or rest < 1:
        return 0
    if rest == 1:  # "Christian" Vale: a given name too
        word = ctx.span_text(c.start, c.start + n)
        ok = c.label in SURNAMED and ctx.words[c.end - 1] in surnames and not census_given(fold(word))
        return n if ok else 0
    return n if c.label == "PERSON" and census_given(fold(ctx.words[c.start + n])) else 0


def _people_words(ctx: DocCtx, s: int, e: int) -> int:
    """How many words from `s` (before `e`), two or one, are a people's name in title case ("New
    Zealander", "Scot"); 0 for none."""
    for n in range(min(PEOPLE_MAX, e - s), 0, -1):
        words = ctx.words[s : s + n]
        titled = all(w.istitle() and w.isalpha() for w in words)
        if titled and gazetteer_label(fold(" ".join(words))) == "NORP":
            return n
    return 0
