"""Programmes known by what their audience does: "half of all households tuned into Harbour Lane" or
"Harbour Lane viewers" make the name a programme (WORK_OF_ART), where the model took it for a body, a
person or a place. `viewed_shows` runs after the per-name vote; the triggers are the words "tuned
into"/"tuned in to" right before a name and "viewers" right after one. A channel is tuned into too, so a
name shaped like one ("BBC One", "ITV1", an acronym) or one any mention of which follows "the", or ends
in a broadcaster's arm ("Sky Sports", `outlet_arms`), is left alone; after "viewers" only a name the
model called a person or a building counts (a place's viewers live there: "London viewers"; a body's may
be a broadcaster's)."""

from __future__ import annotations

from collections.abc import Callable

from pipeline.entities import lexicon as L
from pipeline.entities.candidates import Cand, DocCtx, by_key, relabel
from pipeline.entities.channels import channel_shaped
from pipeline.entities.evidence import ACRONYM

TUNED_ABLE = frozenset({"ORG", "PERSON", "GPE", "LOC", "FAC"})
VIEWED_ABLE = frozenset({"PERSON", "FAC"})


def viewed_shows(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """Every mention of a name tuned into, or one the model called a person or a building before
    "viewers", made a WORK_OF_ART (see the module's doc)."""
    if "tuned" not in ctx.words and "viewers" not in ctx.words:
        return
    named = [c for c in cands if c.end > c.start and c.label in TUNED_ABLE]
    for key, ms in by_key(ctx, named, key_of).items():
        label = labels.get(key, ms[0].label)
        if label not in TUNED_ABLE or not _show_able(ctx, key, ms):
            continue
        if any(_tuned(ctx.words, c) or label in VIEWED_ABLE and _viewed(ctx.words, c) for c in ms):
            relabel(ctx, ms, labels, key_of, "WORK_OF_ART")


def _show_able(ctx: DocCtx, key: str, ms: list[Cand]) -> bool:
    """No channel's shape or broadcaster's arm ("Sky Sports"), acronym or known place, and no mention
    after "the"."""
    words = ctx.words
    if L.known_place(key) or any(channel_shaped(words[c.start : c.end]) for c in ms):
        return False
    if any(c.end - c.start > 1 and words[c.end - 1] in L.OUTLET_ARMS for c in ms):
        return False  # "tuned into Kelby Sports": a channel
    if any(ACRONYM.match(words[c.start]) for c in ms):
        return False
    return not any(c.start > 0 and words[c.start - 1].lower() == "the" for c in ms)


def _tuned(words: list[str], c: Cand) -> bool:
    """The name right after "tuned into" or "tuned in to"."""
    before = [w.lower() for w in words[max(0, c.start - 3) : c.start]]
    return before[-2:] == ["tuned", "into"] or before == ["tuned", "in", "to"]


def _viewed(words: list[str], c: Cand) -> bool:
    """The name right before "viewers" ("Harbour Lane viewers")."""
    return c.end < len(words) and words[c.end] == "viewers"
