"""Short names of clubs a sports report names in full: where the article names a club of several
words ("Blue Hawks Tampico", "Tampico Rovers"), a lone mention of its town's word that a club's act
governs is the club (ORG), not the town: the subject of a transfer's verb ("Tampico want to sign
him", "Tampico will be his destination"), a move's or a signing's goal ("a move to Tampico",
"signed for Tampico") or a joining's object ("to join Tampico"). Token indices."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.entities.candidates import KEPT, Cand, DocCtx

TOWN_LABELS = frozenset({"GPE", "LOC", "PERSON"})
ACTS = frozenset({"sign", "want", "bid", "offer", "buy", "agree", "pay", "snap", "recruit", "target",
                  "chase"})  # "X want to sign him"
GOALS = frozenset({"destination", "club", "home", "choice", "option"})  # "X will be his destination"
MOVES = frozenset({"move", "switch", "transfer", "sign", "loan"})  # "a move to X", "signed for X"
JOINS = frozenset({"join", "rejoin"})  # "to join X"
COPULAS = frozenset({"be", "become", "remain"})


def named_clubs(ctx: DocCtx, cands: list[Cand]) -> None:
    """In a sports report, a one-word town a club's act governs (see the module) is the club whose
    full name, a body's of the article, begins or ends with it."""
    if not ctx.sports or not ctx.parsed:
        return
    words = ctx.words
    ends = {words[c.start] for c in cands if c.label == "ORG" and c.end - c.start > 1}
    ends |= {words[c.end - 1] for c in cands if c.label == "ORG" and c.end - c.start > 1}
    for c in cands:
        one = c.end - c.start == 1 and words[c.start] in ends
        if one and c.label in TOWN_LABELS and c.src not in KEPT and _club_act(ctx.doc[c.start]):
            c.label, c.weight, c.role = "ORG", max(c.weight, 3.0), None


def _club_act(tok: Token) -> bool:
    """The token is the subject of a club's verb or of "be" a club's goal, the goal of a move's
    "to"/"for", or the object of "join"."""
    head = tok.head
    if tok.dep_ == "nsubj":
        if head.lemma_ in ACTS or head.lemma_ == "want" or any(k.dep_ == "xcomp" and k.lemma_ in ACTS
                                                                 for k in head.children):
            return True
        return head.lemma_ in COPULAS and any(k.dep_ == "attr" and k.lemma_ in GOALS for k in head.children)
    if tok.dep_ == "pobj" and head.lower_ in {"to", "for"}:
        return head.head.lemma_ in MOVES
    return tok.dep_ == "dobj" and head.lemma_ in JOINS
