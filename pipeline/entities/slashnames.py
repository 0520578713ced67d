"""Two proper names joined by a slash and used as one thing's name ("the Kestrel/Linux operating
system", "a Vireo/Quill handset"): a product's noun right after the compound makes it one PRODUCT,
whatever the model made of its halves (a body and a product, a person, or nothing), and its last
half, where the model names it alone, a product too ("attack Linux directly"). Sports reports
("Hale/Moss" of a line-up) are left alone. `slash_names` makes one name of a word glued by a slash
to the front of a longer name other than a person's ("the Norvia/Kelby Zone II tie", "the
Five/Six Counties title"), which the model cut at the slash, with its Roman numeral if the model
left that off. Works on the model's spans, token indices."""

from __future__ import annotations

import re

from pipeline.entities import evidence as E
from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.makers import GOODS
from pipeline.entities.software import PROGRAM_AFTER
from pipeline.entities.words import common_noun

HEADS = GOODS | PROGRAM_AFTER  # "handset", "browser", "software"; "operating system" is a phrase
WEIGHT = 3.0  # the product's noun outweighs the model's guess for each half
ROMAN = re.compile(r"^[IVX]{1,4}$")  # "Zone II"
SPOKEN = frozenset({"VBD", "MD"})  # "... Zone I said", "I will": a speaker's "I"


def slash_names(ctx: DocCtx, model: list[Cand]) -> list[Cand]:
    """The model's names with a word glued to one's front by a slash joined to it (see the module's
    doc); the model's name of that word alone dropped."""
    if "/" not in ctx.text:
        return model
    ends = {c.end: c for c in model}
    for c in model:
        k = c.start - 1
        if c.end - c.start < 2 or c.label == "PERSON" or not _glued_front(ctx, k):
            continue
        left = ends.get(k)
        if left is not None and left.start != k - 1:
            continue
        model = [m for m in model if m is not left]
        c.start = k - 1
        if _numeral_after(ctx, c.end):
            c.end += 1
    return model


def _glued_front(ctx: DocCtx, k: int) -> bool:
    """Token k is a slash glued to a capitalised word before it and to a name after it, the word
    after a lower-case one on its line ("for the Norvia/..."; not a credit line's "Photo/Ann Lee"
    nor "USA TODAY/...")."""
    words = ctx.words
    if k < 2 or words[k] != "/" or ctx.ws[k - 1] or ctx.ws[k] or ctx.ws[k - 2] != " ":
        return False
    if not (words[k - 2].islower() and words[k - 2].isalpha()):
        return False
    return words[k - 1][:1].isupper() and words[k - 1].isalpha() and not ctx.in_caps(k)


def _numeral_after(ctx: DocCtx, e: int) -> bool:
    """A Roman numeral after a space at e; an "I" only before punctuation or a common noun in lower
    case that is no past or modal verb ("Zone I tie"; not a speaker's "I said")."""
    words = ctx.words
    if e >= len(words) or not ROMAN.match(words[e]) or ctx.ws[e - 1] != " ":
        return False
    if words[e] != "I" or e + 1 >= len(words) or ctx.toks[e + 1].is_punct:
        return True
    nxt = ctx.toks[e + 1]
    return nxt.is_lower and common_noun(nxt.lower_) and nxt.tag_ not in SPOKEN


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
