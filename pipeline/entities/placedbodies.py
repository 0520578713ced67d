"""A body or building whose name opens with a place or a people's word the model tagged alone: "the
Kelby Royal Infirmary", "a South Norvia Police spokesman", "the Norvian Library", "Kelby County
Superior Court": the title-case words right after the place that end in a body's or a building's
head noun make one name with it (a building for a building's head, else a body), and what the model
tagged apart in those words ("Library" as a person) joins it; so does the model's body or building
right after the place that holds such a head ("Music Hall of Fame" of "the Kelby Music Hall of
Fame"). The place is no mention of its own there. A place inside a longer name ("the Duke of Kelby
Theatre") is left alone."""

from __future__ import annotations

from pipeline.entities import lexicon as L
from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.lexicon import CUES, ORG_HEADS
from pipeline.entities.places import BUILT_HEADS

PLACE_LABELS = frozenset({"GPE", "LOC", "NORP", "LANGUAGE"})
BODY_LABELS = frozenset({"ORG", "FAC"})
VENUES = frozenset(n.capitalize() for n in CUES["venue_heads"]) | {  # "Theatre", "Arena"
    n.capitalize() for n, label in CUES["class_nouns"].items() if label == "FAC" and not n.endswith("s")}
BUILDINGS = (BUILT_HEADS | VENUES) - ORG_HEADS
HEADS = ORG_HEADS | BUILDINGS | {"Infirmary", "Orchestra"}  # two bodies' heads no other list holds
REACH = 4  # title words after the place that can lead to the head: "County Superior Court"


def placed_bodies(ctx: DocCtx, model: list[Cand]) -> list[Cand]:
    """The model's names with a place before a body's name joined to it (see the module's doc)."""
    by_start = {c.start: c for c in model}
    gone: set[int] = set()
    for c in model:
        if id(c) in gone or c.label not in PLACE_LABELS or _inside_name(ctx, c.start):
            continue
        end = _head_end(ctx, c.end)
        nxt = by_start.get(c.end)
        label = ""
        if nxt is not None and nxt.label in BODY_LABELS and nxt.end >= end and _headed(ctx, c.end, nxt.end):
            end, label = nxt.end, nxt.label  # "Music Hall of Fame" after "Kelby"
        if not end or L.known_place(ctx.norm_of(c.end, end)):
            continue  # "Jewish" + "West Bank": a people, then a place
        inner = [d for d in model if d is not c and d.start < end and d.end > c.end]
        if any(d.start < c.end or d.end > end for d in inner):
            continue  # a name across the head's edge: "Kelby Court Judge Ann Vale"
        gone.update(id(d) for d in inner)
        c.end, c.label = end, label or ("FAC" if ctx.words[end - 1] in BUILDINGS else "ORG")
    kept = [c for c in model if id(c) not in gone]
    ends = {c.end for c in kept}
    for c in kept:
        if c.label not in BODY_LABELS or c.start in ends or _place(ctx, c):  # "Jewish" + "West Bank"
            continue
        if _headed(ctx, c.start, c.end):
            c.start -= _untagged_place(ctx, c.start)  # "Norvia" of "Norvia Jazz Hall of Fame", untagged
    return kept


def _place(ctx: DocCtx, c: Cand) -> bool:
    """The model's body is a place the gazetteer knows ("West Bank")."""
    return L.known_place(ctx.norm_of(c.start, c.end))


def _untagged_place(ctx: DocCtx, s: int) -> int:
    """How many title-case words right before token s, one or two on its line, name a known place or
    a people ("UK", "New Zealand", "Norvian"), outside a longer name; 0 for none."""
    for n in (2, 1):
        k = s - n
        if k < 0 or any(w != " " for w in ctx.ws[k:s]) or _inside_name(ctx, k) or ctx.toks[s].is_sent_start:
            continue
        if not all((w.istitle() or w.isupper()) and w.isalpha() for w in ctx.words[k:s]):
            continue
        key = ctx.norm_of(k, s)
        if L.known_place(key) or L.gazetteer_label(key) == "NORP":
            return n
    return 0


def _head_end(ctx: DocCtx, k: int) -> int:
    """The end of the title-case words from token k, on the same line, whose last is a head noun
    (the farthest within `REACH` words), else 0."""
    words, end = ctx.words, 0
    for i in range(k, min(len(words), k + REACH)):
        titled = words[i].istitle() and words[i].isalpha()
        if ctx.ws[i - 1] != " " or not titled or ctx.toks[i].is_sent_start:
            break
        if words[i] in HEADS:
            end = i + 1
    return end


def _headed(ctx: DocCtx, s: int, e: int) -> bool:
    """The words `s`..`e` are title case or small words and hold a head noun ("Music Hall of Fame")."""
    words = ctx.words[s:e]
    titled = all(w.istitle() or w in {"of", "and", "for", "the"} for w in words) and words[0].istitle()
    return titled and any(w in HEADS for w in words) and ctx.ws[s - 1] == " "


def _inside_name(ctx: DocCtx, s: int) -> bool:
    """The place at token s follows "of" or a possessive after a capitalised word, or is itself in
    capitals: part of a longer name ("the Duke of Kelby"), or a heading."""
    words = ctx.words
    if ctx.in_caps(s):
        return True
    return s > 1 and words[s - 1] in {"of", "'s"} and words[s - 2][:1].isupper()
