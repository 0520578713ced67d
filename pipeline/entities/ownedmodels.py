"""A maker's possessive before its model, and a model's number code: the maker a body, the model one product.

`owned_models` cuts a name the model glued across a possessive ("Norvane's Zappa" of "Norvane's
Zappa ZX-40 music player") where a device's noun ends the phrase after it: the owner stays a body,
the possessed name and the model codes after it ("ZX-40", "7", "3G") are one PRODUCT (device nouns:
`makersigns.GOODS`). A name
after a maker's possessive the model already cut off is made a product the same way. `numbered_models`
gives a product's name the small number after it ("the Drovik 3, a console", "a Lumo 7 phone"):
one model, not a count; a maker's number alone before a device's noun is one too ("Velmar's 820 phone").
Not in sports reports; no year ("2005") is a code. Token indices throughout.
"""

from __future__ import annotations

import re

from pipeline.entities import lexicon as L
from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.countedmodels import ENDS  # the noun phrase ends
from pipeline.entities.evidence import POSS
from pipeline.entities.makersigns import GOODS

MODEL_CODE = re.compile(r"^[A-Z]{0,3}-?[0-9]{1,4}[A-Z]{0,2}$")  # "ZX-40", "902", "3G", "7"
GLUED_PART = re.compile(r"^[A-Z0-9]{1,3}$")  # a code the tokenizer cut: "3" "G"
YEAR = re.compile(r"^(?:1[89]|20)[0-9]{2}$")
GLUED = frozenset({"ORG", "PRODUCT", "PERSON", "WORK_OF_ART"})  # what the model calls "Norvane's Zappa"
REACH = 3  # lower-case words between the model and its device's noun ("video jukebox")


def owned_models(ctx: DocCtx, cands: list[Cand]) -> list[Cand]:
    """`cands` with each maker's possessive and its model cut in two (see the module's doc)."""
    if ctx.sports:
        return cands
    out: list[Cand] = []
    ends = {c.end: c for c in cands}
    for c in cands:
        k = _possessive(ctx, c) if c.label in GLUED else None
        if k is not None:
            end = _model_end(ctx, k + 1, c.end)
            if end:
                out.append(Cand(k + 1, end, "PRODUCT", c.src, max(c.weight, 2.0)))
                c.end, c.label = k, "ORG"
                ctx.take(out[-1])
        elif c.label in GLUED and c.start > 1 and ctx.words[c.start - 1] in POSS:
            owner = ends.get(c.start - 1)
            end = _model_end(ctx, c.start, c.end) if owner is not None and owner.label == "ORG" else 0
            if end:
                c.end, c.label = end, "PRODUCT"
                ctx.take(c)
        out.append(c)
        if c.label == "ORG" and c.end + 1 < len(ctx.words) and ctx.words[c.end] in POSS:
            out += _bare_code(ctx, c.end + 1)
    return out


def _bare_code(ctx: DocCtx, s: int) -> list[Cand]:
    """A model named by its number alone after its maker's possessive, a device's noun after it
    ("Velmar's 820 3G phone"): a PRODUCT; not a count ("Velmar's 300 phones") nor a year."""
    w = ctx.words[s]
    if not (w.isdigit() and len(w) >= 3) or YEAR.match(w) or not ctx.free(s, s + 1):
        return []
    end = _model_end(ctx, s, s + 1)
    if not end or ctx.words[end].endswith("s") or not ctx.free(s, end):
        return []
    c = Cand(s, end, "PRODUCT", "rule", 2.0)
    ctx.take(c)
    return [c]


def numbered_models(ctx: DocCtx, cands: list[Cand]) -> None:
    """Give a PRODUCT the small model number after it, where the noun phrase ends there or a device's
    noun follows ("the Drovik 3, a console", "a Lumo 7 phone"; not "iPod 2005")."""
    if ctx.sports:
        return
    words, toks, n = ctx.words, ctx.toks, len(ctx.words)
    for c in cands:
        if c.label != "PRODUCT" or c.end >= n or ctx.ws[c.end - 1] != " ":
            continue
        w = words[c.end]
        if not (w.isdigit() and len(w) <= 3) or not ctx.free(c.end, c.end + 1):
            continue
        nxt = c.end + 1
        if nxt >= n or toks[nxt].pos_ in ENDS or words[nxt].lower() in GOODS:
            c.end = nxt
            ctx.take(c)


def _possessive(ctx: DocCtx, c: Cand) -> int | None:
    """Index of a possessive inside the candidate, a capitalised name after it."""
    words = ctx.words
    for k in range(c.start + 1, c.end - 1):
        if words[k] in POSS and not ctx.ws[k - 1] and words[k + 1][:1].isupper():
            place = L.gazetteer_label(L.norm(ctx.span_text(c.start, k))) in {"GPE", "LOC"}
            return None if place else k  # "Kelvia's Norvane phones": a country's firm
    return None


def _code_part(ctx: DocCtx, i: int, after_code: bool) -> bool:
    """Token i is a model's code, or a piece glued to the code before it ("3" + "G" of "3G")."""
    w = ctx.words[i]
    if ctx.ws[i - 1] == " ":
        return bool(MODEL_CODE.match(w)) and not YEAR.match(w)
    return after_code and bool(GLUED_PART.match(w))


def _model_end(ctx: DocCtx, s: int, e: int) -> int:
    """The end of the model named at tokens s..e with the codes after it, where a device's noun
    ends its phrase within a few words; else 0."""
    words, toks, n = ctx.words, ctx.toks, len(ctx.words)
    end = e
    while end < n and _code_part(ctx, end, end > e):
        if not ctx.free(end, end + 1):
            return 0
        end += 1
    for i in range(end, min(end + REACH, n)):
        w = words[i].lower()
        if w in GOODS:
            return end
        if not words[i].islower() or toks[i].pos_ in ENDS:
            return 0
    return 0
