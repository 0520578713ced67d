"""Prizes and contests the model calls a building or a body: "the Grand Final", "the Champions
Race" (a name whose last word is a contest's: an EVENT), "the Silver Bear prize" (a name a prize's
noun ends or follows: WORK_OF_ART, the record's convention for awards). `prize_heads` runs after the
per-name vote; the trigger is a set lookup on the name's last word and the word after it. A name
only ever a building ("the Harbour Tower") or a venue before "final" ("the Wembley final") keeps its
label: only the name's own last word makes a contest.
"""

from __future__ import annotations

from collections.abc import Callable

from pipeline.entities.candidates import Cand, DocCtx, by_key, relabel
from pipeline.entities.charts import NUMBERS

CONTESTS = frozenset({"Final", "Finals", "Race"})  # "the Grand Final", "the Champions Race"
PRIZES = frozenset({"prize", "award", "Prize", "Award"})  # "the Silver Bear prize"
CONTEST_ABLE = frozenset({"FAC", "ORG", "GPE", "LOC", "PERSON"})
COUNTS = NUMBERS | {"several"}  # "two Baftas for best drama"
PRIZE_ABLE = frozenset({"FAC", "GPE", "LOC"})  # a body's or a person's prize is often theirs


def prize_heads(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """Every mention of a name some mention of which ends in a contest's word an EVENT; of a name
    a prize's noun ends or follows (and the model took for a place or a building), or one given "for
    best" something ("an Oscar for best screenplay"), a WORK_OF_ART."""
    words = ctx.words
    named = [c for c in cands if c.end > c.start and c.label in CONTEST_ABLE]
    for key, ms in by_key(ctx, named, key_of).items():
        label = labels.get(key, ms[0].label)
        if label in CONTEST_ABLE and any(words[c.end - 1] in CONTESTS and c.end - c.start > 1 for c in ms):
            relabel(ctx, ms, labels, key_of, "EVENT")
        elif label in PRIZE_ABLE and any(_prized(words, c) for c in ms):
            relabel(ctx, ms, labels, key_of, "WORK_OF_ART")
        elif label in CONTEST_ABLE and any(_given_for(words, c) for c in ms):
            relabel(ctx, ms, labels, key_of, "WORK_OF_ART")  # "an Oscar for best screenplay"


def _given_for(words: list[str], c: Cand) -> bool:
    """A name of one word counted ("an X", "two Xs") and given "for best" something: a prize, no person
    nor body ("won an Oscar for best screenplay", "three Baftas for best drama")."""
    if c.end - c.start != 1 or c.start < 1 or words[c.end : c.end + 2] != ["for", "best"]:
        return False
    before = words[c.start - 1]
    return before in {"a", "an"} or words[c.start].endswith("s") and before in COUNTS


def _prized(words: list[str], c: Cand) -> bool:
    """The name's last word or the word after it is a prize's noun."""
    return words[c.end - 1] in PRIZES or (c.end < len(words) and words[c.end] in PRIZES)
