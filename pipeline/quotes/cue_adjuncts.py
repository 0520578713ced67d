"""A closing phrase of what the speaker watched or saw before speaking, which the parse hung in the
reported clause ('admitted his team's defending was poor after watching them lose': the manager
watched, the defending did not)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.quotemarks import quote_cues
from pipeline.quotes.cues import SUBJECT_DEPS
from pipeline.quotes.stances import person_like

PERCEIVING_LEMMAS: frozenset[str] = frozenset(quote_cues()["perceiving"])  # 'after watching them lose'
_TIME_WORDS = frozenset({"after", "before", "while", "on", "upon"})


def watched_cut(doc: Doc, clause: Token, lo: int, hi: int) -> int:
    """`hi`, or the end before a closing 'after/before/while/on + gerund' of perceiving with no subject
    of its own ('after watching them lose', 'after seeing a replay') on a reported clause whose
    subject cannot watch (no person, group, pronoun or entity: 'his team's defending was poor'): the
    speaker's act before the saying; 'he was tired after watching the film' keeps it."""
    subj = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None) or next(  # the parse taking
        (c for c in clause.head.children  # the subject for the cue's object: 'admitted his defending was …'
         if c.dep_ == "dobj" and c.right_edge.i + 1 == clause.left_edge.i), None)
    if subj is None or person_like(subj) or subj.pos_ == "PRON" and subj.dep_ != "expl":
        return hi
    for tok in doc[lo + 1:hi + 1]:
        if tok.lower_ not in _TIME_WORDS or tok.dep_ not in ("prep", "mark"):
            continue
        gerund = tok.head if tok.dep_ == "mark" else next(
            (c for c in tok.children if c.dep_ == "pcomp"), None)
        if (gerund is None or gerund.tag_ != "VBG" or gerund.lemma_.lower() not in PERCEIVING_LEMMAS
                or gerund.right_edge.i < hi or doc[tok.left_edge.i].i != tok.i
                or any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in gerund.children)):
            continue
        end = tok.i - 1
        while end > lo and doc[end].is_punct:
            end -= 1
        return end
    return hi
