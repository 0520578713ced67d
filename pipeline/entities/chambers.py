"""A house of parliament named by its short plural form, which the model leaves untagged: "the" and
a capitalised plural proper noun after a preposition or as a verb's object, or with a possessive
or before its business ("in the Lords", "told the Commons", "the Commons' committee", "the Commons
public accounts committee", not "the Yes campaign"), in an article that speaks of legislation or
government (`chamber_cues`: MPs, peers, a bill, a vote, ministers). It is a body (ORG); `grouping`
joins it to the article's full "House of ..." name. Only the plural of an adjective or a title word
made a name ("Commons", "Lords"; not "the Himalayas", "the Gandhis"); no gazetteer's place ("in the
Alps"), no name going on ("the Proceedings of ..."), nothing in a sports report ("before the Games")."""

from __future__ import annotations

from pipeline.entities import context as X
from pipeline.entities import lexicon as L
from pipeline.entities import words as W
from pipeline.entities.candidates import Cand, DocCtx

CUES = frozenset(L.CUES["chamber_cues"])
OBJECTS = frozenset({"pobj", "dobj"})  # "in the Lords", "told the Commons"
BUSINESS = frozenset({"committee", "debate", "debates", "vote", "motion", "chamber", "select", "inquiry"})
BUSINESS_SPAN = 3  # words after the name where its business is named
COMMITTEE_SPAN = 6  # lower-case words of a committee's name after a NORP-tagged chamber
WEIGHT = 2.0


def chamber_cands(ctx: DocCtx) -> list[Cand]:
    """The short names of houses of parliament (see the module's doc)."""
    if ctx.sports or CUES.isdisjoint(ctx.words):
        return []
    return [Cand(i, i + 1, "ORG", "rule", WEIGHT) for i in ctx.capitals if _chamber(ctx, i)]


def _chamber(ctx: DocCtx, i: int) -> bool:
    """Token i is an untagged plural proper noun after a lower-case "the", a verb's or preposition's
    object, a possessor or before a common noun, and no name goes on after it."""
    tok, words = ctx.toks[i], ctx.words
    if tok.ent_type_ or not _shape(ctx, i):
        return False
    after = words[i + 1] if i + 1 < len(words) else ""
    if after == "of" or after[:1].isupper():
        return False  # "the Proceedings of the ...", a longer name
    business = not BUSINESS.isdisjoint(ctx.words[i + 1 : i + 1 + BUSINESS_SPAN])  # "the X public accounts
    return tok.dep_ in OBJECTS or after in X.POSS or business  # committee"; not "the Yes campaign"


def _shape(ctx: DocCtx, i: int) -> bool:
    """Token i is a capitalised plural proper noun after a lower-case "the", no gazetteer's place,
    the plural of an adjective or a title word."""
    tok, words = ctx.toks[i], ctx.words
    if i < 1 or words[i - 1] != "the" or tok.pos_ != "PROPN" or not tok.is_alpha:
        return False
    if not (tok.is_title and words[i].endswith("s")) or L.gazetteer_label(L.norm(words[i])) is not None:
        return False
    one = tok.lower_[:-1]
    return W.adjective(one) or L.is_title(L.fold(one))  # not "the Himalayas", "the Gandhis"


def peopled_chambers(ctx: DocCtx, cands: list[Cand]) -> None:
    """A one-word name the model called a people (NORP) that has a chamber's shape and a lower-case
    committee's name after it ("the Commons work and pensions committee") is the house: a body (ORG)."""
    if ctx.sports or CUES.isdisjoint(ctx.words):
        return
    for c in cands:
        if c.label == "NORP" and c.end - c.start == 1 and _shape(ctx, c.start) and _business_run(ctx, c.end):
            c.label = "ORG"


def _business_run(ctx: DocCtx, s: int) -> bool:
    """Lower-case words from s, at most `COMMITTEE_SPAN`, up to a chamber's business noun."""
    for k in range(s, min(len(ctx.words), s + COMMITTEE_SPAN)):
        if not ctx.words[k].islower():
            return False
        if ctx.words[k] in BUSINESS:
            return True
    return False
