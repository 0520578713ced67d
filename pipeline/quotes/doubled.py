"""Doubled attributions: a quote both led in by a colon and followed by its own 'he said'
('X told the BBC: "A," he said.'). The parser makes the lead clause the content of the trailing verb
and runs the lead's content on over the trailing 'he said'; each then holds the other's cue and both
would be dropped. When the trailing subject is a pronoun or the lead's subject again, the lead keeps
the quote alone and the trailing clause's item goes.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotes.cues import colon_before
from pipeline.quotes.doc import Ctx, Item

_MAX_GAP = 40  # characters between the closing mark and the trailing verb ('," the minister said')


def undouble(ctx: Ctx, items: list[Item]) -> list[Item]:
    """`items` without the trailing attribution of a doubled one, its lead's content cut at the quote."""
    drop: set[int] = set()
    for lead in items:
        quote = _led_quote(ctx, lead)
        if quote is None:
            continue
        for j, tail in enumerate(items):
            if j not in drop and tail is not lead and _trails(ctx, tail, lead, quote):
                drop.add(j)
                lead.end = min(lead.end, quote[1])
                lead.parts = [p for p in lead.parts if p[0] < quote[1]]
    return [it for j, it in enumerate(items) if j not in drop] if drop else items


def _led_quote(ctx: Ctx, lead: Item) -> tuple[int, int] | None:
    """The quote span a colon lead's content opens with ('X said: "…"'), its cue before the colon."""
    if lead.cue is None or lead.kind != "indirect":
        return None
    qi = ctx.quotes.index_at(lead.start)
    if qi is None:
        return None
    s, e = ctx.quotes.spans[qi]
    colon = colon_before(ctx, s)
    if colon is None or not lead.cue.i < colon.i or ctx.doc[colon.i].sent != lead.cue.sent:
        return None
    return (s, e) if lead.end > e else None


def _trails(ctx: Ctx, tail: Item, lead: Item, quote: tuple[int, int]) -> bool:
    """`tail` is the trailing 'he said' of the quote: its cue right after the closing mark, its
    content the lead clause and the quote."""
    if tail.cue is None or lead.cue is None:
        return False
    gap = ctx.text[quote[1]:tail.cue.idx]
    return (quote[1] <= tail.cue.idx and len(gap) <= _MAX_GAP and "\n" not in gap
            and not any(ch in gap for ch in ".!?\"\u201c\u201d")
            and tail.start <= lead.cue.idx < tail.end <= tail.cue.idx and _same_speaker(tail.cue, lead.cue))


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _same_speaker(tail: Token, lead: Token) -> bool:
    """The trailing verb's subject is a pronoun or the lead's subject again ('X said: "A," he said'),
    not another source ('X said: "A," the paper reported': the paper reports X's words)."""
    subj, first = _subject(tail), _subject(lead)
    return subj is not None and (subj.tag_ == "PRP" or (first is not None and subj.lower_ == first.lower_))
