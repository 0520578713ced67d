"""A quoted paragraph's lead of narration: the sentences before the quote in its paragraph tell of
things, not of anyone who might speak ('… said the compression was lossless.' then 'The film will be
encrypted to prevent piracy. "People will see …"'), so the quote goes on with the speaker of the
paragraph before."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotes.cues import can_speak, is_cue
from pipeline.quotes.doc import Ctx

_SPEAKING_ENTS = {"PERSON", "ORG", "NORP"}
_PERSONAL = {"he", "she", "they", "we", "i", "you"}
_THINGS = {"it", "this", "that", "there", "which"}
_MAX_TOKENS = 60


def narrated_lead(ctx: Ctx, para_start: int, start: int) -> bool:
    """The words from `para_start` to a quote opening at `start` are whole sentences of narration:
    no quote marks, no name of a person or body, no personal pronoun, no verb of saying, and no
    subject that might speak ('Rivals were less upbeat.', 'Others disagree.')."""
    lead = ctx.text[para_start:start].rstrip()
    if not lead.endswith(".") or ctx.quotes.overlapping(para_start, start):
        return False
    first, last = ctx.token_at(para_start), ctx.token_at(para_start + len(lead) - 1)
    if last - first > _MAX_TOKENS:
        return False
    return not any(t.ent_type_ in _SPEAKING_ENTS or t.lower_ in _PERSONAL or is_cue(t) or _may_speak(t)
                   for t in ctx.doc[first:last + 1])


def _may_speak(tok: Token) -> bool:
    """A subject that can hold words: people, a body ('critics', 'the unions'), 'others', 'some'."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return (tok.pos_ == "PRON" and tok.lower_ not in _THINGS) or (tok.pos_ == "NOUN" and can_speak(tok))
