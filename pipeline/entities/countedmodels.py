"""A maker's name and a model's code, counted, with no noun after them: one product.

`counted_models` reads a body's name the model tagged, right before a model's code ("A320", "747",
or digits joined by a hyphen: "72-500") and after a count or "new" ("buy 15 new Kestrel 72-500 and
lease", "ordered a Kestrel A320."), where the noun phrase ends after the code: the maker and the
code are one PRODUCT (the maker written alone stays a body). A code before a noun is
`makers.maker_vehicles`'s ("six Kestrel K40 aircraft"); no year ("2005") is a code. Not in sports
reports. All work on token indices.
"""

from __future__ import annotations

from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.makers import CODE, YEAR

LEADS = frozenset({"new", "a", "an"})  # "15 new X 72-500", "an X A320"
ENDS = frozenset({"PUNCT", "CCONJ", "VERB", "AUX", "ADP", "SCONJ", "PART"})  # the noun phrase ends


def counted_models(ctx: DocCtx, cands: list[Cand]) -> None:
    """Join a counted maker's name and its model's code into one PRODUCT (see the module)."""
    if ctx.sports:
        return
    words, toks, n = ctx.words, ctx.toks, len(ctx.words)
    for c in cands:
        if c.label != "ORG" or c.start == 0 or c.end >= n or ctx.ws[c.end - 1] != " ":
            continue
        lead = toks[c.start - 1]
        if not (lead.lower_ in LEADS or lead.like_num) or not words[c.start][:1].isupper():
            continue
        k = _code_end(ctx, c.end)
        if k and (k >= n or toks[k].pos_ in ENDS) and ctx.free(c.end, k):
            c.end, c.label, c.weight = k, "PRODUCT", max(c.weight, 3.0)
            ctx.take(c)


def _code_end(ctx: DocCtx, i: int) -> int:
    """The end of a model's code at token i ("A320"; "72-500", three tokens glued), or 0."""
    words, n = ctx.words, len(ctx.words)
    if CODE.match(words[i]) and not YEAR.match(words[i]):
        glued = i + 2 < n and words[i + 1] == "-" and not ctx.ws[i] and not ctx.ws[i + 1]
        if glued and words[i + 2].isdigit() and words[i].isdigit():
            return i + 3
        return i + 1
    return 0
