"""A closing ', but' clause told now after a claim told then: under a past cue the claim is shifted
back ('had said she would retire', 'said the plant was safe'), so a 'but' clause in the present with
a subject of its own ('…, but this spring she has changed her mind') is the writer's account of how
things stand, not the claim. A claim in the present goes on over its 'but' ('said A is B, but C is D')."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from spacy.tokens import Token

from pipeline.quotes.doc import Ctx

_BUT_RE = re.compile(r",\s+(but)\s", re.IGNORECASE)
PRESENT_TAGS = ("VBZ", "VBP")
_SHIFTED = {"would", "could", "might", "should", "had", "was", "were"}  # a claim shifted back
_PAST_AUX = {"had", "has", "have"}  # 'had said', 'have said'


def _past_cue(cue: Token) -> bool:
    """'said', 'had said', 'has said'."""
    return cue.tag_ == "VBD" or (cue.tag_ == "VBN" and any(
        a.dep_ == "aux" and a.lower_ in _PAST_AUX for a in cue.children))


def _present(verb: Token) -> bool:
    """'is', 'has changed', 'are now looking': the present, no modal."""
    aux = [a for a in verb.children if a.dep_ in ("aux", "auxpass")]
    return (aux[0].tag_ if aux else verb.tag_) in PRESENT_TAGS


def _told_then(ctx: Ctx, lo: int, end: int) -> bool:
    """The claim up to `end` is shifted back: a 'would' or a past form, and no present of its own
    outside quote marks."""
    words = [t for t in ctx.doc[lo:end + 1] if not ctx.in_quote(t)]
    return (any(t.lower_ in _SHIFTED or t.tag_ == "VBD" for t in words)
            and not any(t.tag_ in PRESENT_TAGS and t.pos_ in ("VERB", "AUX") for t in words))


def shifted_contrast_cut(ctx: Ctx, cue: Token, lo: int, hi: int) -> int:
    """`hi`, or the end before a closing ', but' clause in the present with its own subject after a
    claim a past cue shifted back ('had said he would stand down, but he now says he will stay')."""
    if hi <= lo + 2 or not _past_cue(cue):
        return hi
    for mark, verb, end in closing_clauses(ctx, _BUT_RE, lo, hi, _present):
        if verb.head.i > mark.i or verb.dep_ == "relcl":
            continue  # 'but not those who are B', 'but because of who I am': no clause of its own
        if _told_then(ctx, lo, end):
            return end
    return hi


def closing_clauses(ctx: Ctx, pattern: re.Pattern, lo: int, hi: int,
                    present: Callable[[Token], bool]) -> Iterator[tuple[Token, Token, int]]:
    """Each clause the conjunction `pattern` opens after a comma inside the content [lo, hi] whose verb
    has a subject of its own, stands outside quote marks, runs to the content's end and is in the
    present (`present`): its conjunction, its verb and the end of the content before its comma."""
    doc = ctx.doc
    for m in pattern.finditer(ctx.text, ctx.starts[lo + 1], ctx.starts[hi]):
        mark = doc[ctx.token_at(m.start(1))]
        verb = next((t for t in doc[mark.i + 1:hi + 1] if t.pos_ in ("VERB", "AUX") and any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i > mark.i for c in t.children)), None)
        if verb is None or ctx.in_quote(verb) or verb.right_edge.i < hi - 1 or not present(verb):
            continue
        end = mark.i - 1
        while end > lo and doc[end].text == ",":
            end -= 1
        yield mark, verb, end
