"""Reported speech inside other reported speech: the contents that hold a cue, whether nested or
side by side ('told that while he believes A, he does not expect B': 'believes' and 'expect' both
inside the 'told' content, though the first ends before the second's cue), and the outermost
content a quote after a nested one goes on with; one quote per cue ('denied suggestions that A':
not 'that A' as well)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable

from pipeline.quotes.cues import JUDGEMENT_LEMMAS, PORTRAY_LEMMAS, cue_type
from pipeline.quotes.doc import Ctx, Item

_AS_QUOTED_RE = re.compile(r"\bas\s+[\"'\u201c\u2018]")  # 'as "bad people"'
_JUDGING = JUDGEMENT_LEMMAS | PORTRAY_LEMMAS | {"describe"}


class Holders:
    """Content spans that may nest or overlap, sorted, with the running farthest end so that the
    spans holding a character are found by a short walk back from the last one starting before it."""

    def __init__(self, spans: set[tuple[int, int]]):
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]
        self.reach: list[int] = []
        far = -1
        for _, e in self.spans:
            far = max(far, e)
            self.reach.append(far)

    def holding(self, char: int) -> list[tuple[int, int]]:
        """The spans that contain `char`."""
        out = []
        i = bisect_right(self.starts, char) - 1
        while i >= 0 and self.reach[i] > char:
            if self.spans[i][1] > char:
                out.append(self.spans[i])
            i -= 1
        return out


def enclosing(kept: list[Item], nested_in: Callable[[Item, Item], bool], reach: int = 6) -> Item:
    """The last kept item, or the outermost of the items before it whose content holds its cue (a
    quote after 'told that while he believes A, he does not expect B.' goes on with 'told')."""
    last = kept[-1]
    if last.cue is None:
        return last
    for outer in reversed(kept[max(0, len(kept) - 1 - reach):-1]):
        if nested_in(last, outer):
            last = outer
    return last


_RELATIVE_TAGS = {"WDT", "WP", "WP$"}


def own_relative_claim(ctx: Ctx, it: Item) -> bool:
    """A claim a relative clause makes inside another content ('…, which he said were at his side';
    'what the senators said was B'): one of its own (PolNeAR annotates it), not a nested report;
    not a stance ('which the government was not intending to introduce') nor a naming ('what he
    called X', see `runons.named_inside`). Not `relative.relative_claim`, the bounds of a relative
    clause's own cue."""
    first = ctx.doc[ctx.token_at(it.start)]
    return it.how not in ("oprd", "stance") and first.tag_ in _RELATIVE_TAGS and first.i < it.cue.i


def judged_in_belief(ctx: Ctx, it: Item, kept: list[Item]) -> bool:
    """A quoted judgement, 'X as "Y"' with a verb of judging or presenting, inside the content of
    beliefs only ('believed he was talking to A when he berated X as "Y"'): words the writer reports as
    said, not a report nested in another's, so kept on its own."""
    if it.cue is None or it.kind != "mixed" or it.cue.lemma_.lower() not in _JUDGING or not (
            _AS_QUOTED_RE.search(ctx.text, it.start, it.end)):
        return False
    outers = [o for o in kept if o is not it and o.cue is not None and o.cue is not it.cue
              and any(s <= it.cue.idx < e for s, e in o.pieces())]
    return bool(outers) and all(cue_type(o.cue, o.according) == "belief" for o in outers)


def one_per_cue(items: list[Item]) -> list[Item]:
    """`items` without a quote wholly inside another of the same cue ('denied suggestions that A' and
    'that A'; '"A," said X, who is now B' and 'who is now B'): PolNeAR gives the outer one."""
    by_cue: dict[int, list[Item]] = {}
    for it in items:
        if it.cue is not None:
            by_cue.setdefault(it.cue.i, []).append(it)
    inner = {id(it) for same in by_cue.values() if len(same) > 1 for it in same if any(
        o is not it and o.start <= it.start and it.end <= o.end and (o.start, o.end) != (it.start, it.end)
        for o in same)}
    return [it for it in items if id(it) not in inner] if inner else items
