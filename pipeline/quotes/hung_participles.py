"""A participle phrase on the complement's last noun that the parse hung on the cue ('called for all
players found guilty of doping to be banned'): the complement goes on to its end."""

from __future__ import annotations

from spacy.tokens import Doc, Token

_PARTICIPLES = {"VBN", "VBD"}  # the tagger often reads a bare participle as a past tense


def noun_participle(doc: Doc, verb: Token, hi: int) -> int:
    """`hi`, or the end of a participle right after the complement's last noun (no comma between)
    that the parse took for an adverbial of the cue `verb`, with no subject or auxiliary of its own."""
    if hi + 1 >= len(doc) or doc[hi].pos_ not in ("NOUN", "PROPN"):
        return hi
    part = doc[hi + 1]
    if part.tag_ not in _PARTICIPLES or part.dep_ != "advcl" or part.head.i != verb.i or any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in part.children):
        return hi
    return part.right_edge.i
