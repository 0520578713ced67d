"""Place names that share their base and differ in a compass word, written once with the base
elided. After the base ("Kelby East and West", "Tarnford North or South"), the compass word alone
stands for the base with that word: one place of its own named "Kelby West" (`Cand.full`), never a
bare region "West", labelled as the first (GPE, a town's or a seat's part, when the first is read as
a place or a person or its base is a town of the gazetteer: "Luton North and South"); the first
keeps its own name (the words the model left untagged before a lone compass word it tagged are
found), and a name the model glued over both ("Kelby North and South") is cut in two. A capitalised
word after the lone compass word makes it a name of its own ("Kelby East and West Morland"). Before
the base ("Eastern and Southern Varia"), the compass word the model read as a name of its own
stands for that word and the second's base: "Eastern Varia", labelled as the second, never a bare
"Eastern" (a people's adjective "Western" stays, and a span over both stays whole: "North and South
Korea"). All work on token indices."""

from __future__ import annotations

from pipeline.entities import lexicon as L
from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.context import COMPASS
from pipeline.entities.gazetteer import world

POINTS = COMPASS | {"central"}
JOINS = frozenset({"and", "or", "&"})
PLACED = frozenset({"GPE", "LOC"})
BASE_MAX = 3  # words of a base name the model left untagged
ELIDABLE = frozenset({"GPE", "LOC", "ORG", "PERSON"})  # a lone compass word read as a name, no people
LEAD_BASES = frozenset({"middle", "far", "near"})  # "the Middle East and West": no "Middle West"


def compass_elisions(ctx: DocCtx, cands: list[Cand]) -> list[Cand]:
    """`cands` with each elided compass name made a place (see the module's doc)."""
    words = ctx.words
    if not any(w.lower() in POINTS for w in words) or not JOINS.intersection(words):
        return cands
    cands = _cut_glued(ctx, cands)
    cands += _missed_firsts(ctx, cands)
    at = {c.start: c for c in cands if c.label}
    added = []
    for a in sorted(at.values(), key=lambda c: c.start):
        k = _lone_point(ctx, a)
        if k is not None:
            lone = at.get(k)
            if lone is not None and lone.end != k + 1:
                continue  # "West Morland": a name of its own
            base = ctx.span_text(a.start, a.end - 1)
            town = ctx.norm_of(a.start, a.end - 1) in world().places
            label = "GPE" if town or a.label in PLACED | {"PERSON"} else a.label  # a town's or a seat's parts
            a.label = label
            if lone is None:
                lone = Cand(k, k + 1, label, "rule", a.weight)
                added.append(lone)
                ctx.take(lone)
            lone.label, lone.full, lone.weight = label, f"{base} {words[k]}", max(lone.weight, a.weight)
        elif a.label in PLACED and (s := _lead_start(ctx, a)) is not None:
            lone = at.get(s)
            if lone is not None and lone.end == s + 1 and lone.label in ELIDABLE:  # "Eastern" and ...
                lone.label, lone.full = a.label, f"{words[s]} {ctx.span_text(a.start + 1, a.end)}"
    return cands + added


def _cut_glued(ctx: DocCtx, cands: list[Cand]) -> list[Cand]:
    """The model's names that hold "<base> <point> and <point>" cut after the base's point, the
    second point a name of its own (its `full` set by `compass_elisions`)."""
    words, out = ctx.words, []
    for c in cands:
        k = c.end - 1
        if (c.end - c.start >= 4 and words[k].lower() in POINTS and words[k - 1] in JOINS
                and words[k - 2].lower() in POINTS and c.label):
            out.append(Cand(k, k + 1, c.label, c.src, c.weight))
            c.end = k - 1
        out.append(c)
    return out if len(out) > len(cands) else cands


def _missed_firsts(ctx: DocCtx, cands: list[Cand]) -> list[Cand]:
    """The first names the model left untagged before a lone compass word it tagged ("Penby East" of
    "Penby East and West"): its capitalised base words (`BASE_MAX` at most) and its compass word."""
    words, out = ctx.words, []
    for c in cands:
        k = c.start
        if c.end != k + 1 or not c.label or k < 3 or words[k].lower() not in POINTS:
            continue
        if words[k - 1] not in JOINS:
            continue
        if words[k - 2].lower() not in POINTS or not words[k - 2].istitle() or not ctx.free(k - 2, k - 1):
            continue
        s = k - 2
        while s > 0 and k - 2 - s < BASE_MAX and _base_word(ctx, s - 1) and ctx.free(s - 1, s):
            s -= 1
        if s < k - 2:
            out.append(first := Cand(s, k - 1, c.label, "rule", c.weight))
            ctx.take(first)
    return out


def _base_word(ctx: DocCtx, i: int) -> bool:
    """Token i can be a word of a place's base name: a capitalised word, no compass word nor stop word."""
    w = ctx.words[i]
    return w.istitle() and w.isalpha() and w.lower() not in POINTS and not ctx.toks[i].is_stop


def _lone_point(ctx: DocCtx, a: Cand) -> int | None:
    """The index of a capitalised compass word standing alone after `a` and a joiner, when `a` ends in
    a compass word after a base name that is no compass word itself ("Kelby East and West"), nor a
    person's given name."""
    words, k = ctx.words, a.end + 1
    if a.end - a.start < 2 or k >= len(words) or words[a.end] not in JOINS:
        return None
    last, point = words[a.end - 1], words[k]
    if last.lower() not in POINTS or not point.istitle() or point.lower() not in POINTS or point == last:
        return None
    if words[a.end - 2].lower() in POINTS | LEAD_BASES or L.known_place(ctx.norm_of(a.start, a.end)):
        return None  # "South West and East", "the Far East and West": no base elided
    if a.label == "PERSON" and L.census_given(words[a.start].lower()):
        return None  # "Ava West and North": a person's surname
    after = words[k + 1] if k + 1 < len(words) else ""
    return None if after[:1].isupper() and after.isalpha() else k


def _lead_start(ctx: DocCtx, b: Cand) -> int | None:
    """Where "<point> and" before a place opening with another compass word starts ("Eastern and
    Southern Varia"): the point's index, when no capitalised word goes before it (then it ends
    another name)."""
    words, s = ctx.words, b.start
    if s < 2 or b.end - s < 2 or words[s].lower() not in POINTS or words[s - 1] not in JOINS:
        return None
    point = words[s - 2]
    if not point.istitle() or point.lower() not in POINTS or point == words[s]:
        return None
    named = s >= 3 and words[s - 3][:1].isupper() and words[s - 3].isalpha() and not ctx.toks[s - 3].is_stop
    return None if named else s - 2
