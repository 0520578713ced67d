"""Prizes and moves of sport that verbs of claiming and judging also name: 'claimed gold', 'defended
her title', 'claimed the title' are things won; 'attacked the last 200m', 'blasted an ace', 'slammed
the ball into the net' are moves of a game or race; 'challenge them for the title' is a contest.
None is a claim. Tables: data/quote_cues.json.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotemarks import quote_cues
from pipeline.quotes.cues import WINNING_LEMMAS, is_cue
from pipeline.quotes.edges import broken_off, won_object

_CUES = quote_cues()
PRIZE_NOUNS: frozenset[str] = frozenset(_CUES["prize_nouns"])  # 'claimed gold', 'defended the title'
PLAY_VERBS: frozenset[str] = frozenset(_CUES["play_verbs"])  # 'attacked the last 200m'
PLAY_NOUNS: frozenset[str] = frozenset(_CUES["play_nouns"])  # 'blasted an ace', 'attacks the net'
_MEASURES = {"QUANTITY"}
_DIRECTIONS = {"into", "onto", "past"}  # 'slammed X into the net'
_CONTESTING = {"challenge"}  # 'challenge them for the title': rivals, no claim
_CONTESTED = {"for", "to"}


def won(verb: Token) -> bool:
    """A verb of winning whose direct object is a thing won: a prize ('claimed gold', 'claimed
    victory', 'defended her title'; in a contest of votes too, where claiming victory is no claim's
    content either), or after 'claim' a definite, possessed or counted object
    ('claimed the title', 'claimed her third medal'); not the subject of a clause the parse broke off
    ('claimed victory was near')."""
    lemma = verb.lemma_.lower()
    if lemma not in WINNING_LEMMAS:
        return False
    return any(c.dep_ == "dobj" and not broken_off(c, is_cue) and (
        _prize(c) or (lemma == "claim" and won_object(c, is_cue))) for c in verb.rights)


def _prize(noun: Token) -> bool:
    """A prize noun, not one won for someone else ('claimed victory for the plan' is a claim), or one
    the parse set in apposition to the object's first words ('defend her indoor ABC 800m title':
    'ABC' the object, 'title' its appositive), the head of the phrase all the same."""
    return any(n.lemma_.lower() in PRIZE_NOUNS and not any(
        c.dep_ == "prep" and c.lower_ == "for" for c in n.children) for n in _heads(noun))


def _heads(noun: Token) -> list[Token]:
    """`noun` and the nouns in apposition to it with no comma or dash between ('her AAA 800m title'):
    one phrase the parse broke ('the minister, a keen runner' is two)."""
    doc = noun.doc
    return [noun] + [c for c in noun.children if c.dep_ == "appos" and c.pos_ == "NOUN" and not any(
        t.is_punct for t in doc[noun.i + 1:c.left_edge.i])]


def played(verb: Token) -> bool:
    """A verb of judging that names a move of a game or race: its object is a thing a player hits or
    runs ('blasted an ace', 'attacks the net'), a measure ('attacked the last 200m'), or goes in a
    direction ('slammed his racket onto the ground')."""
    if verb.lemma_.lower() not in PLAY_VERBS:
        return False
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    return (obj.lemma_.lower() in PLAY_NOUNS or _measure(obj)
            or any(c.dep_ == "prep" and c.lower_ in _DIRECTIONS for c in verb.rights if c.i > obj.i))


def _measure(noun: Token) -> bool:
    """A measure: a quantity ('400 metres') or a number glued to its unit's letters ('200m')."""
    return noun.ent_type_ in _MEASURES or any(
        c.dep_ == "nummod" and c.i + 1 == noun.i and not c.whitespace_ for c in noun.children)


def contested(verb: Token) -> bool:
    """A verb of contest with a rival as object and a prize after 'for' or 'to' ('has challenged Ferrand
    for the title', 'will challenge the holders to the cup'), not a dare ('challenged him to a debate', 'to
    resign')."""
    if verb.lemma_.lower() not in _CONTESTING or not any(c.dep_ == "dobj" for c in verb.rights):
        return False
    return any(c.dep_ == "prep" and c.lower_ in _CONTESTED and any(
        o.dep_ == "pobj" and o.lemma_.lower() in PRIZE_NOUNS for o in c.children) for c in verb.rights)
