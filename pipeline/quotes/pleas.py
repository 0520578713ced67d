"""A plea made to someone named after a preposition ('pleaded with X to Y'): its content is what X
is asked to do, the infinitive the parse may hang on the verb as an adverbial clause ('to stay')."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotes.cues import FINITE_VERBS, has_to

_ADDRESSEE_PREPS = {"plead": "with"}  # the preposition naming who is asked
_INFINITIVE_DEPS = ("xcomp", "advcl")


def plea(verb: Token) -> tuple[int, int] | None:
    """The token span [first, last] of 'to Y' after 'pleaded with X', or None (no one named, or no
    infinitive of what is asked: 'pleaded with the referee')."""
    if verb.dep_ == "relcl":
        return None  # 'leaders who had pleaded with X to run': describes them, like 'voters who back X'
    prep_word = _ADDRESSEE_PREPS.get(verb.lemma_.lower())
    prep = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ == prep_word), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if obj is None:
        return None
    inf = next((c for c in verb.rights if c.dep_ in _INFINITIVE_DEPS and c.i > obj.i and has_to(c)), None)
    inf = inf or next((c for c in obj.rights if c.dep_ in ("acl", "relcl") and has_to(c)), None)
    if inf is None:
        return None
    finite = next((c for c in inf.rights if c.dep_ == "conj" and c.tag_ in FINITE_VERBS), None)
    if finite is None:
        return inf.left_edge.i, inf.right_edge.i
    cc = next((c for c in inf.rights if c.dep_ == "cc" and c.i < finite.i), finite)
    return inf.left_edge.i, cc.left_edge.i - 1  # 'to run and armed his campaign': 'armed' is the pleader's
