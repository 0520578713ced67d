"""Bodies' names of one place word, "and" and a name ending in a body's head, which the model cuts
at the "and": "the Kelby and Northmoor Institute" read as the place "Kelby" and the body "Northmoor
Institute". `join_and_heads` joins them into one body (ORG) and drops the place; `and_head` tells
`kinds.split_lists` to keep such a span whole.

The evidence is the article's own writing: "the", one capitalised word the model left out or took
for another kind of name (no title, no body's head, not the model's own body or nationality), "and", then
the model's body of two words or more whose last word is a body's head ("Institute", "Trust").
"the Red Cross and Oxfam" stays two (no head), and so does "the Treasury and Home Office" (the
model's own body before "and"). Token indices."""

from __future__ import annotations

from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.lexicon import ORG_HEADS, is_title_word

BODIES = frozenset({"ORG", "FAC"})
OWN = frozenset({"ORG", "NORP"})  # the model's own body or people before "and": two names


def join_and_heads(ctx: DocCtx, cands: list[Cand]) -> list[Cand]:
    """Extend each body over "Place and" before it, dropping the place (see the module's doc)."""
    if "and" not in ctx.words:
        return cands
    at = {c.start: c for c in cands}
    drop: set[int] = set()
    for c in cands:
        s = c.start
        if c.label not in BODIES or c.end - s < 2 or s < 3 or not _headed(ctx, c) or not _left(ctx, s - 2):
            continue
        left = _left_cand(ctx, at, s - 1)
        if left is not None and left.label in OWN and not _written_lower(ctx, s - 2, c.end):
            continue
        if any(o.start < s - 1 and o.end > s - 2 and o is not left for o in cands):
            continue
        if left is not None:
            drop.add(id(left))
        c.start, c.label = s - 2, "ORG"
    return [c for c in cands if id(c) not in drop]


def and_head(ctx: DocCtx, c: Cand, k: int) -> bool:
    """The span over "and" at k is "Place and Name Head" as `join_and_heads` joins it."""
    return k == c.start + 1 and c.end - k >= 3 and c.start >= 1 and _headed(ctx, c) and _left(ctx, c.start)


def _headed(ctx: DocCtx, c: Cand) -> bool:
    """c ends in a body's head after capitalised words, after "the" + a word + "and"."""
    words, s = ctx.words, c.start
    if words[c.end - 1] not in ORG_HEADS or not all(w[:1].isupper() or w == "and" for w in words[s : c.end]):
        return False
    k = s + 1 if words[s + 1 : s + 2] == ["and"] else s - 1
    return k >= 2 and words[k] == "and" and words[k - 2].lower() == "the"


def _left_cand(ctx: DocCtx, at: dict[int, Cand], k: int) -> Cand | None:
    """The model's name that ends right before "and" at k: its one word ("Kelby"), or that word after
    "the" ("The Kelby" opening a sentence); None for none."""
    for c in (at.get(k - 1), at.get(k - 2)):
        if c is not None and c.end == k and (c.start == k - 1 or ctx.words[c.start].lower() == "the"):
            return c
    return None


def _written_lower(ctx: DocCtx, s: int, e: int) -> bool:
    """The article writes the words `s`..`e` elsewhere in lower case, one phrase ("the standards and
    privileges committee"): one body's name, not two names joined by "and"."""
    low = " ".join(ctx.words[s:e]).lower()
    return low in ctx.text and low != ctx.span_text(s, e)


def _left(ctx: DocCtx, i: int) -> bool:
    """Token i is one capitalised word, no title, no body's head, not the model's lone body or people."""
    tok = ctx.toks[i]
    if not (tok.is_title and tok.is_alpha) or tok.text in ORG_HEADS or is_title_word(tok.text):
        return False
    alone = tok.ent_iob_ == "B" and (i + 1 >= len(ctx.toks) or ctx.toks[i + 1].ent_iob_ != "I")
    return not (alone and tok.ent_type_ in OWN) and "\n" not in tok.whitespace_
