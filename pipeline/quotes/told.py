"""A clause after the one told that the parse took for a sentence of its own ('X told BBC Radio 4's
Today programme Mr Y had refused A') or for a clause of the one told ('told the BBC's Today
programme that A')."""

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
    stray = _stray_clause(verb)
    if stray is not None:
        span = tok_span(ctx, stray.left_edge.i, stray.right_edge.i, verb)
        return None if span is None else (span[0], span[1], "told")
    told = next((c for c in verb.rights if c.dep_ in ("dobj", "dative")), None)
    that = next((t for c in verb.rights if c.dep_ in ("dobj", "dative") and (t := _that_clause(c))), None)
    if that is not None:
        span = tok_span(ctx, that.left_edge.i, that.right_edge.i, verb)
        return None if span is None else (span[0], span[1], "told")
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


def _that_clause(told: Token) -> Token | None:
    """A content clause the parse hung on the name of the one told ('told BBC Radio 4's Today
    programme that A'): opened by the conjunction 'that' (not a relative 'that' with a role in it),
    with a subject of its own, and closing the telling."""
    for c in told.subtree:
        first = c.doc[c.left_edge.i]
        if (c.dep_ in ("acl", "relcl") and c.head.i >= told.i and first.lower_ == "that"
                and first.dep_ == "mark" and first.head.i == c.i
                and c.right_edge.i == told.right_edge.i and told.right_edge.i == told.head.right_edge.i - (
                    told.doc[told.head.right_edge.i].is_punct)
                and any(s.dep_ in CLAUSE_SUBJECTS for s in c.children)):
            return c
    return None


def _stray_clause(verb: Token) -> Token | None:
    """The clause right after the one told that the parse hung on a verb above the telling ('with X
    telling reporters on Monday she saw A', where 'saw' went to the main verb): a finite clause with
    a subject, opening with no stop or comma after the telling's last word."""
    k = verb.right_edge.i + 1
    if k >= len(verb.doc) or not any(c.dep_ in ("dobj", "dative") for c in verb.rights):
        return None
    first = verb.doc[k]
    c = next((a for a in [first, *first.ancestors] if a.left_edge.i == k and a.dep_ == "ccomp"), None)
    if c is None or c.head not in verb.ancestors or c.tag_ not in FINITE_TAGS or not any(
            s.dep_ in CLAUSE_SUBJECTS for s in c.children):
        return None
    return c
