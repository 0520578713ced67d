"""A name the model calls a body, joined by "and" or "or" to a place after a place's preposition
("in Tormouth and Belhari", "from Belhari or Kelby"): a place too.

`joined_places` runs after the vote, beside `conventions.listed_places` (lists of three names or
more). The pair must follow "in", "from", "near", "across" or "both" (not "between": "between X and
Y" are often two sides) and modify no noun after it ("in X and Y guerrillas"). The other half is a
place by the vote, or, when the vote made it a person or nothing (no body, no site: "loans from
Kelmart and Leeds"), by the gazetteer or by reading as one in half its mentions (then it is relabelled
too: "in Tormouth and Belhari", "from Tormouth"). The name keeps its label when it is not a bare
title-cased name ("Acme Group", "BT", "Kelby First Nations"), when any of its mentions reads as a
body's or a person's ("X said it", "Mr X"), when the gazetteer has it as something else, and in
sports reports ("in Madrid and Barcelona" may be clubs). No list of names: the vote, the gazetteer
and the words around the pair.
"""

from __future__ import annotations

from collections.abc import Callable

from pipeline.entities.candidates import KEPT, Cand, DocCtx, by_key, relabel
from pipeline.entities.gazetteer import world
from pipeline.entities.lexicon import ORG_HEADS
from pipeline.entities.placepairs import named_as_actor
from pipeline.entities.places import PEOPLE_NOUNS, place_cue

LEADS = frozenset({"in", "from", "near", "across", "both"})  # "in X and Y"
JOINS = frozenset({"and", "or"})
PLACE_LABELS = frozenset({"GPE", "LOC"})


def joined_places(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """Relabel GPE a body's name joined to a place after a place's preposition (the module's doc)."""
    if ctx.sports or not any(v == "ORG" for v in labels.values()):
        return
    words = ctx.words
    starts = {c.start: c for c in cands if c.label}
    pairs = []
    for a in starts.values():
        b = starts.get(a.end + 1)
        if b is None or a.end >= len(words) or words[a.end] not in JOINS:
            continue
        if a.start < 1 or words[a.start - 1].lower() not in LEADS or _modifies(ctx, b.end):
            continue
        pairs += [(a, b), (b, a)]
    pairs = [(x, y) for x, y in pairs if labels.get(key_of(ctx, x)) == "ORG" and _bare(ctx, x)]
    if not pairs:
        return
    mentions = by_key(ctx, cands, key_of)
    for x, y in pairs:
        kx, ky = key_of(ctx, x), key_of(ctx, y)
        acted = named_as_actor(ctx, mentions.get(kx, []))
        if _placed(ctx, y, labels.get(ky), mentions.get(ky, [])) and not acted:
            other = [] if labels.get(ky) in PLACE_LABELS else mentions.get(ky, [])  # a person read as a place
            relabel(ctx, mentions.get(kx, []) + other, labels, key_of, "GPE")


def _placed(ctx: DocCtx, c: Cand, label: str | None, ms: list[Cand]) -> bool:
    """A place by the vote; or, when the vote made it a person or nothing (never a body or a site:
    "loans from Kelmart and Leeds", "ferries from Velkaran and Dover"), a place of the gazetteer or a name
    that reads as a place in half its mentions, two at least ("from Tormouth", "in Tormouth")."""
    if label in PLACE_LABELS:
        return True
    if label not in {None, "PERSON"}:
        return False
    if ctx.norm_of(c.start, c.end) in world().places:
        return True
    cued = sum(place_cue(ctx.doc, m.start, m.end) for m in ms)
    return len(ms) > 1 and 2 * cued >= len(ms)


def _modifies(ctx: DocCtx, end: int) -> bool:
    """A lower-case noun follows the pair ("in X and Y guerrillas", "from X and Y First Nations")."""
    toks = ctx.toks
    return end < len(toks) and toks[end].is_lower and toks[end].tag_.startswith("NN")


def _bare(ctx: DocCtx, c: Cand) -> bool:
    """A title-cased name without a body's head word or capitals, unknown to the gazetteer as anything
    but a place."""
    words = ctx.words[c.start : c.end]
    if not all(w[:1].isupper() and not w.isupper() and w.isalpha() and w not in ORG_HEADS for w in words):
        return False
    if any(w.lower() in PEOPLE_NOUNS for w in words):
        return False  # "Kelby First Nations": a people's body
    return c.src not in KEPT and world().label.get(ctx.norm_of(c.start, c.end), "GPE") == "GPE"
