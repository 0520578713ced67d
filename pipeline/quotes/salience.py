"""Which speaker a later bare 'he' or 'she' continues: a description speaking inside the clause of
a person's verb ('He urged the chancellor to admit A. He also accused …', 'X brushed aside
questions over why the chancellor was absent') is not the one the story follows; the person
acting in the outer clause stays the last speaker. ('The pressure prompted the prime minister
to say A. He told MPs …' is the prime minister: the outer subject is no person.)"""

from __future__ import annotations

from spacy.tokens import Token

_SUBJ = {"nsubj", "nsubjpass"}
_PERSONAL = {"he", "she"}


def outranked(ref: Token) -> bool:
    """`ref` is a description ('the chancellor', not a name: 'X said Y argued A. "…," he said' is
    as often Y's as X's) and a person (a he, a she or a person's name) is the subject of a verb
    above its own clause in its sentence."""
    if ref.pos_ != "NOUN":
        return False
    tok, seen = ref, 0
    while tok.head.i != tok.i and seen < 8:
        tok, seen = tok.head, seen + 1
        for c in tok.children:
            if c.dep_ in _SUBJ and c.i != ref.i and not ref.is_ancestor(c) and not c.is_ancestor(ref) and (
                    c.lower_ in _PERSONAL or (c.pos_ == "PROPN" and c.ent_type_ == "PERSON")):
                return True
    return False
