"""Names written as two words glued by a colon ("XY:ZW", "AB:cd"): one name, never two.

The model splits such a name at the colon and reads each half alone (a country's code after it, a
body's initials before it). `glued_colons` widens each model span touching a colon with no space on
either side to the whole run of words so glued, and drops the other half's span. A run with a
capital on each side, or capitals on one side, names a title or a brand; in an article of the
screen or of music it is a show (WORK_OF_ART), elsewhere it keeps the model's label unless that
label is a place's or a people's (a glued word names neither).
"""

from __future__ import annotations

from pipeline.entities import acts as AT
from pipeline.entities.candidates import Cand, DocCtx

PLACE_LABELS = frozenset({"GPE", "LOC", "NORP", "PERSON"})


def glued_colons(ctx: DocCtx, cands: list[Cand]) -> list[Cand]:
    """The model's spans widened over glued colons ("CD" or "UK" of "CD:UK"), one span a run."""
    if ":" not in ctx.words:
        return cands
    seen: set[tuple[int, int]] = set()
    out = []
    for c in cands:
        run = _run(ctx, c.start, c.end)
        if run is None:
            out.append(c)
            continue
        if run in seen:  # the other half of a run already widened
            continue
        c.start, c.end = run
        c.label = _label(ctx, c.label)
        seen.add(run)
        out.append(c)
    return out


def _run(ctx: DocCtx, start: int, end: int) -> tuple[int, int] | None:
    """The glued run "A:B" holding the span `start:end` at one of its edges; None if none."""
    words, ws = ctx.words, ctx.ws
    s, e = start, end
    while s >= 2 and words[s - 1] == ":" and not ws[s - 2] and not ws[s - 1] and _word(words[s - 2]):
        s -= 2
    while e + 1 < len(words) and words[e] == ":" and not ws[e - 1] and not ws[e] and _word(words[e + 1]):
        e += 2
    if (s, e) == (start, end) or not any(any(ch.isupper() for ch in w) for w in words[s:e]):
        return None
    return s, e


def _word(w: str) -> bool:
    """A word of letters, digits after the first allowed ("ITV2"), not a number ("3:1")."""
    return w[:1].isalpha() and w.isalnum()


def _label(ctx: DocCtx, label: str) -> str:
    """A show's in a story of the screen or of music; otherwise the model's, a place's read as a body's."""
    screen, music = AT.story_nouns(ctx)
    if screen + music:
        return "WORK_OF_ART"
    return "ORG" if label in PLACE_LABELS else label
