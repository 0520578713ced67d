"""Demonstratives as speakers: a bare 'that' or 'this' subject of a clause above the cue is a thing
or a fact, never one who speaks ('That was why X and Y had agreed to A'), and a 'this' the parse
took from a phrase before the speaker's ('Despite this Acme Labs said A') is no part of them."""

from __future__ import annotations

from spacy.tokens import Token

_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})


def demonstrative(subj: Token, cue: Token) -> bool:
    """A bare demonstrative pronoun as the speaker of a cue it is not the subject of, found by
    climbing to a clause above ("That's odd because X had agreed to A"), not a relative 'that' ('a
    report that said'), one heading a phrase ('those who said') nor a fact that shows or suggests
    ('That suggests A': its own cue's source)."""
    return (subj.lower_ in _DEMONSTRATIVES and not any(True for _ in subj.children)
            and subj.tag_ == "DT" and subj.head.dep_ != "relcl" and subj.head.i != cue.i)


def stranded_start(first: Token) -> int | None:
    """Where a speaker's words start when their first word is a demonstrative the parse took for
    their determiner, right after a preposition opening the sentence ('Despite this Acme Labs
    said', 'After that the union said'): after the demonstrative; else None."""
    doc = first.doc
    if first.lower_ not in ("this", "that") or first.dep_ != "det" or first.i == 0 or first.i + 1 >= len(doc):
        return None
    prep = doc[first.i - 1]
    if prep.pos_ not in ("ADP", "SCONJ") or not prep.is_sent_start:
        return None
    return doc[first.i + 1].idx
