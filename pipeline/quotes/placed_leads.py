"""A bare lead-in verb whose colon opens a quote after a phrase of where the words were said
('Ms Dane continued in the Harbour Post: "…"', 'Kell went on in an interview on Friday: "…"'):
`pipeline.quotes.cues.verb_before` takes only a verb right before the colon."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotes.cues import FINITE_VERBS, SETTING_NOUNS, can_speak, colon_before
from pipeline.quotes.doc import Ctx

_PLACE_PREPS = frozenset({"in", "on", "at", "during", "after", "before", "via"})
_MEDIA_ENTS = frozenset({"ORG", "WORK_OF_ART", "EVENT"})  # a title: the model may take a paper for an event
_TIME_ENTS = frozenset({"DATE", "TIME"})


def placed_verb_before(ctx: Ctx, start: int) -> Token | None:
    """The finite verb of a clause ending on a colon right before a quote, with only phrases of
    the setting of a saying between it and the colon (a medium, an occasion or a time), one of
    them a medium or an occasion, and a subject that can speak before it."""
    colon = colon_before(ctx, start)
    if colon is None:
        return None
    doc, j, setting = ctx.doc, colon.i - 1, False
    verb = None
    while j > 0:
        top = _phrase_top(doc[j])
        if top is None or top.right_edge.i != j:
            break
        if not (top.dep_ == "npadvmod" and _timed(top)) and not _setting_phrase(top):
            return None
        setting = setting or top.dep_ == "prep" and not _timed(top)
        verb, j = top.head, top.left_edge.i - 1
    if verb is not None and doc[j].dep_ == "prt" and doc[j].head.i == verb.i:
        j -= 1  # 'went on in an interview:'
    if verb is None or not setting or j != verb.i or ctx.in_quote(verb):
        return None
    main = verb.dep_ in ("ROOT", "conj") or (verb.dep_ == "ccomp" and verb.head.i > colon.i)  # on the quote
    return verb if main and verb.tag_ in FINITE_VERBS and _speaking(verb) else None


def _phrase_top(tok: Token) -> Token | None:
    """The prepositional or time phrase on a verb that `tok` ends (its head right below the verb)."""
    while tok.head.i != tok.i and tok.head.pos_ != "VERB":
        tok = tok.head
    on_verb = tok.head.pos_ == "VERB" and tok.head.i < tok.i
    return tok if on_verb and tok.dep_ in ("prep", "npadvmod") else None


def _setting_phrase(prep: Token) -> bool:
    """'in the Harbour Post', 'in an interview', 'on Friday': a medium, an occasion or a time."""
    if prep.dep_ != "prep" or prep.lower_ not in _PLACE_PREPS:
        return False
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None:
        return False
    return obj.lemma_.lower() in SETTING_NOUNS or obj.ent_type_ in _MEDIA_ENTS | _TIME_ENTS


def _timed(tok: Token) -> bool:
    """A phrase naming a time ('on Friday', 'last night')."""
    obj = next((c for c in tok.children if c.dep_ == "pobj"), tok)
    return obj.ent_type_ in _TIME_ENTS


def _speaking(verb: Token) -> bool:
    """A subject before the verb that can speak: a name, a personal pronoun, a noun of people."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is None or verb.lemma_ in ("be", "have"):
        return False
    return subj.pos_ == "PROPN" or subj.tag_ == "PRP" and subj.lower_ != "it" or (
        subj.pos_ == "NOUN" and can_speak(subj))
