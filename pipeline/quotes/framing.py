"""The writer's framing closing a content: a phrase after a comma or dash that sets the claim against
another's claim ('insisted nothing would derail it, despite a new book saying B'; 'said he still
trusted X, despite claims to the contrary'; '…, amid complaints that B'): the writer's, not the
speaker's; the claim it names is another's."""

from __future__ import annotations

import re

from spacy.tokens import Token

from pipeline.quotes.cues import BELIEF_NOUNS, SPEECH_LEMMAS, SPEECH_NOUNS, TEXT_NOUNS
from pipeline.quotes.doc import Ctx

FRAME_PREPS = frozenset({"despite", "amid", "amidst"})  # 'despite a book saying B': the book's, no one else's
_FRAME_RE = re.compile(r"[,\u2013\u2014-]\s+(" + "|".join(FRAME_PREPS) + r")\s", re.IGNORECASE)
_CLAIM_NOUNS = SPEECH_NOUNS | BELIEF_NOUNS  # 'despite claims', 'amid fears'


def counterclaim_cut(ctx: Ctx, lo: int, hi: int) -> int:
    """`hi`, or the end before a closing 'despite'/'amid' phrase that names another's claim: its
    object a noun of saying or belief ('claims', 'complaints', 'fears'), a noun with a participle of
    saying ('a new book saying B') or a text's 'that' clause ('reports that B', not 'the fact that
    B'); the phrase runs to the end of the content, which comes after its cue."""
    if hi <= lo:
        return hi
    text, doc = ctx.text, ctx.doc
    end = ctx.starts[hi]
    m = _FRAME_RE.search(text, ctx.starts[lo], end)
    while m is not None:
        prep = doc[ctx.token_at(m.start(1))]
        if (prep.idx == m.start(1) and prep.i - 1 > lo and prep.right_edge.i >= hi
                and not ctx.in_quote(prep) and _names_claim(prep)):
            return prep.i - 2
        m = _FRAME_RE.search(text, m.end(), end)
    return hi


def _names_claim(prep: Token) -> bool:
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None:
        return False
    lemma = obj.lemma_.lower()
    return lemma in _CLAIM_NOUNS or any(
        (c.dep_ == "acl" and c.lemma_.lower() in SPEECH_LEMMAS)  # 'a new book saying'
        or (lemma in TEXT_NOUNS and c.dep_ in ("acl", "ccomp")  # 'reports that B', not 'the fact that B'
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children))
        for c in obj.children)
