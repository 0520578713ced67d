"""Titles of a story of the screen read from a maker's or a prize category's slot: the works after
a maker's plural or "the cast of" ("the writers of Harbour Lights, Kelby Nights and Dust are
nominated"; the singular only before words the model left untagged: "the director of Under a Grey
Sky"), listed apart at commas and at an "and" after which the model starts a name of its own; and
the work after a category of the screen's prizes ("won best actor for Twelve Silver Keys") unless
a person is named there. All work on token indices.
"""

from __future__ import annotations

from pipeline.entities.acts import screen_heavy
from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.evidence import CUE_WEIGHT
from pipeline.entities.lexicon import ORG_HEADS, known_place
from pipeline.entities.musicslots import best_before, title_after
from pipeline.entities.titlespans import named_person, personal, title_span

MAKERS = frozenset({"directors", "makers", "producers", "writers", "creators", "screenwriters", "cast"})
MAKER = frozenset({"director", "maker", "producer", "writer", "screenwriter"})  # untagged titles only
CATEGORIES = frozenset({"actor", "actress", "director", "screenplay", "film", "picture", "documentary",
                        "drama", "feature", "animation", "adaptation", "cinematography"})
PLACED = frozenset({"GPE", "NORP"})
SLOT_WORDS = MAKERS | MAKER | {"for"}
WORK = "WORK_OF_ART"


def screen_slot_titles(ctx: DocCtx) -> list[Cand]:
    """The titles after a maker's "of" or a screen prize category's "for" in a story of the screen
    (`acts.screen_heavy`, no sports report)."""
    words = ctx.words
    if ctx.sports or SLOT_WORDS.isdisjoint(words) or not screen_heavy(ctx):
        return []
    out = []
    for i in range(1, len(words) - 2):
        w, nxt = words[i], words[i + 1]
        if nxt == "of" and (w in MAKERS or w in MAKER) and not ctx.in_caps(i):
            out += _made(ctx, i + 2, w in MAKERS)
        elif w == "for" and words[i - 1] in CATEGORIES and best_before(ctx, i - 1):
            out += _category_title(ctx, i + 1)
    return out


def _made(ctx: DocCtx, s: int, plural: bool) -> list[Cand]:
    """The titles listed from token s after a maker's "of" (`_listed`), even where the model reads
    a person ("the writers of Ada Vane": no one writes a person); a place only beside another title
    ("the directors of Kelby and Dust Falls"); after a singular maker only words the model left
    untagged."""
    spans = _listed(ctx, s, plural)
    if not plural and any(t.ent_type_ for a, b in spans for t in ctx.toks[a:b]):
        return []
    return [Cand(a, b, WORK, "cue", CUE_WEIGHT) for a, b in spans
            if len(spans) > 1 or not known_place(ctx.norm_of(a, b))]


def _listed(ctx: DocCtx, s: int, plural: bool) -> list[tuple[int, int]]:
    """The titles from token s, apart at commas and (after a plural) at an "and" after a comma or
    after which the model starts a name of its own (`_and_inside`)."""
    out, words, listed = [], ctx.words, False
    while s < len(words):
        span = title_span(ctx, s, award=True)
        if span is None or span[0] != s or ctx.toks[s].is_sent_start or words[s] in {"The", "A", "An"}:
            return out
        if words[span[1] - 1] in ORG_HEADS:  # "the producers of Kelby Films"
            return out
        if span[1] - span[0] > 1 and ctx.toks[s].ent_type_ in PLACED and known_place(ctx.norm_of(s, s + 1)):
            span = (s + 1, span[1])  # "the makers of US Pet Swap": the US version of "Pet Swap"
        cut = _and_inside(ctx, *span, listed) if plural else None
        out += [span] if cut is None else [(span[0], cut), (cut + 1, span[1])]  # "Kelby Nights and Dust"
        e = span[1]
        if not plural or e + 1 >= len(words) or words[e] not in {",", "and"}:
            return out
        listed = listed or words[e] == ","
        s = e + 1 + (words[e + 1] == "and")
    return out


def _and_inside(ctx: DocCtx, s: int, e: int, listed: bool) -> int | None:
    """The "and" inside the title s.. e that parts two titles: the one of a list after a comma
    ("X, Kelby Nights and Dust"), or one after which the model starts a name of its own."""
    toks = ctx.toks
    ands = [k for k in range(s + 1, e - 1) if toks[k].text == "and"]
    if len(ands) != 1 or not toks[ands[0] + 1].text[:1].isupper():
        return None
    return ands[0] if listed or toks[ands[0] + 1].ent_iob_ == "B" else None


def _category_title(ctx: DocCtx, s: int) -> list[Cand]:
    """The title after a screen prize category's "for" at s - 1: no person (tagged, given name first,
    a surname last), no place, nor a name whose last word the article writes elsewhere ("for Hale ...
    Hale said"; `musicslots.title_after`)."""
    span = title_after(ctx, s, places=True)
    if span is None:
        return []
    cut = ctx.toks[s].ent_type_ != "PERSON" and ctx.toks[span[1] - 1].ent_type_ == "PERSON"
    if not cut and (named_person(ctx, *span) or personal(ctx, *span)):
        return []  # but "for Hundred Mile Lantern", a person the model cuts off a title's first word
    return [Cand(*span, WORK, "cue", CUE_WEIGHT)]
