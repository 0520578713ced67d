"""Titles of records read from a music prize's category: "best rap song for X", "best contemporary
folk album for X", "best song for hit X". In a story of music (`acts.music_story`), a category
written "best ... <kind of record> for" names the record right after it, even where the model reads
a band (ORG), a person or a place; the name after the category's "for" is a title unless the article
names it elsewhere too (then it is likely the winner: "best album for Ann Lee"). All work on token
indices.
"""

from __future__ import annotations

from pipeline.entities.acts import music_story
from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.evidence import CUE_WEIGHT
from pipeline.entities.lexicon import known_place
from pipeline.entities.titlespans import title_span

RECORDS = frozenset({"album", "song", "single", "recording", "track", "record", "video", "ep"})
HITS = frozenset({"hit", "single"})  # "best song for hit X": the title after it
REACH = 5  # words from "best" to the record's noun: "best contemporary R&B album"
WORK = "WORK_OF_ART"


def category_titles(ctx: DocCtx) -> list[Cand]:
    """The titles after a music prize's category ("best rock song for X") in a story of music."""
    if ctx.sports or "best" not in ctx.words or "for" not in ctx.words or not music_story(ctx):
        return []
    out = []
    for i, w in enumerate(ctx.words[:-1]):
        if w == "for" and i > 1 and ctx.words[i - 1].lower() in RECORDS and best_before(ctx, i - 1):
            s = i + 2 if ctx.words[i + 1] in HITS else i + 1
            span = title_after(ctx, s) if s < len(ctx.words) else None
            out += [Cand(*span, WORK, "cue", CUE_WEIGHT)] if span else []
    return out


def best_before(ctx: DocCtx, k: int) -> bool:
    """"best" opens the category whose record noun is at k, with only modifiers between."""
    for j in range(k - 1, max(k - 1 - REACH, -1), -1):
        w = ctx.words[j]
        if w.lower() == "best":
            return True
        if ctx.toks[j].pos_ in {"VERB", "AUX", "ADP", "DET", "PRON"} or w in {",", ".", ";", ":"}:
            return False
    return False


def title_after(ctx: DocCtx, s: int, places: bool = False) -> tuple[int, int] | None:
    """The title written from token s after a prize category's "for": not a one-word place (with
    `places`, no place at all), nor a name whose last word the article writes elsewhere too ("best
    album for Ann Lee ... Lee said")."""
    span = title_span(ctx, s, award=True)
    if span is None or span[0] != s or ctx.toks[s].is_sent_start:
        return None
    if known_place(ctx.norm_of(*span)) and (places or span[1] - span[0] == 1):
        return None
    return None if ctx.words.count(ctx.words[span[1] - 1]) > 1 else span
