"""The subject of a biopic is a person: a name of two to four capitalised words right before
"biopic" ("the Ada Vane biopic", "a Tom Hale biopic"), which the model may read as a body or the
article's vote as the film's title, is a person on every mention; not when a word of it is a work's
title too ("the Ada Vane biopic, Ada": the person would take the title's mentions). Token indices."""

from __future__ import annotations

from collections.abc import Callable

from pipeline.entities.candidates import Cand, DocCtx, by_key, relabel
from pipeline.entities.worklists import KEPT

WORK = "WORK_OF_ART"
BIOPICS = frozenset({"biopic", "biopics"})


def biopic_subjects(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """Every name written right before "biopic" a person (see the module)."""
    if BIOPICS.isdisjoint(ctx.words):
        return
    keyed = by_key(ctx, [c for c in cands if c.end > c.start], key_of)
    works = {ctx.span_text(ms[0].start, ms[0].end) for k, ms in keyed.items() if labels.get(k) == WORK}
    for key, ms in keyed.items():
        if labels.get(key) == "PERSON" or any(c.src in KEPT for c in ms):
            continue
        subject = next((c for c in ms if _subject(ctx, c)), None)
        if subject is not None and works.isdisjoint(ctx.words[subject.start : subject.end]):
            relabel(ctx, ms, labels, key_of, "PERSON")  # but "the Ray Hale biopic, Ray": Ray would join him


def _subject(ctx: DocCtx, c: Cand) -> bool:
    """The mention is two to four capitalised words right before "biopic"."""
    words = ctx.words
    if c.end >= len(words) or words[c.end] not in BIOPICS or not 2 <= c.end - c.start <= 4:
        return False
    return all(w.istitle() and w.isalpha() for w in words[c.start : c.end])
