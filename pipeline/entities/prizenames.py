"""Prizes the model cuts: an award written "X of the Year" ("Player of the Year", "the Sports
Personality of the Year", "Book Of The Year Award") is one name, a WORK_OF_ART by the record's award
convention, where the model tags only its first words ("World Player" ORG) or its last ("the Year"
DATE). `year_awards` runs on the model's spans, before anything keys them: it finds the words
"of the Year" (the trigger, a cheap test on three words), takes the capitalised words right before
them and an award's noun right after, and puts one WORK_OF_ART span there in place of the model's
spans inside it. No list of awards: the capitals and the words "of the Year". Token indices."""

from __future__ import annotations

from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.evidence import POSS_CUT as POSS

RUN_MAX = 5  # capitalised words before "of the Year"
AWARD_TAILS = frozenset({"Award", "Awards", "Prize", "Trophy"})  # "Novel of the Year Award"


def year_awards(ctx: DocCtx, cands: list[Cand]) -> list[Cand]:
    """The model's spans with each "X of the Year" award made one WORK_OF_ART (see the module's doc)."""
    words = ctx.words
    if "Year" not in words and "YEAR" not in words:
        return cands
    for i in (i for i, w in enumerate(words) if w in {"Year", "YEAR"} and i > 2):
        span = _award_span(ctx, i)
        if span is None:
            continue
        s, e = span
        if any(c.start < s < c.end or c.start < e < c.end for c in cands):
            continue  # a longer name runs across the award's edge: leave the model's reading
        cands = [c for c in cands if not (s <= c.start and c.end <= e)]
        cands.append(Cand(s, e, "WORK_OF_ART", "rule", 6.0))
    return cands


def _award_span(ctx: DocCtx, i: int) -> tuple[int, int] | None:
    """The award whose "Year" is token i: capitalised words, then "of the Year", then an award's
    noun if one follows; None when no capitalised word stands before "of the"."""
    words = ctx.words
    if words[i - 1].lower() != "the" or words[i - 2].lower() != "of" or not ctx.ws[i - 2]:
        return None
    s = i - 2
    while s > 0 and i - 2 - s < RUN_MAX and _capital(ctx, s - 1):
        s -= 1
    while (
        s < i - 2
        and (ctx.toks[s].is_stop or ctx.toks[s].pos_ in {"VERB", "AUX"})
        and ctx.toks[s].is_sent_start
    ):
        s += 1  # "The Player of the Year", "Named Player of the Year": the sentence's first word off
    if s == i - 2:
        return None
    e = i + 1 + (i + 1 < len(words) and words[i + 1] in AWARD_TAILS)
    return s, e


def _capital(ctx: DocCtx, k: int) -> bool:
    """Token k is a capitalised word or an acronym on the same line as the next ("BBC Young Sports
    Personality"), no possessive's, no number."""
    w = ctx.words[k]
    if not w[:1].isupper() or not w.replace("-", "").isalpha() or "\n" in ctx.ws[k]:
        return False
    return k + 1 >= len(ctx.words) or ctx.words[k + 1] not in POSS
