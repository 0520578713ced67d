"""Headlines of the form 'End the "waste", Smith tells council': the words fronted before the
name are what was told, the object after the cue only whom it was told to."""

from __future__ import annotations

from pipeline.quotes.cues import ADDRESSEE_LEMMAS
from pipeline.quotes.doc import Ctx, Item

_STOPS = (".", "!", "?", '"', "'", "\u201d", "\u2019")
_MAX_WORDS = 14  # a headline's length at most
_TRIM = " ,:;-\u2013\u2014"


def refront(ctx: Ctx, it: Item) -> None:
    """Make the fronted words of a headline 'X tells Y' the item's content and the name before the
    cue its speaker, when the item took the addressee after the cue for its content."""
    cue, text, sp = it.cue, ctx.text, it.speaker
    if cue is None or sp is None or cue.lemma_.lower() not in ADDRESSEE_LEMMAS or it.start < cue.idx:
        return
    line_start = text.rfind("\n", 0, cue.idx) + 1
    line_end = text.find("\n", cue.idx)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end].rstrip()
    if it.end > line_end or line.endswith(_STOPS) or ". " in line or len(line.split()) > _MAX_WORDS:
        return  # not a headline, or content running past its line
    doc, i = cue.doc, cue.i - 1
    while i > 0 and doc[i - 1].pos_ == "PROPN" and doc[i - 1].idx >= line_start and doc[i - 1].is_alpha:
        i -= 1
    name = doc[i]
    if name.pos_ != "PROPN" or name.idx <= line_start or not sp["start"] <= name.idx < sp["end"]:
        return
    told = text[line_start:name.idx].rstrip(_TRIM)
    if not any(ch.isalpha() for ch in told):
        return
    it.start, it.end, it.parts = line_start, line_start + len(told), []
    it.kind = "mixed" if any(ctx.quotes.overlapping(it.start, it.end)) else "indirect"
    sp["start"], sp["text"] = name.idx, text[name.idx:sp["end"]]
