"""'prove' that reports no finding (issue 19): a thing turning out some way ('The bridge has proved
unpopular', 'Her surge proved too strong', 'The service is proving a lifeline'), whose content the
parse took from a clause nearby; and people proving a state by their deeds ('Veterans are proving
it is not only the young who win', 'he proved that voters could be won over'), the writer's
judgement of what they did. PolNeAR train gold leaves out a person's proving (two of two) and keeps
a source's ('a study proved that A', 'Tests proved B'), which stays, as does 'X proved to be Y' (gold
keeps it) and a thing's proof of a clause ('The win proves that they can B').
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

_PROVE = frozenset({"prove"})
_PREDICATES = frozenset({"oprd", "acomp"})  # 'proved unpopular', 'proved too strong'
_INDEFINITE = frozenset({"a", "an"})  # 'is proving a lifeline': what it turned out to be
_PERSONS = frozenset({"PERSON", "NORP"})
_PEOPLE_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "you"})


def turned_out(verb: Token, people: Callable[[Token], bool], source: Callable[[Token], bool]) -> bool:
    """`verb` is a 'prove' with a predicate of how a thing turned out, or with people (a name, a
    personal pronoun, or a description of people or a group: `people`) proving by deed; not a
    source's (`source`) proof."""
    if verb.lemma_.lower() not in _PROVE:
        return False
    kids = list(verb.children)
    if any(c.i > verb.i and (c.dep_ in _PREDICATES or (c.dep_ == "advmod" and c.pos_ == "ADJ"))
           for c in kids):
        return True  # 'proved unpopular', 'proved too much' (the parse's adverb)
    subj = next((c for c in kids if c.dep_ == "nsubj"), None)
    if subj is None or source(subj):
        return False
    if subj.ent_type_ in _PERSONS or subj.pos_ == "PROPN" or subj.lower_ in _PEOPLE_PRONOUNS or people(subj):
        return True
    obj = next((c for c in kids if c.dep_ == "dobj" and c.i > verb.i), None)
    return obj is not None and not any(c.dep_ == "ccomp" for c in kids) and any(
        d.dep_ == "det" and d.lower_ in _INDEFINITE for d in obj.children)
