"""Stance cues read where the verb takes no side of its own (issue 19): a verb of taking a side with
a particle, an act ('few people back up their files', 'the firm backed out of the deal'; 'backed by
the union' stays), and a stance verb sharing the 'to' of an infinitive it is joined to ('aims to fund
and support local clubs', 'plans to meet and endorse X'): the verb the infinitive hangs on ('aims',
'plans') holds the stance, as for 'planned to endorse X' (`stances.held_stance`).
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotes.cues import POSITION_LEMMAS, has_to

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_PARTICLES = frozenset({"up", "down", "off", "out"})  # 'back up', 'back down', 'back off', 'back out'


def side_act(verb: Token) -> bool:
    """A side verb in the active voice with a particle right after it ('back up the data', 'backed
    out of the deal'): an act, not a side taken."""
    if verb.lemma_.lower() not in POSITION_LEMMAS or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return (nxt is not None and nxt.lower_ in _PARTICLES and nxt.head.i == verb.i
            and nxt.dep_ in ("prt", "prep"))


def joined_infinitive(verb: Token) -> bool:
    """A bare verb joined by 'and' or 'or' to an infinitive ('to fund and support X'), whose 'to' it
    shares: the verb the infinitive hangs on holds the stance ('cites X' after 'not to trust Y' is
    finite, its own)."""
    if verb.dep_ != "conj" or verb.tag_ != "VB" or any(c.dep_ in _SUBJECTS for c in verb.children):
        return False
    return has_to(verb.head) or verb.head.dep_ == "xcomp"
