"""A person's name in a speaker phrase that the entities missed or cut short: set off after a
description ('The deputy mayor, Dr Ilse Varga, said'; 'A spokeswoman for Corvane, Tom Ferrow QC,
said'), or heading the phrase before its organisation ('Nadia Orlov of the Tenants' Forum said').
The speaker is that person, not the organisation named beside it nor a word of the description.
`personal_name` tells a person's name by its shape alone ('E Marrow').

A name counts as a person's when an entity mention inside it is a person's, when a person mention
elsewhere ends with its surname ('Ms Orlov' later), or when it opens with an honorific or a census
given name, or the model labelled a word of it PERSON, and no word of it a name of another kind.
Post-nominal letters the parse took for the head ('QC', 'MSP') stay out of the name."""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Token

from pipeline import entities
from pipeline.quotes.antecedents import PERSONISH, MentionIndex
from pipeline.quotes.mentions import Mention
from pipeline.vocab import POST_NOMINALS

_TITLES = entities.person_titles()  # 'dr', 'mr', 'cardinal'
_OTHER_NAMES = {"ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"}
_HEAD_PREPS = {"of", "at", "from"}  # 'X of the Y Trust', 'X at Y Bank', 'X from Y'
_MAX_WORDS = 4


def apposed_person(index: MentionIndex, name: Token) -> Mention | None:
    """The person named by an apposition's name token ('…, Dr Ilse Varga, said'), else None."""
    bounds = _name_bounds(name)
    return None if bounds is None else _person(index, *bounds)


def heading_person(index: MentionIndex, head: Token) -> Mention | None:
    """The person whose name heads a subject phrase before the organisation of a prepositional
    phrase ('Nadia Orlov of the Tenants' Forum said'), when the entities have no mention of it."""
    if head.tag_ != "NNP" or not any(c.dep_ == "prep" and c.lower_ in _HEAD_PREPS for c in head.rights):
        return None
    bounds = _name_bounds(head)
    if bounds is None or bounds[1] != head.i or head.doc[bounds[0]].i != head.left_edge.i:
        return None
    return _person(index, *bounds)


def _name_bounds(tok: Token) -> tuple[int, int] | None:
    """Token indices [first, last] of the name headed by `tok` (its capitalised compounds), without
    post-nominal letters; None for no name of one to four words."""
    doc = tok.doc
    first = tok.i
    while first > 0 and (prev := doc[first - 1]).dep_ == "compound" and first <= prev.head.i <= tok.i \
            and _capital(prev):
        first -= 1
    last = tok.i
    while last > first and _letters(doc[last]):
        last -= 1
    words = doc[first:last + 1]
    if not (1 <= len(words) <= _MAX_WORDS) or not all(_capital(t) and t.pos_ == "PROPN" for t in words):
        return None
    return first, last


def _capital(tok: Token) -> bool:
    """A word of a name: capitalised, not all capitals but for an initial ('McCabe', 'Dr', 'J.')."""
    return tok.text[:1].isupper() and (not tok.is_upper or len(tok.text.rstrip(".")) == 1)


def _letters(tok: Token) -> bool:
    """Post-nominal letters ('QC', 'MSP'), no word of the name."""
    return tok.text in POST_NOMINALS


def _person(index: MentionIndex, first: int, last: int) -> Mention | None:
    """The person the name of tokens first..last refers to, else None."""
    doc = index.doc
    start, end = doc[first].idx, doc[last].idx + len(doc[last])
    inside = [m for m in index.between(start, end) if m.label in PERSONISH]
    if inside:
        return inside[0]
    if doc[last].lower_ in _TITLES:
        return None
    same = _same_surname(index, doc[last], start, end)
    if same is not None:
        return same
    words = doc[first:last + 1]
    if any(t.ent_type_ in _OTHER_NAMES for t in words):
        return None
    opener = words[0].lower_.rstrip(".")
    if len(words) == 1 or not (opener in _TITLES or opener in entities.given_genders() or any(
            t.ent_type_ == "PERSON" for t in words)):
        return None
    return Mention(start, end, None, index.text[start:end], "PERSON", "")


def _same_surname(index: MentionIndex, last: Token, start: int, end: int) -> Mention | None:
    """An entity's person mention elsewhere whose name ends with this surname ('Ms Orlov' after
    'Nadia Orlov', or before it): the nearest earlier one, else the first later one."""
    earlier = index.by_surname(last, linked=True)
    if earlier is not None:
        return earlier
    for m in index.mentions[bisect_left(index.m_starts, end):]:
        if m.label in PERSONISH and m.entity and m.name.split()[-1:] == [last.text]:
            return m
    return None


def personal_name(name: str) -> str | None:
    """'n' (a person of unknown gender) for a name shaped like a person's whatever its label: an
    initial before a surname ('E Marrow', 'J. Smith'); else None. A given name alone is no proof
    ('Morgan Stanley', 'Royal Mail')."""
    words = name.split()
    if len(words) not in (2, 3) or not all(w[:1].isupper() for w in words):
        return None
    return "n" if len(words[0].rstrip(".")) == 1 and words[-1][1:].islower() else None
