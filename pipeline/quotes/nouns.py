"""Noun cues: a speech noun with its 'that' clause ('his claim that …', 'the warning that …') and a
belief noun with its holder ('her fear that …', 'the party's hope that …').
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotes import cues
from pipeline.quotes.cues import BELIEF_NOUNS, SPEECH_NOUNS
from pipeline.quotes.doc import Ctx
from pipeline.quotes.spans import tok_span


def held_noun(noun: Token) -> bool:
    """A speech noun ('his claim that …'), or a belief noun with its holder ('her fear that …', 'the
    party's hope that …')."""
    lemma = noun.lemma_.lower()
    return lemma in SPEECH_NOUNS or (cues.INCLUDE_BELIEF and lemma in BELIEF_NOUNS and any(
        c.dep_ == "poss" and c.lower_ not in ("my", "our", "your") for c in noun.children))


def noun_span(ctx: Ctx, noun: Token) -> tuple[int, int] | None:
    """The 'that' clause of a speech noun ('his claim that A', 'the warning that B')."""
    clause = next((c for c in noun.rights if c.dep_ in ("acl", "ccomp", "relcl")
                   and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    return None if clause is None else tok_span(ctx, clause.left_edge.i, clause.right_edge.i, noun)
