"""Shops and chains written as a possessive with no noun after it ("coffee in Kestrel's or other
cafes", "bought at Varda's."): a name the vote made a person whose every mention is such a place's
possessive, after "in", "at" or "from", and which is no census given name, is a firm, named with its
"'s". No list of names: the words around the mentions only."""

from __future__ import annotations

from collections.abc import Callable

from pipeline.entities.candidates import Cand, DocCtx, by_key, relabel
from pipeline.entities.evidence import POSS
from pipeline.entities.lexicon import census_given

PLACE_PREPS = frozenset({"in", "at", "from", "outside", "inside"})  # "in Kestrel's": a place
ENDS = frozenset({"PUNCT", "CCONJ", "ADP", "SCONJ"})  # no noun owned after the possessive


def shop_labels(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """Relabel ORG, with its possessive, a one-word person's name used only as a shop (see the module)."""
    if ctx.sports or not any(w in POSS for w in ctx.words):
        return
    for key, ms in by_key(ctx, [c for c in cands if c.end - c.start == 1], key_of).items():
        if labels.get(key, ms[0].label) != "PERSON" or census_given(key):
            continue
        if all(_shop(ctx, c) for c in ms):
            for c in ms:
                c.end += 1  # "Kestrel's": the shop's name
            relabel(ctx, ms, labels, key_of, "ORG")


def _shop(ctx: DocCtx, c: Cand) -> bool:
    """The mention is a place's possessive with no noun after it ("in Kestrel's or")."""
    words, toks, e = ctx.words, ctx.toks, c.end
    if c.start == 0 or words[c.start - 1].lower() not in PLACE_PREPS or e + 1 >= len(words):
        return False
    return words[e] in POSS and toks[e + 1].pos_ in ENDS
