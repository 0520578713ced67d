"""Places named before an event's noun: "the X ceremony", "the X summit" are held in X.

`event_places` reads a name the vote made a work, a person or (outside sports reports) a body, that
the gazetteer knows as a place and that stands right before an event's noun in lower case ("at the
X ceremony", "the X talks"): the name is the place the event is held in, GPE (or the gazetteer's
trusted label: LOC for a region). A body must stand there in every mention ("the X conference"
only), so that a firm named for a town keeps its label where it acts. No list of names: the event's
nouns and the gazetteer.
"""

from __future__ import annotations

from collections.abc import Callable

from pipeline.entities import lexicon as L
from pipeline.entities.candidates import Cand, DocCtx, by_key, relabel

EVENT_NOUNS = frozenset(
    {"ceremony", "ceremonies", "festival", "summit", "talks", "conference", "gala", "premiere", "premieres"}
)
NOT_PLACES = frozenset({"WORK_OF_ART", "PERSON"})  # labels a known place never has before an event
BODY = "ORG"


def event_places(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """Relabel known places before an event's noun GPE or LOC (see the module)."""
    if EVENT_NOUNS.isdisjoint(ctx.words):
        return
    groups = by_key(ctx, [c for c in cands if c.end > c.start], key_of)
    for key, ms in groups.items():
        label = labels.get(key, ms[0].label)
        if label not in NOT_PLACES and (label != BODY or ctx.sports):
            continue
        before = [_before_event(ctx, c) for c in ms]
        if (all(before) if label == BODY else any(before)) and L.known_place(key):
            relabel(ctx, ms, labels, key_of, L.gazetteer_label(key) or "GPE")


def _before_event(ctx: DocCtx, c: Cand) -> bool:
    """An event's noun right after the name and "the" before it ("the X summit")."""
    e, s = c.end, c.start
    return e < len(ctx.words) and ctx.words[e] in EVENT_NOUNS and s > 0 and ctx.words[s - 1].lower() == "the"
