"""Stance and passive cues read in a sense where no one takes a side or says anything (issue 19): a
passive whose 'by' agent is a thing ('The site is supported by adverts', 'The dip was explained by
a weaker pound'): paid for or caused, held by no one ('was backed by the union', 'was criticised by
60% of voters' and 'was first reported by the paper' stay); a side verb with a particle, an act
('few people back up their files', 'the firm backed out of the deal'); and a stance verb joined to
an infinitive ('aims to fund and support local clubs', 'plans to meet and endorse X'): the outer
verb ('aims', 'plans') holds the stance, as for 'planned to endorse X'.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotemarks import quote_cues
from pipeline.quotes.cues import (
    BODY_NOUNS,
    COMPANY_NOUNS,
    GROUP_NOUNS,
    POSITION_LEMMAS,
    SOURCE_NOUNS,
    TEXT_NOUNS,
    can_speak,
    has_to,
)
from pipeline.quotes.stances import partitive_whole, person_like

_TABLES = quote_cues()
_PEOPLE = frozenset(_TABLES["court_speakers"]) | frozenset(_TABLES["bench_nouns"]) | frozenset(
    _TABLES["hearing_bodies"]) | frozenset(_TABLES["broad_roles"]) | frozenset(
    _TABLES["gendered_nouns"]["male"] + _TABLES["gendered_nouns"]["female"])  # 'by witnesses'

_PROPPED = POSITION_LEMMAS | {"explain"}  # paid for or caused by a thing; not 'rejected by an electorate'
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_PARTICLES = frozenset({"up", "down", "off", "out"})  # 'back up', 'back down', 'back off', 'back out'


def thing_agent(verb: Token) -> bool:
    """A passive of taking a side or of explaining whose 'by' agent is a common noun that names no
    one (`mute`), after `partitive_whole` ('by most of the voters': the voters)."""
    if verb.lemma_.lower() not in _PROPPED or not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    noun = None if agent is None else next((c for c in agent.children if c.dep_ == "pobj"), None)
    if noun is None or noun.pos_ != "NOUN" or noun.ent_type_:
        return False
    whole = partitive_whole(noun)
    return whole is noun and not noun.like_num and noun.lemma_.lower() not in _PEOPLE and mute(noun)


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


def mute(noun: Token) -> bool:
    """A noun that names no one who speaks: no person, group, body, document or source."""
    return not (person_like(noun) or can_speak(noun) or noun.lemma_.lower() in (
        TEXT_NOUNS | SOURCE_NOUNS | COMPANY_NOUNS | GROUP_NOUNS | BODY_NOUNS.keys()))
