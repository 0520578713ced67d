"""A town's name that is the other side of a match in a sports report: "a win against Millbrook",
"victory over Northam", "losses to Eastport and Westbury", "Millbrook's clash with Northam" (the
object of a verb of beating, `BEATEN`, is `sport`'s). A town does not play; its club does
(`sport.team_labels` makes it ORG). `MATCH_NOUNS` serves all the sports modules.

The caller keeps nations out (national sides keep their country's label); these tests read the
parse only.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.lexicon import SPORT

MATCH_NOUNS = frozenset(SPORT["match_nouns"]) | {"loss", "losses", "defeats", "wins", "victories"}
OPPONENT_PREPS = frozenset({"to", "over", "against", "by"})  # "victory over X", "a defeat to X"
BEATEN = frozenset({"beat", "thrash", "outplay"})  # lemmas of verbs whose object is a side


def opponent(ctx: DocCtx, c: Cand) -> bool:
    """The name is a side met in a match: the object of "against" or of a match's noun's
    preposition (`after_match_noun`), or the owner of a match's noun ("X's clash with Y"); the
    object of a verb of beating is `sport`'s."""
    if not ctx.parsed:
        return False
    root = _first_conjunct(ctx.root(c.start, c.end))
    head = root.head
    if root.dep_ == "pobj":
        return head.lower_ == "against" or after_match_noun(root)
    return root.dep_ == "poss" and head.lower_ in MATCH_NOUNS and head.pos_ == "NOUN"


def after_match_noun(root: Token) -> bool:
    """The token is the object of a match's noun's "to", "over", "against" or "by" ("a defeat to X",
    "victory over X"): the other side."""
    head = root.head
    return root.dep_ == "pobj" and head.lower_ in OPPONENT_PREPS and head.head.lower_ in MATCH_NOUNS


def _first_conjunct(tok: Token) -> Token:
    """The first member of the list a token is in ("Eastport" of "to Eastport and Westbury")."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok
