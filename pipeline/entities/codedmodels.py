"""A maker's name and a model's lettered code: one product, the maker alone stays a body.

`coded_models` reads a one-word name the model tagged a body (a capitalised word or a brand's, a
capital inside it: "zPhonic", "KelcoTel") right before a code of capitals then digits ("K7",
"ZR-40", "AV300"), where no capitalised word carries the name on ("the Kestrel K7 and the Osprell
ZR-40", "a Norvane AV300 advert"; not "Norvane X2 Systems"): the maker and the code are one
PRODUCT. A name of two to four words the model already spans that way ("Norvane AV300", "Norvane
Home Hub HM300"; no body's head inside) and gave a body's, an event's, a work's or a person's label
is one too, and `coded_runs` makes one of such a run the model left untagged after "the", "a" or an
owner ("dubbed the Norvane Home Hub HM300,"). The code must never stand in the article without the
word before it: a format written alone ("MP3 players") is no model. Digits alone are
`countedmodels`' and `makers.maker_vehicles`' (a count or a vehicle's noun needed: "Kestrel 2005"
may be a year). Not in sports reports ("Norvane F1"). All work on token indices.
"""

from __future__ import annotations

import re

from pipeline.entities import lexicon as L
from pipeline.entities.candidates import Cand, DocCtx

LETTERED = re.compile(r"^[A-Z]{1,3}-?[0-9]{1,4}[A-Z]?$")  # "K7", "ZR-40", "AV300", "E200B"
SPANNED = frozenset({"ORG", "EVENT", "WORK_OF_ART", "PERSON"})  # what the model calls "Norvane AV300"
BRAND = re.compile(r"^[A-Za-z][a-z]*[A-Z][a-z]+$")  # "zPhonic", "KelcoTel": a capital inside, no acronym
RUN_CODE = re.compile(r"^[A-Z]{1,3}-?[0-9]{2,4}[A-Z]?$")  # "HM300": a run's code, two digits at least
RUN = 4  # words of a coded name, the code's included
LEADS = frozenset({"the", "a", "an", "its", "their", "his", "her", "'s", "\u2019s"})  # before a run
BODY_AFTER = L.ORG_AFTER | {"team", "teams"}  # "Norvane K2 shares", "the Norvane F1 team": a body


def coded_models(ctx: DocCtx, cands: list[Cand]) -> list[Cand]:
    """`cands` with each maker's name and its lettered code joined into one PRODUCT (see the
    module's doc); a candidate the code had on its own is dropped."""
    if ctx.sports:
        return cands
    at = {c.start: c for c in cands if c.end - c.start == 1}
    drop: set[int] = set()
    for c in cands:
        if c.label not in SPANNED or c.end >= len(ctx.words) or not _maker(ctx, c.start):
            continue
        if 2 <= c.end - c.start <= RUN and _coded(ctx, c.end - 2) and all(
                _maker(ctx, i) for i in range(c.start + 1, c.end - 1)):  # "Kelvo Home Hub HM300"
            c.label, c.weight = "PRODUCT", max(c.weight, 3.0)
        elif c.end - c.start < RUN and c.label == "ORG" and _coded(ctx, c.end - 1) and all(
                _maker(ctx, i) for i in range(c.start + 1, c.end)):  # "Kelvo Home Hub" + "HM300"
            own = at.get(c.end)
            if not ctx.free(c.end, c.end + 1) and (own is None or own.end != c.end + 1):
                continue
            if own is not None:
                drop.add(id(own))
            c.end, c.label, c.weight = c.end + 1, "PRODUCT", max(c.weight, 3.0)
            ctx.take(c)
    return [c for c in cands if id(c) not in drop] if drop else cands


def coded_runs(ctx: DocCtx) -> list[Cand]:
    """Runs of capitalised words the model left untagged ending in a lettered code of two digits at
    least, after "the", "a" or an owner ("dubbed the Kelvo Home Hub HM300,"): PRODUCT candidates."""
    if ctx.sports:
        return []
    out = []
    for k in ctx.capitals:
        if ctx.taken[k] or not RUN_CODE.match(ctx.words[k]) or not _coded(ctx, k - 1):
            continue
        s = k
        while s > 0 and k - s < RUN - 1 and ctx.ws[s - 1] == " " and _free_maker(ctx, s - 1):
            s -= 1
        if s < k and s > 0 and ctx.words[s - 1].lower() in LEADS:
            c = Cand(s, k + 1, "PRODUCT", "rule", 2.0)
            ctx.take(c)
            out.append(c)
    return out


def _free_maker(ctx: DocCtx, i: int) -> bool:
    """Token i is untaken and may be a maker's or a model's word (`_maker`)."""
    return not ctx.taken[i] and _maker(ctx, i)


def _maker(ctx: DocCtx, i: int) -> bool:
    """Token i may be a maker's name: a capitalised word, or a brand's word with a capital inside
    ("zPhonic", "KelcoTel"), no function word, not written in capitals throughout."""
    tok = ctx.toks[i]
    shaped = tok.is_title or bool(BRAND.match(tok.text))
    return shaped and tok.is_alpha and not tok.is_stop and tok.text not in L.ORG_HEADS and not ctx.in_caps(i)


def _coded(ctx: DocCtx, m: int) -> bool:
    """The maker's name at token m is followed by a lettered code that ends the name (no capitalised
    word, no body's noun after it) and stands nowhere in the article without the maker before it."""
    words, n, k = ctx.words, len(ctx.words), m + 1
    code = words[k]
    if ctx.ws[m] != " " or not LETTERED.match(code) or L.gazetteer_label(L.norm(code)):
        return False
    if k + 1 < n and ctx.ws[k] and (words[k + 1][:1].isupper() or words[k + 1].lower() in BODY_AFTER):
        return False  # "Norvane X2 Systems", "Norvane K2 shares"
    return all(i > 0 and words[i - 1] == words[m] for i in ctx.capitals if words[i] == code)
