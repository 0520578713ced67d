"""Names that end in a possessive-looking 's and stand alone as a subject: a firm or a shop named
after its founder ("Foster's said", "Sainsbury's warned", "McDonald's has denied"): the whole name
is the speaker, not a possessor of a noun the parse never found."""

from __future__ import annotations

from spacy.tokens import Token

_S = {"'s", "\u2019s"}
_SUBJ_DEPS = {"nsubj", "nsubjpass"}


def name_with_s(tok: Token) -> bool:
    """`tok` is a proper-noun subject whose phrase ends in its own 's ('Foster's said'), with no
    noun after it ("Foster's board said" is the board's)."""
    if tok.dep_ not in _SUBJ_DEPS or tok.pos_ != "PROPN" or tok.i + 1 >= len(tok.doc):
        return False
    s = tok.doc[tok.i + 1]
    return s.lower_ in _S and s.head.i == tok.i and tok.right_edge.i == s.i and tok.head.i > s.i
