"""A name the model calls a body, joined by "and" or "or" to a place after a place's preposition
("in Tormouth and Belhari", "from Belhari or Kelby"): a place too.

`joined_places` runs after the vote, beside `conventions.listed_places` (lists of three names or
more). The pair must follow "in", "from", "near", "across", "between" or "both"; the other half must
be a place by the vote or the gazetteer. The name keeps its label when it is not a bare title-cased
name ("Acme Group", "BT"), when any of its mentions reads as a body's or a person's ("X said it",
"Mr X"), when the gazetteer has it as something else, and in sports reports ("in Madrid and
Barcelona" may be clubs). No list of names: the vote, the gazetteer and the words around the pair.
"""

from __future__ import annotations

from collections.abc import Callable

from pipeline.entities.candidates import KEPT, Cand, DocCtx, by_key
from pipeline.entities.context import name_evidence
from pipeline.entities.gazetteer import world
from pipeline.entities.lexicon import ORG_HEADS
from pipeline.entities.names import given_name_first

LEADS = frozenset({"in", "from", "near", "across", "between", "both"})  # "in X and Y"
JOINS = frozenset({"and", "or"})
PLACE_LABELS = frozenset({"GPE", "LOC"})


def joined_places(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """Relabel GPE a body's name joined to a place after a place's preposition (the module's doc)."""
    if ctx.sports or not any(v == "ORG" for v in labels.values()):
        return
    words, places = ctx.words, world().places
    starts = {c.start: c for c in cands if c.label}
    found: set[str] = set()
    for a in starts.values():
        b = starts.get(a.end + 1)
        if b is None or a.end >= len(words) or words[a.end] not in JOINS:
            continue
        if a.start < 1 or words[a.start - 1].lower() not in LEADS:
            continue
        ka, kb = key_of(ctx, a), key_of(ctx, b)
        for body, kbody, place, kplace in ((a, ka, b, kb), (b, kb, a, ka)):
            placed = labels.get(kplace) in PLACE_LABELS or ctx.norm_of(place.start, place.end) in places
            if labels.get(kbody) == "ORG" and placed and _bare(ctx, body):
                found.add(kbody)
    if not found:
        return
    mentions = by_key(ctx, cands, key_of)
    for key in found:
        if not _named(ctx, mentions.get(key, [])):
            labels[key] = "GPE"


def _bare(ctx: DocCtx, c: Cand) -> bool:
    """A title-cased name without a body's head word or capitals, unknown to the gazetteer as anything
    but a place."""
    words = ctx.words[c.start : c.end]
    if not all(w[:1].isupper() and not w.isupper() and w.isalpha() and w not in ORG_HEADS for w in words):
        return False
    return c.src not in KEPT and world().label.get(ctx.norm_of(c.start, c.end), "GPE") == "GPE"


def _named(ctx: DocCtx, ms: list[Cand]) -> bool:
    """A mention reads as a body's or a person's ("X said it", "Mr X") or opens with a given name."""
    for c in ms:
        org, per, _ = name_evidence(ctx.doc, c.start, c.end)
        if org or per or given_name_first(ctx, c):
            return True
    return False
