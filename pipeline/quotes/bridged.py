"""Interrupted quotes bridged by a participle after the attribution ('"A," X said, referring to Y,
"B."'): the participle's phrase is narration, not a content, so B goes on with A."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotes.cues import SPEECH_LEMMAS, cue_after
from pipeline.quotes.doc import Ctx, Item
from pipeline.quotes.edges import FINITE_TAGS
from pipeline.quotes.marks import closing_char

_MAX_GAP = 200  # characters between the two parts


def _bridge(ctx: Ctx, end: int, nxt: int, last: int) -> Token | None:
    """The cue of an attribution with a participle phrase after it between a quote ending at `end`
    on a comma and the next quote [nxt, last) ('said, referring to Y,')."""
    text = ctx.text
    gap = text[end:nxt]
    if "\n" in gap or len(gap) > _MAX_GAP or gap.rstrip()[-1:] != ",":
        return None
    if closing_char(text, max(0, end - 3), end) != ",":
        return None
    cue = cue_after(ctx, end)
    if cue is None or cue.idx >= nxt:
        return None
    doc, i = ctx.doc, cue.i + 1
    while i < len(doc) and doc[i].idx < nxt and doc[i].text != ",":
        i += 1  # the rest of the attribution ('said on Monday,')
    if i + 1 >= len(doc) or doc[i + 1].idx >= nxt or doc[i + 1].tag_ not in ("VBG", "VBN"):
        return None
    if doc[i + 1].lemma_.lower() in SPEECH_LEMMAS:
        return None  # 'said, adding of X, "B"': B is the second saying's own
    k = ctx.token_at(nxt)
    rest = list(doc[i + 1 : k])  # every token before k starts before nxt
    if any(t.tag_ in FINITE_TAGS for t in rest) or not any(t.text == "," for t in rest):
        return None  # 'said, adding that C,': a content of its own
    own = {t.i for t in rest}
    if any(t.head.i in own for t in doc[k:ctx.token_at(max(nxt, last - 1)) + 1]):
        return None  # 'said, suggesting questions, including, "B"': B is the phrase's own
    return cue


def bridged(ctx: Ctx, items: list[Item]) -> list[Item]:
    """`items` without the contents that start inside a participle bridge between two parts of a
    quote (see `_bridge`): the participle's phrase, or the cue's clause taken from it; one content
    over both parts gives them the cue."""
    spans, whole, bridges = ctx.quotes.spans, [], []
    for (s0, e0), (s1, e1) in zip(spans, spans[1:], strict=False):
        if (cue := _bridge(ctx, e0, s1, e1)) is not None:
            bridges.append((cue.idx, s1))
            whole.append(Item(s0, e1, "indirect", cue=cue, how="bridged"))
    if not bridges:
        return items
    return [it for it in items if it.cue is None or not any(
        lo <= it.cue.idx < hi and lo < it.start < hi for lo, hi in bridges)] + whole
