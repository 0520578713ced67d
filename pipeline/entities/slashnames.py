"""Two proper names joined by a slash and used as one thing's name ("the Kestrel/Linux operating
system", "a Vireo/Quill handset"): a product's noun right after the compound makes it one PRODUCT,
whatever the model made of its halves (a body and a product, a person, or nothing), and its last
half, where the model names it alone, a product too ("attack Linux directly"). Sports reports
("Hale/Moss" of a line-up) are left alone. Works on the model's spans, token indices."""

from __future__ import annotations

from pipeline.entities import evidence as E
from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.makers import GOODS
from pipeline.entities.software import PROGRAM_AFTER

HEADS = GOODS | PROGRAM_AFTER  # "handset", "browser", "software"; "operating system" is a phrase
WEIGHT = 3.0  # the product's noun outweighs the model's guess for each half


def slash_products(ctx: DocCtx, model: list[Cand]) -> list[Cand]:
    """The model's names with each slash compound before a product's noun made one product."""
    if ctx.sports or "/" not in ctx.text:
        return model
    for k, word in enumerate(ctx.words):
        if word == "/" and _compound(ctx, k):
            s, e = k - 1, k + 2
            if any(c.start < s < c.end or c.start < e < c.end for c in model):
                continue  # a longer name runs over the compound
            model = [c for c in model if not s <= c.start < e] + [Cand(s, e, "PRODUCT", "rule", WEIGHT)]
            _lone_halves(ctx, model, ctx.words[k + 1])
    return model


def _lone_halves(ctx: DocCtx, model: list[Cand], half: str) -> None:
    """The model's one-word names spelt as the compound's last half: products ("Linux")."""
    for c in model:
        if c.end - c.start == 1 and ctx.words[c.start] == half and c.src != "rule":
            c.label, c.weight = "PRODUCT", max(c.weight, WEIGHT)


def _compound(ctx: DocCtx, k: int) -> bool:
    """The slash at k is glued to two capitalised words, not both in capitals, and a product's noun
    in lower case follows."""
    words, n = ctx.words, len(ctx.words)
    if k < 1 or k + 2 >= n or ctx.ws[k - 1] or ctx.ws[k] or ctx.in_caps(k):
        return False
    halves = (words[k - 1], words[k + 1])
    if not all(w[:1].isupper() and w.replace("-", "").isalnum() for w in halves):
        return False
    if all(map(str.isupper, halves)):
        return False  # "a CD/DVD player": formats' letters, no name
    head, tail = words[k + 2], words[k + 3] if k + 3 < n else ""
    return head.islower() and (head in HEADS or f"{head} {tail}" in E.PRODUCT_PHRASES)
