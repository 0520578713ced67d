"""Claims a subject receives or provokes, never holds: a cue noun that is the object of a verb of
receiving ('X has attracted criticism for A', 'faced questions about B', 'a move that prompted calls
for C', 'won praise from D'). The subject is the claim's target or cause; its holder is the noun's
'from' or 'by' phrase, or no one named.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotemarks import quote_cues

RECEIVING_LEMMAS: frozenset[str] = frozenset(quote_cues()["receiving"])
VOICING_PREPS = ("from", "by")  # who voiced a claim: 'criticism from X', 'claims by X that'
_REASONS = ("for", "about")  # what a received noun is about, when the parse hangs it on the verb


def received(noun: Token) -> bool:
    """The direct object of a verb of receiving ('attracted criticism', 'faces questions')."""
    head = noun.head
    return noun.dep_ == "dobj" and head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in RECEIVING_LEMMAS


def sent_by(noun: Token) -> Token | None:
    """Who a received noun's claim comes from: the object of its 'from'/'by' phrase ('drew criticism
    from rivals'), hung on the verb ('faced criticism from rivals that A') or on the noun's own object
    ('faced criticism for the move from X')."""
    prep = voicing(noun)
    return None if prep is None else next(c for c in prep.children if c.dep_ == "pobj")


def voicing(noun: Token) -> Token | None:
    """The 'from'/'by' phrase naming who sent a received noun's claim (see `sent_by`)."""
    if not received(noun):
        return None
    objects = [g for c in noun.rights if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    for head in (noun, noun.head, *objects):
        for prep in head.rights:
            if prep.i > noun.i and prep.dep_ == "prep" and prep.lower_ in VOICING_PREPS and any(
                    c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN", "PRON") for c in prep.children):
                return prep
    return None


def reason_of(noun: Token) -> Token | None:
    """The 'for'/'about' phrase a received noun is about that the parse hung on the verb ('has drawn
    criticism from residents for closing the library': 'for' on 'drawn')."""
    if not received(noun):
        return None
    return next((c for c in noun.head.rights
                 if c.i > noun.i and c.dep_ == "prep" and c.lower_ in _REASONS), None)
