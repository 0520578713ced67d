"""A maker's work the model names as a body, a place or a person right after the maker's
possessive, in a story of the arts: "Ida Moreau's Quiet Lanterns" (ORG), "Pell's Saltmarsh" (GPE),
"Ida Moreau's Winter Choir" (PERSON). Not a place the gazetteer knows ("Ann Lee's Hollywood"), a
name in capitals ("Ann Lee's BBC"), one ending in a body's head ("Ann Lee's Kelby Films"), one
glued to a dash or before a noun of its own ("Hale-baiting", "Ann Lee's Kelby show"), nor a name the
model calls a person that opens with a given name ("Ann Lee's Tom Hale": the part she plays), unless
the model calls it a body ("Ann Lee's Vera Marsh" ORG). Token indices.
"""

from __future__ import annotations

from pipeline.entities.acts import SCREEN_MIN, story_nouns
from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.evidence import ACRONYM, CUE_WEIGHT, POSS_CUT
from pipeline.entities.lexicon import DASHES, ORG_HEADS, gazetteer_label, known_place
from pipeline.entities.names import given_name_first
from pipeline.entities.titlespans import title_span

OWNED_LABELS = frozenset({"ORG", "GPE", "NORP", "PERSON", "LOC"})
WORK = "WORK_OF_ART"


def owned_titles(ctx: DocCtx) -> list[Cand]:
    """The works named right after a person's possessive in a story of the arts (see the module)."""
    words = ctx.words
    if ctx.sports or POSS_CUT.isdisjoint(words) or sum(story_nouns(ctx)) < SCREEN_MIN:
        return []
    out = []
    for k in range(1, len(words) - 1):
        if words[k] in POSS_CUT and ctx.toks[k - 1].ent_type_ == "PERSON" and not ctx.in_caps(k):
            span = _owned(ctx, k + 1)
            out += [Cand(*span, WORK, "cue", CUE_WEIGHT)] if span else []
    return out


def _owned(ctx: DocCtx, s: int) -> tuple[int, int] | None:
    """The work the model names from token s, or None (see the module)."""
    toks, words = ctx.toks, ctx.words
    if toks[s].ent_iob_ != "B" or toks[s].ent_type_ not in OWNED_LABELS or toks[s].is_sent_start:
        return None
    end = s + 1
    while end < len(toks) and toks[end].ent_iob_ == "I":
        end += 1
    span = title_span(ctx, s)
    if span is None or span[0] != s or span[1] < end or any(ACRONYM.match(w) for w in words[s : span[1]]):
        return None
    e = span[1]
    key = ctx.norm_of(s, e)
    if known_place(key) or gazetteer_label(key) or words[e - 1] in ORG_HEADS:
        return None
    nxt = toks[e] if e < len(toks) else None
    if nxt is not None and (nxt.text in DASHES and not toks[e - 1].whitespace_
                            or nxt.is_lower and nxt.pos_ in {"NOUN", "PROPN"}):
        return None  # "Hale-baiting", "Ann Lee's Kelby show"
    if toks[s].ent_type_ == "PERSON" and given_name_first(ctx, Cand(s, e, "PERSON")):
        return None
    return s, e
