"""Countries whose one name joins two names with "and" or "&" ("Bosnia and Herzegovina", "Trinidad &
Tobago", the former "Serbia and Montenegro"): the model may cut them at the joiner into two places or
keep one half, or call the whole written with "&" a body. `joined_countries` runs on the model's spans
and makes the whole one country (GPE) when the gazetteer (pycountry's current and historic names,
`gazetteer.world`) knows the name with "and". `joined_places` joins two of the model's names side by
side that the gazetteer knows as one place ("Scottish" + "Borders": a region of that name). Token
indices."""

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


PARTS = frozenset({"GPE", "LOC", "NORP", "ORG"})  # what the model calls each half of a split place


def joined_places(ctx: DocCtx, model: list[Cand]) -> list[Cand]:
    """The model's spans with two side by side, a space apart, made one place where the gazetteer
    knows the words together as a place and neither alone as a people ("Scottish" + "Borders")."""
    out: list[Cand] = []
    for c in sorted(model, key=lambda c: c.start):
        prev = out[-1] if out else None
        if prev is not None and _one_place(ctx, prev, c):
            prev.end, prev.label = c.end, L.gazetteer_label(ctx.norm_of(prev.start, c.end)) or "GPE"
            continue
        out.append(c)
    return out


def _one_place(ctx: DocCtx, a: Cand, b: Cand) -> bool:
    if a.end != b.start or a.label not in PARTS or b.label not in PARTS or ctx.ws[a.end - 1] != " ":
        return False
    if not all(ctx.words[i].istitle() for i in range(a.start, b.end)) or ctx.in_caps(a.start):
        return False
    whole, tail = ctx.norm_of(a.start, b.end), ctx.norm_of(b.start, b.end)
    return L.known_place(whole) and L.gazetteer_label(tail) != "NORP"


def people_regions(ctx: DocCtx, model: list[Cand]) -> list[Cand]:
    """A people's word the model took alone, with the untagged capitalised word after it, made one
    place where the gazetteer knows the two words as one ("Scottish" + "Borders"); not where a
    third capitalised word goes on (a body's name: "Scottish Borders Trust")."""
    taken = {i for c in model for i in range(c.start, c.end)}
    for c in model:
        i = c.end
        if c.end - c.start != 1 or i >= len(ctx.words) or i in taken or ctx.ws[c.start] != " ":
            continue
        if L.gazetteer_label(ctx.norm_of(c.start, c.end)) != "NORP" or not ctx.words[i].istitle():
            continue
        if i + 1 < len(ctx.words) and ctx.words[i + 1][:1].isupper() or ctx.in_caps(c.start):
            continue
        whole = ctx.norm_of(c.start, i + 1)
        if L.known_place(whole) and not L.gazetteer_label(ctx.norm_of(i, i + 1)):
            c.end, c.label = i + 1, L.gazetteer_label(whole) or "GPE"
    return model
