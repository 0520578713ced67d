"""Names made of one word said twice or more ("Mango Mango", "Yes Yes Yes"): the model often tags each
word apart, or only one of them; the doubled name is one mention. A place label the doubled form
does not earn (no gazetteer has it, no "in" or "at" puts it as a place) becomes ORG."""

from __future__ import annotations

from pipeline.entities import candidates as C
from pipeline.entities import grouping as G
from pipeline.entities.candidates import Cand
from pipeline.entities.gazetteer import fold, world

PLACE_LABELS = frozenset({"GPE", "NORP"})
PLACE_PREPS = frozenset({"in", "at", "from", "near"})  # "landed in Tala Tala": a place still


def doubled_names(ctx: C.DocCtx, cands: list[Cand], labels: dict[str, str]) -> list[Cand]:
    """`cands` with each run of one repeated name, or a name beside an untagged repeat of its word,
    made one mention ("Mango Mango" of "Mango" + "Mango"); `labels` keyed for the new names."""
    if not cands:
        return cands
    by_start = {c.start: c for c in cands}
    covered = {i for c in cands for i in range(c.start, c.end)}
    out: list[Cand] = []
    gone: set[int] = set()
    for c in sorted(cands, key=lambda c: (c.start, c.end)):
        if id(c) in gone:
            continue
        n, end, start = c.end - c.start, c.end, c.start
        while _repeats_at(ctx, c.start, c.end, end):  # the next tagged copy, or an untagged one
            nxt = by_start.get(end)
            if nxt is not None and nxt.end - nxt.start == n:
                gone.add(id(nxt))
            elif nxt is not None or any(i in covered for i in range(end, end + n)):
                break
            end += n
        while _repeats_at(ctx, c.start, c.end, start - n, back=True):  # an untagged copy before
            if any(i in covered for i in range(start - n, start)):
                break
            start -= n
        out.append(c if (start, end) == (c.start, c.end) else _joined(ctx, c, start, end, labels))
    return out


def _repeats_at(ctx: C.DocCtx, a: int, b: int, at: int, back: bool = False) -> bool:
    """Whether the words a..b come again right at `at` (after `at - 1`, or before `at + len` when
    `back`), joined by one space on the same line."""
    n, words = b - a, ctx.words
    if at + n > len(words) or at < 0 or words[at : at + n] != words[a:b]:
        return False
    gap = at + n - 1 if back else at - 1  # the token whose trailing space joins the copies
    return ctx.ws[gap] == " "


def _joined(ctx: C.DocCtx, c: Cand, start: int, end: int, labels: dict[str, str]) -> Cand:
    """One candidate over start..end in place of `c`, labelled as the article labels the doubled
    name, or as `c` unless that is a place the doubled form is not."""
    new = Cand(start, end, c.label, c.src, c.weight, c.role)
    key = G.gkey(ctx, new)
    label = labels.get(key) or labels.get(G.gkey(ctx, c), c.label)
    placed = start > 0 and ctx.words[start - 1].lower() in PLACE_PREPS
    if label in PLACE_LABELS and not placed and fold(ctx.span_text(start, end)) not in world().places:
        label = "ORG"  # "Duran" is a town; its doubled form a band
    new.label = label
    labels.setdefault(G.gkey(ctx, new), label)
    return new
