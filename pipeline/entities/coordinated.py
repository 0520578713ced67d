"""Two names the model tagged as one over "and": "newer acts like The Darkness and Kelpies", or
"Norvik and Altona" where the article names Norvik and Altona apart elsewhere.

`split` cuts a model span of a body, person, work or product at its one "and" when the word after
it is capitalised (not "the": "The Mamas and the Papas") and either each side is a name the model
tags on its own elsewhere in the article, or the first side is "The X" and the span follows a list
word ("like", "such as", "including", a comma: a list of acts or titles) and the second side is all
capitals ("The Life and Death of X" is one title), or the span closes a list of names after a comma
and the model left out a capitalised word between the comma and it ("Kelby Post, On Air and Spark":
"On Air", "Spark"). Places are left to the gazetteer ("Trinidad and Tobago").

`place_plural` cuts a place the gazetteer knows off a plural of a name the model tags alone elsewhere
("at Maryland Kelmarts" of an article on "Kelmart"): the place, then the firm's branches. No list of
names: the model's own spans, the gazetteer and the words around."""

from __future__ import annotations

from pipeline.entities.candidates import DocCtx
from pipeline.entities.lexicon import fold, known_place

ABLE = frozenset({"ORG", "PERSON", "WORK_OF_ART", "PRODUCT"})
LIST_WORDS = frozenset({"like", "as", "including", "include", "includes", "included", ","})


def split(ctx: DocCtx, s: int, e: int, label: str, named: dict[str, str]) -> list[tuple[int, int]]:
    """The span s..e, or its two names (see the module's doc); `named`: the texts of the model's spans."""
    words = ctx.words
    ands = [k for k in range(s + 1, e - 1) if words[k] == "and"]
    if label not in ABLE or len(ands) != 1 or not words[ands[0] + 1][:1].isupper():
        return [(s, e)]
    k = ands[0]
    apart = ctx.span_text(s, k) in named and ctx.span_text(k + 1, e) in named
    first = s if words[s] == "The" else s - 1  # the model's "The" may stand outside its span
    listed = first > 0 and words[first] == "The" and words[first - 1].lower() in LIST_WORDS and k - first > 1
    listed = listed and all(w[:1].isupper() for w in words[k + 1 : e])  # not "The Life and Death of X"
    if listed:
        return [(first, k), (k + 1, e)]  # "The Darkness" whole
    if _list_tail(ctx, s, k, e):
        return [(s - 1, k), (k + 1, e)]  # "On Air" whole
    return [(s, k), (k + 1, e)] if apart else [(s, e)]


def _list_tail(ctx: DocCtx, s: int, k: int, e: int) -> bool:
    """The span s..e, its "and" at k, ends a comma list of names whose last but one the model cut: a
    capitalised word, left out, between a name's comma and the span ("Kelby Post, On Air and
    Spark"), every word from it to the "and" and after it capitalised."""
    words = ctx.words
    if s < 3 or words[s - 2] != "," or not words[s - 3][:1].isupper() or ctx.toks[s - 1].ent_type_:
        return False
    return all(w[:1].isupper() and w.isalpha() for w in words[s - 1 : k] + words[k + 1 : e])


def place_plural(ctx: DocCtx, s: int, e: int, label: str, named: dict[str, str]) -> list[tuple[int, int]]:
    """The body's span s..e, or a place and a plural of a body of the article (see the module's doc;
    `named`: the labels of the model's spans by their text; not "Athens Olympics")."""
    if label != "ORG" or e - s < 2 or not ctx.words[e - 1].endswith("s"):
        return [(s, e)]
    for k in range(s + 1, min(e, s + 3)):
        rest = ctx.span_text(k, e)
        if named.get(rest[:-1]) == "ORG" and known_place(fold(ctx.span_text(s, k))):
            return [(s, k), (k, e)]
    return [(s, e)]
