"""An office's number name ("Number 10", "No 10" of Downing Street) that the model leaves untagged
or reads as a count.

`number_names` makes "Number"/"No"/"No." + a house number a mention where the article names the
office in full (a name of the same list in pipeline/data/entities_aliases.json "offices"), or
where the mention acts ("No 10 said") or is a place ("at Number 10") in an article that speaks of
ministers (no chart's "at No 10"); never in a sports story. It is ORG where it acts,
else FAC (the building), also where the model took it, or its head word, for another name; then
`institutions.join` puts it under the full name.
"""

from __future__ import annotations

from collections.abc import Callable

from pipeline.entities import institutions as IN
from pipeline.entities import lexicon as L
from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.residences import acts_at

HEADS = frozenset({"Number", "No", "No."})
HAS = frozenset({"has", "have", "had"})  # "No 10 has a garden" is no act
PLACED = L.LOCATIVE | {"to", "into", "leave", "left", "enter", "entered"}


def number_names(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], gkey: Callable) -> list[Cand]:
    """New mentions of an office's number name (see the module's doc), not inside another mention."""
    heads = [i for i, w in enumerate(ctx.words[:-1]) if w in HEADS and ctx.words[i + 1].isdigit()]
    office = {i: IN.OFFICE.get(L.norm(f"{ctx.words[i]} {ctx.words[i + 1]}")) for i in heads}
    spots = [i for i in heads if office[i] is not None]
    if not spots or ctx.sports:  # "batting at No 10"
        return []
    ministers = "minister" in ctx.text.lower()  # "at No 10" of a chart is no office
    own = _spans(spots)
    covered = {k for c in cands for k in range(c.start, c.end) if (c.start, c.end) not in own}
    named = {IN.OFFICE[k] for k in (gkey(ctx, c) for c in cands) if k in IN.OFFICE and not _number(k)}
    out = []
    for i in spots:
        if i in covered or i + 1 in covered or ctx.in_caps(i):
            continue
        acts, placed = acts_at(ctx, i + 2, guarded=HAS), ministers and _placed(ctx, i)
        if acts or placed or office[i] in named:
            c = Cand(i, i + 2, "ORG" if acts else "FAC", "rule", 1.0)
            labels[gkey(ctx, c)] = c.label
            taken = [m for m in cands if (m.start, m.end) in {(i, i + 1), (i, i + 2)}]
            for m in taken:  # the model's "No" or "No 10" of an event
                m.start, m.end, m.label = i, i + 2, c.label
            out += [] if taken else [c]
    return out


def _spans(spots: list[int]) -> set[tuple[int, int]]:
    """The spans a number name or its head word alone takes."""
    return {(i, i + k) for i in spots for k in (1, 2)}


def _number(key: str) -> bool:
    """The key is a number name ("no 10"), not the office's street name."""
    return key.split()[-1].isdigit()


def _placed(ctx: DocCtx, i: int) -> bool:
    """A preposition or verb of place right before the mention ("at No 10", "to Number 10")."""
    return i > 0 and ctx.words[i - 1].lower() in PLACED
