"""A verb of saying whose subject cannot speak, interrupted by an attribution ('This, they say,
indicates that A', 'The rise, analysts say, suggests B'): the aside's speaker says the whole clause;
'indicates' with 'This' as subject is no saying of its own."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotes.cues import can_speak

_THINGS = frozenset({"this", "that", "it", "these", "those"})


def mute_subject(head: Token, aside: Token) -> bool:
    """`head`, the verb the aside `aside` interrupts, has its subject before the aside, and that
    subject is a demonstrative or 'it', or a common noun for no one who can speak."""
    subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subj is None or not subj.i < aside.i < head.i:
        return False
    if subj.pos_ == "PRON" or subj.tag_ == "DT":
        return subj.lower_ in _THINGS
    return subj.pos_ == "NOUN" and not subj.ent_type_ and not can_speak(subj)
