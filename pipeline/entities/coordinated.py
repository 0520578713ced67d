"""Two names the model tagged as one over "and": "newer acts like The Darkness and Kelpies", or
"Norvik and Altona" where the article names Norvik and Altona apart elsewhere.

`split` cuts a model span of a body, person, work or product at its one "and" when the word after
it is capitalised (not "the": "The Mamas and the Papas") and either each side is a name the model
tags on its own elsewhere in the article, or the first side is "The X" and the span follows a list
word ("like", "such as", "including", a comma: a list of acts or titles). Places are left to the
gazetteer ("Trinidad and Tobago"). No list of names: the model's own spans and the words around."""

from __future__ import annotations

from pipeline.entities.candidates import DocCtx

ABLE = frozenset({"ORG", "PERSON", "WORK_OF_ART", "PRODUCT"})
LIST_WORDS = frozenset({"like", "as", "including", "include", "includes", "included", ","})


def split(ctx: DocCtx, s: int, e: int, label: str, named: set[str]) -> list[tuple[int, int]]:
    """The span s..e, or its two names (see the module's doc); `named`: the texts of the model's spans."""
    words = ctx.words
    ands = [k for k in range(s + 1, e - 1) if words[k] == "and"]
    if label not in ABLE or len(ands) != 1 or not words[ands[0] + 1][:1].isupper():
        return [(s, e)]
    k = ands[0]
    apart = ctx.span_text(s, k) in named and ctx.span_text(k + 1, e) in named
    first = s if words[s] == "The" else s - 1  # the model's "The" may stand outside its span
    listed = first > 0 and words[first] == "The" and words[first - 1].lower() in LIST_WORDS and k - first > 1
    if listed:
        return [(first, k), (k + 1, e)]  # "The Darkness" whole
    return [(s, k), (k + 1, e)] if apart else [(s, e)]
