"""A common noun in lower case the model ran onto the end of a name, when it modifies the noun after
it: "Kelby ground manager Tom Hale", "a Borderlands rail link" give the name ("Kelby",
"Borderlands"), and the noun belongs to the phrase after it (a role, a thing). A name ending in
a lower-case word before a verb or a preposition keeps it ("the Acme group said"); products keep
their lower-case model words ("the Vireo mini computer"). Works on the model's spans, token
indices."""

from __future__ import annotations

from pipeline.entities.candidates import Cand, DocCtx

CUT_ABLE = frozenset({"ORG", "GPE", "LOC", "FAC", "NORP", "PERSON"})
NOUN_TAGS = frozenset({"NN", "NNS"})


def cut_noun_tails(ctx: DocCtx, model: list[Cand]) -> None:
    """Cut each model name's last word off where it is a lower-case noun before another (see the
    module's doc)."""
    for c in model:
        if c.label in CUT_ABLE and c.src == "model" and _noun_tail(ctx, c.start, c.end):
            c.end -= 1


def _noun_tail(ctx: DocCtx, s: int, e: int) -> bool:
    """The name s..e ends in a lower-case common noun after capitalised words, and a lower-case
    common noun follows it on the same line."""
    words, toks = ctx.words, ctx.toks
    if e - s < 2 or e >= len(words) or "\n" in ctx.ws[e - 1]:
        return False
    last, nxt = toks[e - 1], toks[e]
    if not (last.is_lower and last.is_alpha and last.tag_ == "NN") or not all(
            w[:1].isupper() for w in words[s : e - 1]):
        return False
    return nxt.is_lower and nxt.is_alpha and nxt.tag_ in NOUN_TAGS
