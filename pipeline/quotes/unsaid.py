"""Cue verbs whose clause says nothing, whatever the verb (issue 19; checked on PolNeAR train, where
gold leaves them out): a saying left open in a concessive free relative ('Whatever they say, A',
'Whichever way the court rules, B', '"A" - whatever spin is put on it'), whose content the parse
takes from the writer's clause beside it; and a subject that finds itself in a state ('England
find themselves striving to B'), no finding reported; and a saying only supposed, in a conditional
opened by its inverted auxiliary ('A would have been longer had he denied the charge').
"""

from __future__ import annotations

from spacy.tokens import Token

_FREE_RELATIVES = {"whatever", "whichever"}  # not 'however': 'However, he said A' is a connective
_BEFORE_DEPS = {"dobj", "nsubj", "nsubjpass", "npadvmod", "advmod"}
_REFLEXIVES = {"itself", "themselves", "himself", "herself", "ourselves", "myself", "yourself"}
_FINDING = {"find"}
_INVERTED_IF = {"had", "were", "should"}  # 'had he denied', 'should they say': an 'if' clause


def says_nothing(verb: Token) -> bool:
    """`verb` heads a concessive free relative or finds its own subject somewhere."""
    return _concessive(verb) or _supposed(verb) or (verb.lemma_.lower() in _FINDING and _finds_itself(verb))


def _supposed(verb: Token) -> bool:
    """An auxiliary right before the verb's subject, opening a conditional ('had he denied the
    charge'), in a sentence that asks nothing."""
    kids = list(verb.children)
    subjects = {s.i for s in kids if s.dep_ == "nsubj"}
    return any(  # the sentence's text only for the rare inverted auxiliary: it is dear per cue
        a.dep_ == "aux" and a.lower_ in _INVERTED_IF and a.i + 1 in subjects for a in kids if a.i < verb.i
    ) and not verb.sent.text.rstrip().endswith("?")


def _concessive(verb: Token) -> bool:
    """A dependent before the verb opened by 'whatever' or 'whichever' ('Whatever they say',
    'Whichever way the court rules', 'whatever spin is put on it')."""
    return any(
        c.i < verb.i and c.dep_ in _BEFORE_DEPS and verb.doc[c.left_edge.i].lower_ in _FREE_RELATIVES
        for c in verb.children
    )


def _finds_itself(verb: Token) -> bool:
    """'found itself facing a bill', 'find themselves in trouble': a reflexive object or subject of
    the clause after the verb."""
    for c in verb.rights:
        if c.dep_ == "dobj" and c.lower_ in _REFLEXIVES:
            return True
        if c.dep_ in ("ccomp", "xcomp", "oprd") and any(
            s.dep_ in ("nsubj", "dobj") and s.lower_ in _REFLEXIVES and s.i < c.i for s in c.children
        ):
            return True
    return False
