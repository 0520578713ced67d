"""Prizes named by their short plural: "this year's Velmas", "shortlisted for 10 Velmas - including
nominations", "the Velmas. The awards are held" are the prize, a WORK_OF_ART by the record's award
convention, where the model takes the plural for a place, a building or a body. `plural_prizes` runs
after the per-name vote; a mention counts when its last word is a capitalised plural (no acronym's,
no place's), it follows "the" (not "in the"), a count or "year's", it is no subject, and a prize's
noun (`prize_nouns` of the cue data) stands near it in its sentence; a name the model calls a body
after "the" needs the noun right after it or opening the next sentence ("the Velmas. The awards"), as
a band is often near its awards.
No list of prizes. Sports stories are left alone (their plurals are teams)."""

from __future__ import annotations

from collections.abc import Callable

from pipeline.entities import lexicon as L
from pipeline.entities.candidates import Cand, DocCtx, by_key, relabel
from pipeline.entities.charts import NUMBERS

PRIZE_NOUNS = frozenset(L.CUES["prize_nouns"])  # "award", "nominations", "ceremony"
PLACE_ABLE = frozenset({"GPE", "LOC", "FAC"})  # a prize's plural is no place: near prize nouns is enough
BODY_ABLE = frozenset({"ORG"})  # a band is a body too: the prize noun must be right after it
BEFORE = NUMBERS | {"the", "several", "many"}  # "the Velmas", "10 Velmas"
SUBJECTS = frozenset({"nsubj", "nsubjpass", "poss"})
PLACE_PREPS = frozenset({"in", "across", "near", "around", "inside", "outside"})  # "in the X": a place
BACK, AHEAD = 12, 6  # tokens searched for a prize's noun around a place-like plural


def plural_prizes(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """Every mention of a name some plural mention of which reads as a prize's (see the module's
    doc) made a WORK_OF_ART."""
    if ctx.sports:
        return
    named = [c for c in cands if c.end > c.start and c.label in PLACE_ABLE | BODY_ABLE]
    for key, ms in by_key(ctx, named, key_of).items():
        label = labels.get(key, ms[0].label)
        if label not in PLACE_ABLE | BODY_ABLE or L.known_place(key, towns=False):
            continue
        if any(_plural_slot(ctx, c) and _prize_near(ctx, c, label) for c in ms):
            relabel(ctx, ms, labels, key_of, "WORK_OF_ART")


def _plural_slot(ctx: DocCtx, c: Cand) -> bool:
    """The mention ends in a capitalised plural word (not an acronym's: "DVDs"), follows "the", a
    count or "year's" ("this year's Velmas"), and is no subject or owner in the parse."""
    words = ctx.words
    last = words[c.end - 1]
    if len(last) < 4 or not last[0].isupper() or not last.endswith("s") or last.endswith("ss"):
        return False
    if last[:-1].isupper() or c.start < 1 or ctx.toks[c.end - 1].dep_ in SUBJECTS:
        return False
    before = words[c.start - 1]  # a small "the": "The X" with a capital is a title's own
    if before == "the" and c.start > 1 and words[c.start - 2] in PLACE_PREPS:
        return False  # "the pub in the Cotswolds": a place's slot
    yearly = before == "'s" and c.start > 1 and words[c.start - 2].lower() == "year"  # "this year's X"
    return before in BEFORE or before.isdigit() or yearly


def _prize_near(ctx: DocCtx, c: Cand, label: str) -> bool:
    """A prize's noun near the mention; for a body's, right after it or in the next sentence's
    opening, unless a count or "year's" comes before it ("10 Velmas", "this year's Velmas")."""
    counted = ctx.words[c.start - 1] != "the"
    return _noun_near(ctx, c) if label in PLACE_ABLE or counted else _noun_next(ctx, c)


def _noun_near(ctx: DocCtx, c: Cand) -> bool:
    """A prize's noun within a few words of the mention in its sentence ("with 10 nominations",
    "award-winning actress ... at the Velmas"; not "won awards. Fans at the Arches")."""
    sent = ctx.toks[c.start].sent
    lo, hi = max(sent.start, c.start - BACK), min(sent.end, c.end + AHEAD)
    return any(w.lower() in PRIZE_NOUNS for w in ctx.words[lo:hi])


def _noun_next(ctx: DocCtx, c: Cand) -> bool:
    """A prize's noun right after the mention ("the Velmas ceremony") or opening the next sentence
    ("the Velmas. The awards are held")."""
    words = ctx.words
    after = [w.lower() for w in words[c.end : c.end + 6] if w.strip()][:3]  # across a line's end
    return bool(after) and (after[0] in PRIZE_NOUNS or after[:2] == [".", "the"] and after[2:] != []
                            and after[2] in PRIZE_NOUNS)
