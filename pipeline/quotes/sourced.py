"""What a later 'they' or 'it' speaker may refer back to: sources named outside a subject, the
object of 'according to' ('According to the opposition parties, A. They accused him of B': the
parties) and a plural agent of a passive ('A was denied by the unions. They said B': the unions); for a
believer, no mere statement or document."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotes.cues import BELIEF_LEMMAS, TEXT_NOUNS, is_according

_PLURAL_TAGS = {"NNS", "NNPS"}


def named_source(tok: Token, plural: bool) -> bool:
    """`tok` heads the object of 'according to X' or, for a 'they', a plural agent of a finite
    passive ('is opposed by the unions'; not 'a plan set up by X', 'a market enjoyed by A and B',
    nor a singular 'it': 'X is being sued by Y. It had agreed' is X)."""
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    if is_according(prep):
        return True
    return plural and prep.lower_ == "by" and prep.dep_ == "agent" and tok.tag_ in _PLURAL_TAGS and any(
        c.dep_ == "auxpass" for c in prep.head.children)


def can_hold(pron: Token, tok: Token) -> bool:
    """`tok` may be what a pronoun subject of a verb of thinking stands for: 'They believed A' is
    said of people or bodies, never of announcements, reports or figures ('The announcements
    brought cheers from MPs. They believed …': not the announcements)."""
    if pron.head.lemma_.lower() not in BELIEF_LEMMAS or pron.dep_ not in ("nsubj", "nsubjpass"):
        return True
    return tok.lemma_.lower() not in TEXT_NOUNS
