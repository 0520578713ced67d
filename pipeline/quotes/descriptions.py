"""Descriptions that point back: 'such a large and powerful organisation', 'this respected charity'.
A demonstrative or 'such' makes a described noun refer to a body named before, whatever adjectives
praise it; a compound, possessor or number ('this oil group', 'its two unions') still names its own.
"""

from __future__ import annotations

from spacy.tokens import Token

POINTERS = frozenset({"this", "that", "such"})
_OWN_NAMING = {"compound", "nmod", "poss", "appos", "nummod"}


def points_back(noun: Token) -> bool:
    """`noun` is singular, opens on 'such', 'this' or 'that' and has nothing that names it apart."""
    return noun.tag_ == "NN" and noun.left_edge.lower_ in POINTERS and not any(
        c.dep_ in _OWN_NAMING for c in noun.children)
