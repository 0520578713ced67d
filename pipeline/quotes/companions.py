"""A subject acting with others named in an 'along with' phrase ('Along with X and Y, he attacked A';
'X, together with Y, unveiled B'): a later 'they' stands for all of them, not for nobody."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from pipeline.quotes.antecedents import PERSONISH
from pipeline.quotes.mentions import Mention

if TYPE_CHECKING:
    from pipeline.quotes.pronouns import PronounResolver

_WITH = {"along", "together"}  # 'along with', 'together with'
_ALONE = {"alongside"}


def companion_phrase(subj: Token) -> tuple[Token, Token] | None:
    """The first and last tokens of the 'along with' phrase set on a subject or on its verb ('Along
    with X, he went', 'X, along with Y and Z, said', 'alongside X'), else None; both words and all
    that hangs on either, however the parse split them."""
    doc = subj.doc
    for owner in (subj, subj.head):
        for c in owner.children:
            if c.dep_ == "prep" and c.lower_ in _ALONE:
                return c, c.right_edge
            if c.lower_ == "with" and c.i > 0 and doc[c.i - 1].lower_ in _WITH:
                pair = doc[c.i - 1]
            elif c.lower_ in _WITH and c.i + 1 < len(doc) and doc[c.i + 1].lower_ == "with":
                pair = doc[c.i + 1]
            else:
                continue
            first = min(c.left_edge.i, pair.left_edge.i)
            return doc[first], doc[max(c.right_edge.i, pair.right_edge.i)]
    return None


def accompanied(res: PronounResolver, subj: Token, depth: int) -> Mention | None:
    """The people a 'they' stands for when the subject before it, a person, acted with others named in
    an 'along with' phrase: the subject's person and theirs, as one named group ('X, Y and Z')."""
    phrase = companion_phrase(subj)
    if phrase is None:
        return None
    first, last = phrase
    own = res.pronoun(subj, depth + 1) if subj.pos_ == "PRON" else res._mention_at(subj)
    if own is None or own.label not in PERSONISH:
        return None
    others = [m.name for m in res.between(first.idx, last.idx + len(last)) if m.label in PERSONISH]
    names = list(dict.fromkeys([own.name, *others]))
    if len(names) < 2:
        return None
    start, end = min(first.idx, subj.idx), max(last.idx + len(last), subj.idx + len(subj))
    return Mention(start, end, None, ", ".join(names[:-1]) + " and " + names[-1], "NP", "")
