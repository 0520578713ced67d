"""A clause after the one told that the parse took for a sentence of its own ('X told BBC Radio 4's
Today programme Mr Y had refused A')."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotes.cues import ADDRESSEE_LEMMAS, CLAUSE_SUBJECTS
from pipeline.quotes.doc import Ctx
from pipeline.quotes.edges import FINITE_TAGS
from pipeline.quotes.spans import tok_span

_COMPLEMENTS = ("ccomp", "xcomp", "prep")


def told_span(ctx: Ctx, verb: Token) -> tuple[int, int, str] | None:
    """The clause after the one told that the parse took for a sentence of its own ('X told BBC
    Radio 4's Today programme Mr Y had refused A'): no stop between them, and it has a subject and
    a finite verb of its own."""
    doc = ctx.doc
    if verb.lemma_.lower() not in ADDRESSEE_LEMMAS or any(c.dep_ in _COMPLEMENTS for c in verb.children):
        return None
    told = next((c for c in verb.rights if c.dep_ in ("dobj", "dative")), None)
    k = None if told is None else told.right_edge.i + 1
    if k is None or k >= len(doc) or not doc[k].is_sent_start or told.right_edge.i != verb.right_edge.i:
        return None
    root = doc[k].sent.root
    if (not doc[k - 1].is_alpha or "\n" in doc[k - 1].whitespace_ or root.tag_ not in FINITE_TAGS
            and not any(a.dep_ in ("aux", "auxpass") for a in root.children)
            or not any(s.dep_ in CLAUSE_SUBJECTS and s.left_edge.i == k for s in root.children)):
        return None
    span = tok_span(ctx, k, root.sent.end - 1, verb)
    return None if span is None else (span[0], span[1], "told")
