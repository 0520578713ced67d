"""A reported clause with a second attribution closing its sentence ('X said A, she told
supporters.'): the parser makes the closing verb the lead's content and the lead's clause the closing
verb's, so each item holds the other's cue and both would be dropped. When the closing subject is a
pronoun or the lead's subject again, one item remains: A, cued by the lead verb.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotes.cues import is_speech_cue
from pipeline.quotes.doc import Ctx, Item
from pipeline.quotes.subjects import clause_subject

_CLOSERS = {".", "!", "?"}
# a lead that only reports ('X said A, he told Y'), not one the closing attribution may report in turn
# ('He accepted that A, he said'; 'X told him A, he said': his account of X's words)
_LEADS = {"say"}


def unretell(ctx: Ctx, items: list[Item]) -> list[Item]:
    """`items` with each closing second attribution dropped and its lead's content ending before it."""
    drop: set[int] = set()
    for j, tail in enumerate(items):
        comma = _closing_comma(ctx, tail)
        if comma is None:
            continue
        at = ctx.starts[comma]
        lead = next((it for it in items if it is not tail and it.kind == "indirect" and it.how == "ccomp"
                     and it.cue is not None and it.cue.lemma_.lower() in _LEADS
                     and tail.start <= it.cue.idx < it.start < at <= it.end + 1
                     and same_speaker(tail.cue, it.cue)), None)
        if lead is None:
            continue
        last = ctx.doc[comma - 1]
        lead.end = min(lead.end, last.idx + len(last))
        lead.parts = [(s, min(e, lead.end)) for s, e in lead.parts if s < lead.end]
        lead.parts = lead.parts if len(lead.parts) > 1 else []
        drop.add(j)
    return [it for j, it in enumerate(items) if j not in drop] if drop else items


def _closing_comma(ctx: Ctx, tail: Item) -> int | None:
    """The comma before `tail`'s cue when that cue is a verb of saying closing its sentence after its
    content ('A, he told reporters.'): its subject right after the comma, nothing but its own words
    after it."""
    cue: Token | None = tail.cue
    if cue is None or tail.kind != "indirect" or tail.end > cue.idx or not is_speech_cue(cue):
        return None
    subj = clause_subject(cue)
    doc = ctx.doc
    if subj is None or subj.i >= cue.i or subj.left_edge.i < 1 or doc[subj.left_edge.i - 1].text != ",":
        return None
    end = cue.right_edge
    after = doc[end.i + 1] if end.i + 1 < len(doc) else None
    if end.text not in _CLOSERS and after is not None and after.text not in _CLOSERS and not after.is_space:
        return None  # 'A, he told X, and B': the sentence goes on
    return subj.left_edge.i - 1


def same_speaker(tail: Token, lead: Token) -> bool:
    """A closing verb's subject is a pronoun or the lead's subject again ('X said A, he told Y', 'X
    said: "A," he said'), not another source ('X said A, the paper reported': the paper reports X's
    words)."""
    subj, first = clause_subject(tail), clause_subject(lead)
    return subj is not None and (subj.tag_ == "PRP" or (first is not None and subj.lower_ == first.lower_))
