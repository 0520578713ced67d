"""Whether a name in a list under a plural title is a person's, so that a title that may also head
a firm ("developers", "promoters", "owners") is still this person's role: a full personal name
("property developers Tom Hale and Ann Lee"), or a given name sharing the surname of the full name
after "and" ("theatre owners Tom and Ann Hale")."""

from __future__ import annotations

from pipeline.entities import candidates as C
from pipeline.entities import lexicon as L

ANDS = frozenset({"and", "&"})


def personal(ctx: C.DocCtx, c: C.Cand) -> bool:
    """The mention is a full personal name, or a lone given name before "and" and a full one."""
    if c.end - c.start >= 2:
        return _given(ctx, c.start) and ctx.toks[c.end - 1].is_title
    return shared_surname(ctx, c.start)


def shared_surname(ctx: C.DocCtx, k: int) -> bool:
    """Token k is a given name before "and" and a two-word personal name it shares the surname of
    ("Tom" in "Tom and Ann Hale")."""
    toks = ctx.toks
    if k + 4 > len(toks) or toks[k + 1].lower_ not in ANDS or not _given(ctx, k):
        return False
    last = k + 3
    if last + 1 < len(toks) and toks[last + 1].text[:1].isupper() and toks[last + 1].is_alpha:
        return False  # "Tom and Ann Lee Hale": no two-word name after "and"
    return toks[last].is_title and _given(ctx, k + 2)


def _given(ctx: C.DocCtx, k: int) -> bool:
    """Token k is a given name of the census lists ("David", "Lena"), in capitals."""
    return ctx.toks[k].is_title and L.census_given(L.fold(ctx.words[k]))
