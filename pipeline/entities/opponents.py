"""A town's name that is the other side of a match in a sports report: "a win against Millbrook",
"victory over Northam", "losses to Eastport and Westbury", "Millbrook's clash with Northam",
"guided Northam to a win", "a 2-0 win at Northam", "a defeat at the hands of Eastport" (a town's: a
ground's name is a ground; the object of a verb of beating, `BEATEN`, is `sport`'s). A town does
not play; its club does (`sport.team_labels` makes it ORG). `MATCH_NOUNS` serves all the sports modules.

The caller keeps nations out (national sides keep their country's label); these tests read the
parse only.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.gazetteer import fold, world
from pipeline.entities.lexicon import SPORT

MATCH_NOUNS = frozenset(SPORT["match_nouns"]) | {"loss", "losses", "defeats", "wins", "victories"}
OPPONENT_PREPS = frozenset({"to", "over", "against", "by", "with"})  # "victory over X", "a draw with X"
TOWN_KINDS = frozenset({"city", "admin2"})
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
        against = head.lower_ == "against" or after_match_noun(root) or at_hands_of(root)
        return against or scored_win_at(root) and _town(ctx, c)
    if root.dep_ == "dobj":
        return led_to_result(root)
    return root.dep_ == "poss" and head.lower_ in MATCH_NOUNS and head.pos_ == "NOUN"


def led_to_result(root: Token) -> bool:
    """The object of a verb whose "to" leads to a match's result ("guided X to a 9-3 win", "led X
    to victory"): the side that won it."""
    return any(p.lower_ == "to" and any(k.dep_ == "pobj" and k.lower_ in MATCH_NOUNS for k in p.children)
               for p in root.head.children if p.dep_ == "prep")


def at_hands_of(root: Token) -> bool:
    """The object of "of" in "at the hands of" ("a Cup exit at the hands of X"): the side that won."""
    hands = root.head.head
    return root.head.lower_ == "of" and hands.lower_ == "hands" and hands.head.lower_ == "at"


def scored_win_at(root: Token) -> bool:
    """The object of "at" after a match's noun with its score ("a 3-0 win at X"): the home side, where
    a town's name is written (a ground's name is a ground)."""
    noun = root.head.head
    if root.dep_ != "pobj" or root.head.lower_ != "at" or noun.lower_ not in MATCH_NOUNS or noun.i < 3:
        return False
    a, dash, b = noun.doc[noun.i - 3 : noun.i]
    return dash.text in {"-", "\u2013"} and a.text.isdigit() and b.text.isdigit()


def after_match_noun(root: Token) -> bool:
    """The token is the object of a match's noun's "to", "over", "against" or "by" ("a defeat to X",
    "victory over X"): the other side."""
    head = root.head
    return root.dep_ == "pobj" and head.lower_ in OPPONENT_PREPS and head.head.lower_ in MATCH_NOUNS


def _town(ctx: DocCtx, c: Cand) -> bool:
    """The name is a city's, under a name of the gazetteer or one of its other names ("Roma"), or a
    province's named after its town ("Torino")."""
    gaz, key = world(), fold(ctx.doc[c.start : c.end].text)
    return any(p.kind in TOWN_KINDS for p in (*gaz.places.get(key, ()), *gaz.aliases.get(key, ())))


def _first_conjunct(tok: Token) -> Token:
    """The first member of the list a token is in ("Eastport" of "to Eastport and Westbury")."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok
