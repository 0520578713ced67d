"""A cue verb the writer puts in quote marks as the predicate of its own subject, the quote a few
words that open on it ('The guild "strongly rejected" the offer', 'Ms Aro "condemned" the vote'):
the quoted words are the subject's, and the verb reports what the subject said, as it would
unquoted. A quoted sentence, a title or a quote with its subject inside is no such predicate.
"""

from __future__ import annotations

from pipeline.quotes.cues import CLAUSE_SUBJECTS
from pipeline.quotes.doc import Ctx
from pipeline.quotes.edges import FINITE_TAGS

MAX_WORDS = 4  # a quoted predicate: the verb and a few words ('"totally condemned"')
_BEFORE = {"RB", "RBR", "RBS"}  # what may stand in the quote before the verb ('"strongly"')


def quoted_predicates(ctx: Ctx) -> list[int]:
    """Indices of the finite verbs that open a short quote (after adverbs at most) and whose subject
    stands before the opening mark: cue candidates though inside quote marks."""
    doc, starts, out = ctx.doc, ctx.starts, []
    for s, e in ctx.quotes.spans:
        i, j = ctx.token_at(s), ctx.token_at(e - 1)
        if i < 2 or not doc[i].is_quote:  # a span opening on its mark
            continue
        words = [t for t in doc[i + 1:j + 1] if t.is_alpha]
        if not words or len(words) > MAX_WORDS:
            continue
        verb = next((t for t in words if t.tag_ not in _BEFORE), None)
        if (verb is None or verb.tag_ not in FINITE_TAGS or verb.pos_ not in ("VERB", "AUX")
                or not any(c.dep_ in CLAUSE_SUBJECTS and starts[c.i] < s for c in verb.children)):
            continue
        out.append(verb.i)
    return out
