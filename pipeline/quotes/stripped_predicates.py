"""A reported clause the parse read as the cue's object ('saying new rules are needed', with 'new
rules' the object of 'saying' and 'are' hung elsewhere): its predicate belongs to the content."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.quotes.cues import SUBJECT_DEPS, is_cue
from pipeline.quotes.edges import FINITE_TAGS


def _predicate(tok: Token) -> Token:
    """The verb a finite word stands for: itself, or the verb an auxiliary or modal serves."""
    return tok.head if tok.dep_ in ("aux", "auxpass") and tok.head.i > tok.i else tok


def _claims_it(tok: Token) -> bool:
    """A word in the object that may own the predicate instead: a coordinator ('backed the plan but
    residents were split': a second clause) or a cue of its own ('rejected the idea saying X is B')."""
    return tok.dep_ in ("cc", "conj") or (tok.tag_.startswith("VB") and is_cue(tok))


def stripped_predicate(doc: Doc, verb: Token, obj: Token, hi: int) -> int:
    """`hi`, or the end of the predicate that follows the cue's object with no subject of its own
    ('claimed the old pier was unsafe', parsed 'claimed [the old pier]' with 'was' hung on another
    verb): the object was the reported clause's subject; not a predicate that has its own subject
    ('those who backed the plan are …'), one set off by punctuation, or one that a coordinated or
    saying word inside the object may own."""
    nxt = hi + 1
    if (obj.dep_ != "dobj" or nxt >= len(doc) or doc[nxt].tag_ not in FINITE_TAGS
            or doc[nxt].sent != verb.sent):
        return hi
    pred = _predicate(doc[nxt])
    if pred.i < nxt or pred.pos_ not in ("VERB", "AUX") or any(c.dep_ in SUBJECT_DEPS for c in pred.children):
        return hi
    if verb in pred.subtree or any(_claims_it(t) for t in doc[obj.left_edge.i:nxt]):
        return hi
    return max(hi, pred.right_edge.i)
