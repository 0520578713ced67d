"""A predicate the writer puts in quote marks after its own subject, the quote a few words that open
on it: the quoted words are the subject's. A cue verb reports what the subject said, as it would
unquoted ('The guild "strongly rejected" the offer', 'Ms Aro "condemned" the vote'); an adjective
after a copula states the subject's own view of the clause that follows, whatever the adjective
('The club was "relieved" that A', 'the agency is "deeply saddened" that A'). A quoted sentence,
a title or a quote with its subject inside is no such predicate.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotes.cues import CLAUSE_SUBJECTS
from pipeline.quotes.doc import Ctx
from pipeline.quotes.edges import FINITE_TAGS

MAX_WORDS = 4  # a quoted predicate: the verb and a few words ('"totally condemned"')
_BEFORE = {"RB", "RBR", "RBS"}  # what may stand in the quote before the verb ('"strongly"')


def quoted_predicates(ctx: Ctx) -> tuple[list[int], list[int]]:
    """Indices of the finite verbs, and of the adjectives after a copula or `felt` participles, that
    open a short quote (after adverbs at most) and whose subject stands before the opening mark: cue
    candidates though inside quote marks."""
    doc, starts, verbs, adjectives = ctx.doc, ctx.starts, [], []
    for s, e in ctx.quotes.spans:
        i, j = ctx.token_at(s), ctx.token_at(e - 1)
        if i < 2 or not doc[i].is_quote:  # a span opening on its mark
            continue
        words = []
        for k in range(i + 1, j + 1):  # no Token past the fifth word: a longer quote is no predicate
            if (t := doc[k]).is_alpha:
                words.append(t)
                if len(words) > MAX_WORDS:
                    break
        if not words or len(words) > MAX_WORDS:
            continue
        head = next((t for t in words if t.tag_ not in _BEFORE), None)
        if head is None:
            continue
        adjective = (head.pos_ == "ADJ" and head.dep_ == "acomp") or felt(head)
        verb = head.head if head.dep_ == "acomp" else head
        if (adjective or (verb.tag_ in FINITE_TAGS and verb.pos_ in ("VERB", "AUX"))) and any(
                c.dep_ in CLAUSE_SUBJECTS and starts[c.i] < s for c in verb.children):
            (adjectives if adjective else verbs).append(head.i)
    return verbs, adjectives


def felt(tok: Token) -> bool:
    """A passive participle that tells a feeling ('is "deeply saddened" that A'): its subject holds
    the clause after it, as with an adjective (the scan leaves out the participles of cue verbs:
    'were "told" that A' is someone else's telling)."""
    return tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in tok.children)
