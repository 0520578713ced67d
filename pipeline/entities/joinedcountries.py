"""Countries whose one name joins two names with "and" or "&" ("Bosnia and Herzegovina", "Trinidad &
Tobago", the former "Serbia and Montenegro"): the model may cut them at the joiner into two places or
keep one half, or call the whole written with "&" a body. `joined_countries` runs on the model's spans
and makes the whole one country (GPE) when the gazetteer (pycountry's current and historic names,
`gazetteer.world`) knows the name with "and". Token indices."""

from __future__ import annotations

from pipeline.entities import lexicon as L
from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.gazetteer import country_key

JOINERS = frozenset({"and", "&"})
TAIL_MAX = 3  # capitalised words after the joiner ("Saint Kitts and Nevis", "Turks and Caicos Islands")


def joined_countries(ctx: DocCtx, model: list[Cand]) -> list[Cand]:
    """The model's spans with every country of two joined names made one GPE span (see the module's
    doc): a span written with "&" relabelled; a place followed by "and"/"&" and up to `TAIL_MAX`
    capitalised words extended over them, the spans inside dropped."""
    words, dropped = ctx.words, set()
    for c in sorted(model, key=lambda c: c.start):
        if id(c) in dropped:
            continue
        if "&" in words[c.start : c.end] and _country(ctx, c.start, c.end):
            c.label = "GPE"
        elif c.label in {"GPE", "LOC", "ORG"} and c.end < len(words) - 1 and words[c.end] in JOINERS:
            end = _country_end(ctx, c)
            if end:
                dropped |= {id(o) for o in model if o is not c and c.start <= o.start and o.end <= end}
                c.end, c.label = end, "GPE"
    return [c for c in model if id(c) not in dropped]


def _country_end(ctx: DocCtx, c: Cand) -> int | None:
    """The end of the country's name that `c` opens before its joiner, or None."""
    toks, k = ctx.toks, c.end + 1
    while k < len(toks) and k - c.end <= TAIL_MAX and toks[k].is_title and toks[k].is_alpha:
        k += 1
        if _country(ctx, c.start, k):
            return k
    return None


def _country(ctx: DocCtx, s: int, e: int) -> bool:
    return L.gazetteer_label(country_key(ctx.norm_of(s, e))) == "GPE"
