"""Passive attributions with their holder named by 'by' ('The plan was criticized by economists',
'Sanders was endorsed by the union'): the subject is what was judged, described or backed, the
agent its speaker. Anaphoric subjects ('This was stated by X') are cataphoric (trailing.py);
relative clauses ('which was criticized by X') describe a noun and are left out.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotes.complements import dated
from pipeline.quotes.cues import (
    COMPLEMENT_LEMMAS,
    COMPLEMENT_PREPS,
    JUDGEMENT_LEMMAS,
    POSITION_LEMMAS,
    SPEECH_NOUNS,
    is_cue,
)
from pipeline.quotes.doc import Ctx, Item
from pipeline.quotes.spans import tok_span

PASSIVE_LEMMAS = COMPLEMENT_LEMMAS | JUDGEMENT_LEMMAS | POSITION_LEMMAS
_ANAPHORS = {"this", "that", "these", "those", "it", "which", "who"}
_SUBJ = {"nsubjpass"}
_GROUNDS = ("for", "as")  # 'was praised by X for Y', 'was described by X as Y'


def passive_span(ctx: Ctx, verb: Token) -> tuple[int, int, str] | None:
    """The subject of a passive cue with a 'by' agent, as the content ('X was praised by Y'; its
    grounds are added by `leave_out_agent`)."""
    if verb.lemma_.lower() not in PASSIVE_LEMMAS or verb.dep_ in ("relcl", "acl", "amod"):
        return None
    if not any(c.dep_ == "auxpass" for c in verb.children) or not any(
            c.dep_ == "agent" and any(p.dep_ == "pobj" for p in c.children) for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ in _SUBJ and c.i < verb.i), None)
    if subj is None or subj.lower_ in _ANAPHORS or subj.pos_ == "PRON" or subj.lemma_.lower() in SPEECH_NOUNS:
        return None  # 'The claim has been backed by X': a claim reported elsewhere
    if any(is_cue(t, stances=True) for t in subj.subtree):
        return None  # 'a claim accusing X was rejected by Y': the claim inside is reported
    span = tok_span(ctx, subj.left_edge.i, subj.right_edge.i, verb)
    return None if span is None else (span[0], span[1], "passive")


def _grounds(ctx: Ctx, verb: Token) -> tuple[int, int] | None:
    """The characters of what the subject is praised, blamed or described for or as ('X was
    praised by police for tackling a burglar'), after the 'by' agent: a part of the content."""
    preps = (*_GROUNDS, *COMPLEMENT_PREPS.get(verb.lemma_.lower(), ()))
    agent = next(c for c in verb.children if c.dep_ == "agent")
    phrase = next((c for c in verb.rights if c.i > agent.i and c.dep_ == "prep" and c.lower_ in preps
                   and any(g.dep_ in ("pobj", "pcomp") for g in c.children) and not dated(c)), None)
    return None if phrase is None else tok_span(ctx, phrase.i, phrase.right_edge.i, verb)


def leave_out_agent(ctx: Ctx, item: Item, verb: Token) -> None:
    """'X was praised by Y for Z': the content (the subject X, from `passive_span`) goes on to 'for
    Z', given as parts, without the cue and its agent between them."""
    grounds = _grounds(ctx, verb)
    if grounds is None:
        return
    if item.end < grounds[0]:
        item.parts = [(item.start, item.end), grounds]
    item.end = grounds[1]
