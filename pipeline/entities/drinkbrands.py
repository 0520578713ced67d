"""Brands of drink and tobacco named by their kind: a name right before a lower-case noun of what it
is ("Korvelo vodka", "Marrish Bay rum", "Tollan's whisky", "Brannick's Hollow wine", "Zelt
cigarettes") is the product, not a body or a person, when no mention of it treats it as a body
(`products.body_use`: "Korvelo said", "Korvelo's chief", "shares in Korvelo"), the gazetteer knows
none of its words as a place or people ("Kelby wine" stays a place: `products._able`), and the noun
ends its phrase ("Korvelo vodka maker" is the firm). A name the model cut at a possessive takes it
back ("Tollan" of "Tollan's whisky", "Brannick" of "Brannick's Hollow wine"). The nouns are a kind's
words, no brand's name. Runs after the vote, on token indices."""

from __future__ import annotations

from collections.abc import Callable

from pipeline.entities import products as PD
from pipeline.entities.candidates import Cand, DocCtx, by_key, relabel

KINDS = frozenset(
    {"vodka", "rum", "whisky", "whiskey", "gin", "brandy", "cognac", "wine", "beer", "lager", "ale", "stout",
     "cider", "champagne", "liqueur", "tequila", "bourbon", "sherry", "cigarettes", "cigarette", "cigars",
     "cigar", "tobacco"}
)  # what a drink's or a smoke's brand is a brand of; not a drink's plural, a style ("New World wines"),
# nor "port", a harbour too
ABLE = frozenset({"ORG", "PERSON"})
HOLDINGS = frozenset({"shares", "stake", "stakes", "stock", "investors"})
POSSESSIVE = frozenset({"'s", "’s"})


def drink_brands(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """Relabel PRODUCT the names right before a drink's or a smoke's noun (see the module's doc)."""
    if ctx.sports or not ctx.parsed or not any(w in KINDS for w in ctx.words):
        return  # most articles name no drink: one pass over the words, then nothing
    live = [c for c in cands if c.end > c.start]
    for key, ms in by_key(ctx, live, key_of).items():
        held = labels.get(key, ms[0].label)
        if held not in ABLE or not any(_kind_end(ctx, c) is not None for c in ms):
            continue
        whole = [_whole(ctx, c) for c in ms]  # the possessive's tail the model left off: "Tollan's"
        if not PD._able(ctx, key, ms, held) or any(PD.body_use(ctx, c) or _held(ctx, c) for c in whole):
            continue
        for c, w in zip(ms, whole, strict=True):
            c.end = w.end
        relabel(ctx, ms, labels, key_of, "PRODUCT")


def _whole(ctx: DocCtx, c: Cand) -> Cand:
    """Mention c, or a copy running to the kind's noun over a possessive ("Brannick's Hollow")."""
    e = _kind_end(ctx, c)
    return c if e is None or e == c.end else Cand(c.start, e, c.label, c.src, c.weight)


def _held(ctx: DocCtx, c: Cand) -> bool:
    """A body's stock: "shares in X", "a stake in X"."""
    s, words = c.start, ctx.words
    return s > 1 and words[s - 1].lower() == "in" and words[s - 2].lower() in HOLDINGS


def _kind_end(ctx: DocCtx, c: Cand) -> int | None:
    """Where the name of mention c ends when a kind's noun ends its phrase after it, directly or
    after a possessive and capitalised words ("Tollan's whisky", "Brannick's Hollow wine"); None
    when no kind's noun follows."""
    words, e = ctx.words, c.end
    if e < len(words) and words[e] in POSSESSIVE and not ctx.ws[e - 1]:
        k = e + 1
        while k < len(words) and k - e <= 3 and words[k][:1].isupper() and words[k].isalpha():
            k += 1
        return k if _kind_at(ctx, k) else None
    return e if _kind_at(ctx, e) else None


def _kind_at(ctx: DocCtx, k: int) -> bool:
    """Word k is a kind's noun in lower case that ends its noun phrase ("rum," not "rum maker")."""
    words = ctx.words
    if k >= len(words) or words[k] not in KINDS:
        return False
    nxt = ctx.toks[k + 1] if k + 1 < len(words) else None
    return nxt is None or nxt.pos_ not in {"NOUN", "PROPN"}
