"""A role written before a name set off by spaced dashes ("his former lover - Tom Hale - said"): the
noun phrase before the opening dash, when it ends in a role or kin noun and the name closes with a
dash of its own. Read from the words, as the parser splits the sentence at the dashes."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.entities import lexicon as L
from pipeline.entities.appositions import ARTICLES, MAX_WORDS, POSSESSIVES, spaced_dash

MODIFIER_POS = frozenset({"ADJ", "NOUN", "VERB"})  # "former", "party", "newly-elected"


def dashed(doc: Doc, start: int, end: int) -> str | None:
    """The role phrase before " - " and the name at start:end closed by " - ", from its possessive
    pronoun or a name's possessive on, without an article ("his former lover", "Ann's uncle", "a
    son" -> "son"); None without a role or kin noun right before the dash."""
    if start < 2 or end + 1 >= len(doc) or not (_spaced(doc, start - 1) and _spaced(doc, end)):
        return None
    head = doc[start - 2]
    if not (head.is_lower and head.tag_ == "NN" and (L.role_noun(head, True) or head.lower_ in L.KIN_NOUNS)):
        return None
    k = start - 2
    while k > 0 and start - k <= MAX_WORDS and _modifier(doc[k - 1]):
        k -= 1
    if k > 0 and doc[k - 1].lower_ in POSSESSIVES:
        k -= 1
    elif k > 1 and doc[k - 1].tag_ == "POS" and doc[k - 2].pos_ == "PROPN":
        k -= 2  # "Ann's uncle": a name as owner stays
        while k > 0 and doc[k - 1].pos_ == "PROPN" and doc[k - 1].ent_type_ == doc[k].ent_type_ != "":
            k -= 1
    elif k > 0 and doc[k - 1].lower_ not in ARTICLES and doc[k - 1].pos_ in {"NOUN", "PROPN", "ADJ"}:
        return None  # the parse's phrase runs on past what we read
    return doc[k : start - 1].text


def _modifier(tok: Token) -> bool:
    """A lower-case word modifying the role noun, or a hyphen inside a word ("newly-elected")."""
    glued = tok.text == "-" and not tok.whitespace_ and not tok.doc[tok.i - 1].whitespace_
    return glued or tok.is_lower and tok.is_alpha and tok.pos_ in MODIFIER_POS


def _spaced(doc: Doc, i: int) -> bool:
    """A dash with spaces on both sides."""
    return spaced_dash(doc, i) and bool(doc[i].whitespace_)
