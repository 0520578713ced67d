"""A direct quote inside a report's frame ('The Gazette reports that Ona Pike told a radio show:
"…"', 'According to its website, Pike told fans: "…"'): the quote is the words of the one who
told it, its cue the inner verb, not one more part of the report's reported clause. Only a frame
of reporting ('reports', 'according to') and a teller who is a name or a personal pronoun: PolNeAR
gold keeps other frames whole ('X said he responded: "…"', 'adding that X said: "…"')."""

from __future__ import annotations

import re

from pipeline.quotes.cues import PERSONAL, colon_before, cue_before, is_speech_cue
from pipeline.quotes.doc import Ctx, Item

_COLON_RE = re.compile(r"\s*:\s*")
_REPORTING = {"report"}  # a medium's report of another's words
_LEADS = ("", "that")  # what may open the frame's clause before the teller ('reports that X told')


def framed_quote(ctx: Ctx, it: Item, s0: int) -> bool:
    """The reported clause of `it` is only the attribution of the quote at `s0`: the clause opens on
    the subject of an active speech verb whose colon opens the quote ('that X told Y:'), after the
    frame's own cue."""
    colon = colon_before(ctx, s0)
    if colon is None or it.cue is None or not it.start < colon.idx < s0:
        return False
    if not it.according and it.cue.lemma_.lower() not in _REPORTING:
        return False
    inner = cue_before(ctx, s0)
    if inner is None or inner is it.cue or not is_speech_cue(inner) or inner.idx < it.start:
        return False
    subj = next((c for c in inner.children if c.dep_ == "nsubj" and c.i < inner.i), None)
    if subj is None or subj.left_edge.idx < it.start or not (subj.pos_ == "PROPN" or subj.lower_ in PERSONAL):
        return False
    return ctx.text[it.start:subj.left_edge.idx].strip().lower() in _LEADS


def framed_lead(ctx: Ctx, it: Item) -> bool:
    """`it`'s reported clause stops at the colon of a quote it attributes ('Radio X reported that Y
    had told Z:' / '"…"'): the quote is Y's (see `framed_quote`), the frame reports nothing more."""
    m = _COLON_RE.match(ctx.text, it.end)
    if m is None or not ctx.quotes.overlapping(m.end(), m.end() + 1):
        return False
    s, _ = ctx.quotes.spans[ctx.quotes.overlapping(m.end(), m.end() + 1)[0]]
    return s == m.end() and framed_quote(ctx, it, s)
