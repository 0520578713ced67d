"""A speaker given as one of a kind ('One of the losing bidders', 'one of its rivals'): the head is
the number 'one', the kind the plural noun after 'of'; a name in apposition ('One of the bidders,
the Dutch group X, said') names that one."""

from __future__ import annotations

from spacy.tokens import Token


def partitive(head: Token) -> bool:
    """`head` is the 'one' of 'one of the <plural noun>'."""
    if head.lower_ != "one" or head.pos_ not in ("NUM", "PRON", "NOUN"):
        return False
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return of is not None and any(g.dep_ == "pobj" and g.tag_ == "NNS" for g in of.children)
