"""A player's seeding or ranking written before the name as a participle, with or without the
player's nationality between them ("sixth seeded Russian Tom Hale", "the third-seeded Ann Lee",
"top-ranked Briton Tom Hale"): the ranking is the role, the nationality an entity of its own."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.entities import tokens as TK
from pipeline.entities.lexicon import DASHES, fold, gazetteer_label

RANKED = frozenset({"seeded", "ranked"})  # participles of a seeding or a ranking ("unseeded" is none)
RANK_WORDS = frozenset({"top", "bottom", "highest", "lowest"})  # rankings without a number
NUMBER_WORDS = frozenset({"number", "no", "no."})  # "the world number one", "the British No 2"


def ranked(doc: Doc, start: int) -> str | None:
    """The ranking right before the name at `start`, past one nationality word, or None."""
    toks = TK.toks(doc)
    k = start - 1
    if k > 0 and _nationality(toks[k]):
        k -= 1
    if k < 1 or toks[k].lower_ not in RANKED or "\n" in toks[k - 1].whitespace_:
        return None
    first = k
    if toks[first - 1].text in DASHES and not toks[first - 1].whitespace_ and first > 1:
        first -= 1  # "third" "-" "seeded"
    if not rank_word(toks[first - 1]):
        return None
    return doc[first - 1 : k + 1].text


def ranking_head(tok: Token) -> bool:
    """An apposition's head that is a place in a ranking: "number" with its number and "the" or the
    ranking's scope ("X, the world number one", "X, British number 37", "X, world number three"), no
    street's or show's number."""
    if tok.lower_ not in NUMBER_WORDS:
        return False
    kids = list(tok.children)
    return any(t.dep_ == "det" and t.lower_ == "the" or _scope(t) for t in kids) and any(
        t.dep_ == "nummod" and t.like_num and t.i > tok.i for t in kids)


def _scope(tok: Token) -> bool:
    """A word right before "number" saying which ranking: the world's or a people's ("world", "British")."""
    near = tok.i + 1 == tok.head.i and tok.dep_ in {"compound", "amod"}
    return near and (tok.lower_ == "world" or _nationality(tok))


def ranking_scope(tok: Token) -> bool:
    """A word right before "number" saying which ranking: the world's, a people's or a country's
    ("world", "British", "US")."""
    return _scope(tok) or (tok.i + 1 == tok.head.i and tok.dep_ == "compound" and tok.ent_type_ == "GPE")


def rank_word(tok: Token) -> bool:
    """A rank: an ordinal or number ("sixth", "2nd", "No 3" ends in "3"), or "top"."""
    return tok.lower_ in RANK_WORDS or tok.ent_type_ == "ORDINAL" or tok.like_num


def _nationality(tok: Token) -> bool:
    """A capitalised word naming a people ("Russian", "Briton"), by the model or the gazetteer."""
    return tok.text[:1].isupper() and (tok.ent_type_ == "NORP" or gazetteer_label(fold(tok.text)) == "NORP")
