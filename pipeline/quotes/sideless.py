"""Stance cues read where the verb takes no side of its own (issue 19): a verb of taking a side with
'up' and a thing as its object, an act ('few people back up their files'; 'backed up her claim',
'backed off his plans' and 'backed by the union' stay, as PolNeAR keeps them), and a stance verb
sharing the 'to' of an infinitive it is joined to ('aims to fund and support local clubs'): the
verb the infinitive hangs on ('aims') holds the stance, as for 'planned to endorse X'
(`stances.held_stance`).
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotemarks import quote_cues
from pipeline.quotes.cues import CLAIM_NOUNS, POSITION_LEMMAS, VIEW_NOUNS, has_to
from pipeline.quotes.speaker_phrases import SUBJ_DEPS

_PARTICLES = frozenset({"up"})  # 'back up the files'
_TOLD = frozenset({"account", "story", "version"})  # 'backed up her account': someone's telling
_CLAIMS = CLAIM_NOUNS | frozenset(quote_cues()["stance_nouns"]) | VIEW_NOUNS | _TOLD


def side_act(verb: Token) -> bool:
    """A side verb in the active voice with 'up' right after it whose object is no claim ('back up
    the data'): a copy kept, not a side taken ('backed up her account' stays)."""
    if verb.lemma_.lower() not in POSITION_LEMMAS or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if nxt is None or nxt.lower_ not in _PARTICLES or nxt.head.i != verb.i or nxt.dep_ not in ("prt", "prep"):
        return False
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    return obj is not None and obj.lemma_.lower() not in _CLAIMS


def joined_infinitive(verb: Token) -> bool:
    """A bare verb joined by 'and' or 'or' to an infinitive ('to fund and support X'), whose 'to' it
    shares: the verb the infinitive hangs on holds the stance ('cites X' after 'not to trust Y' is
    finite, its own)."""
    if verb.dep_ != "conj" or verb.tag_ != "VB" or any(c.dep_ in SUBJ_DEPS for c in verb.children):
        return False
    return has_to(verb.head) or verb.head.dep_ == "xcomp"
