"""The writer's comparison closing a reported clause after a comma ('said 41% would vote, compared with
39% a year ago'; 'said he was delighted, as did two other senators'): it weighs the claim against
another figure or person and is no part of what was said; so is the writer's source for the report
('said the plant would close, according to local reports'). A 'which' clause on the last noun ('…, which
is a month late') reads as the writer's too, but PolNeAR's annotators keep it about as often as not
(train gains, dev loses): it stays."""

from __future__ import annotations

import re

from spacy.tokens import Token

from pipeline.quotes.doc import Ctx
from pipeline.quotes.sources import cited_rule

_TAIL_RE = re.compile(
    r",\s+((?:compared (?:with|to)|as (?:has|have|had|was|were|did|does|do)|according to))\b", re.IGNORECASE
)


def writers_tail_cut(ctx: Ctx, lo: int, hi: int) -> int:
    """`hi`, or the end before the first comparison or source after a comma that runs to the content's end."""
    if hi <= lo + 2:
        return hi
    doc = ctx.doc
    for m in _TAIL_RE.finditer(ctx.text, ctx.starts[lo + 1], ctx.starts[hi]):
        first = doc[ctx.token_at(m.start(1))]
        if first.i > lo + 1 and doc[first.i - 1].text == "," and not ctx.in_quote(first) and (
                _phrase(first).right_edge.i >= hi) and not _cited(first):
            return first.i - 2
    return hi


def _cited(first: Token) -> bool:
    """'…, according to the rules': a rule the speaker cites, part of what was said."""
    return first.lower_ == "according" and cited_rule(first.doc[first.i + 1])


def _phrase(first: Token) -> Token:
    """The head of the largest phrase opening at `first`."""
    root = first
    while root.head.i != root.i and root.head.left_edge.i == first.i:
        root = root.head
    return root
