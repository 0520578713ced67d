"""Doubled attributions: a quote both led in by a colon and followed by its own 'he said'
('X told the BBC: "A," he said.'). The parser makes the lead clause the content of the trailing verb,
and any item of the lead's own runs on over the trailing 'he said'; each then holds the other's cue
and both would be dropped. When the trailing subject is a pronoun or the lead's subject again, one
item remains: the quote alone, with the lead's verb as its cue.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotes.cues import ADDRESSEE_LEMMAS, colon_before, is_speech_cue
from pipeline.quotes.doc import Ctx, Item
from pipeline.quotes.marks import closing_char
from pipeline.quotes.retold import same_speaker, unretell
from pipeline.quotes.subjects import clause_subject

_MAX_GAP = 40  # characters between the closing mark and the trailing verb ('," the minister said')
_CONTENT = {"ccomp", "xcomp", "acomp", "attr"}  # a lead's own content
_STOPS = set('.!?"\u201c\u201d\n')


def undouble(ctx: Ctx, items: list[Item]) -> list[Item]:
    """`items` with each doubled attribution made one item: the quote, cued by the colon lead (and
    a reported clause's, cued by its lead: `retold.unretell`)."""
    drop: set[int] = set()
    for tail in items:
        found = _doubled(ctx, tail)
        if found is None:
            continue
        (s, e), lead = found
        drop.update(j for j, it in enumerate(items)
                    if it is not tail and it.cue is not None and it.cue.i == lead.i)
        tail.start, tail.end, tail.cue, tail.parts = s, e, lead, []
    return unretell(ctx, [it for j, it in enumerate(items) if j not in drop] if drop else items)


def _doubled(ctx: Ctx, tail: Item) -> tuple[tuple[int, int], Token] | None:
    """The quote span and the lead verb when `tail` is the trailing 'he said' of a colon-led quote:
    its cue right after the closing mark, its content the lead clause and the quote."""
    if tail.cue is None or tail.kind != "indirect" or tail.end > tail.cue.idx:
        return None
    near = [ctx.quotes.spans[qi] for qi in ctx.quotes.overlapping(tail.cue.idx - _MAX_GAP, tail.cue.idx)]
    if not near or near[-1][1] > tail.cue.idx:
        return None
    s, e = near[-1]
    colon = colon_before(ctx, s)
    if colon is None or not tail.start < colon.idx or _STOPS & set(ctx.text[e:tail.cue.idx]) or (
            tail.cue.idx - e > _MAX_GAP):
        return None
    first = ctx.token_at(tail.start)
    lead = next((t for t in reversed(ctx.doc[first:colon.i])
                 if is_speech_cue(t) and not ctx.in_quote(t)), None)
    if lead is None or not _bare(lead, colon.i) or not same_speaker(tail.cue, lead):
        return None
    return (s, e), lead


def _bare(lead: Token, colon: int) -> bool:
    """The lead verb has no content of its own before the colon ('X told Today:', not 'X declared
    the need for Y:' nor 'X asserted that Y:', whose quote is the trailing verb's)."""
    told = lead.lemma_.lower() in ADDRESSEE_LEMMAS  # 'told Today': the addressee, no content
    return not any(c.i < colon and (c.dep_ in _CONTENT or (c.dep_ == "dobj" and not told))
                   for c in lead.children)


def trails_lead(ctx: Ctx, prev: Item, start: int) -> bool:
    """The words between a colon-led quote `prev` and a quote at `start` are its trailing 'he said'
    ('X told Today: "A," he said. "B."'): B goes on with A, an interrupted quote."""
    cue = prev.cue
    if cue is None or cue.idx >= prev.start or colon_before(ctx, prev.start) is None:
        return False
    gap = ctx.text[prev.end:start]
    if len(gap) > 2 * _MAX_GAP or "\n" in ctx.text[prev.start:start] or (
            closing_char(ctx.text, prev.start, prev.end) != ","):
        return False  # '"A," he said. "B."', not '"A." However X warned Y. "B."'
    first = ctx.token_at(prev.end)
    first += ctx.doc[first].idx < prev.end
    verbs = [t for t in ctx.doc[first:ctx.token_at(start)] if is_speech_cue(t)]
    subj = clause_subject(verbs[0]) if len(verbs) == 1 else None
    return subj is not None and subj.i == first and same_speaker(verbs[0], cue)
