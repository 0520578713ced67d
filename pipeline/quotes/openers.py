"""The words before an attribution that interrupts its clause ('A, X said, B') that open the claim
although the parse left them out of the clause: a noun phrase it hung elsewhere ('… - a provision, X
said, that is meant to …', 'and the permit, his campaign said, had been hard to get'), and a
demonstrative subject, which is no complementiser ('That, they say, will be easier')."""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.quotes.doc import Ctx

_BOUNDARIES = {"-", "--", "\u2014", "\u2013", "(", ";", ":", "and", "but"}  # where an orphan phrase starts
_NOMINAL = {"NOUN", "PROPN", "PRON", "DET", "NUM"}
_SETTING_DEPS = {"npadvmod", "advmod", "prep", "mark", "cc", "intj"}  # 'Last week, he said, A': a setting
_SETTING_ENTS = {"DATE", "TIME"}
_MAX_WORDS = 8


def kept_opening(ctx: Ctx, start: int, end: int) -> bool:
    """Whether the one-word part [start, end) before an attribution opens the claim although it is a
    word that mostly does not: a demonstrative 'that', not the complementiser ('that, as X said, A')."""
    return ctx.text[start:end].lower() == "that" and ctx.doc[ctx.token_at(start)].dep_ != "mark"


def orphan_phrase(doc: Doc, first: int) -> tuple[int, int] | None:
    """Token bounds of a noun phrase that ends at the comma before the attribution starting at token
    `first`, starts at a clause boundary and has no verb, and that the parse hung outside the clause
    the attribution interrupts: the claim's subject ('the permit, his campaign said, had been …')."""
    comma = first - 1
    if comma < 1 or doc[comma].text != ",":
        return None
    lo, sent_start = comma, doc[comma].sent.start
    while lo > sent_start and comma - lo <= _MAX_WORDS and not (
            doc[lo - 1].text in _BOUNDARIES or doc[lo - 1].is_space):
        lo -= 1
    words = doc[lo:comma]
    roots = [t for t in words if not lo <= t.head.i < comma or t.head.i == t.i]
    if not words or comma - lo > _MAX_WORDS or len(roots) != 1 or doc[lo].is_punct:
        return None
    top = roots[0]
    if (top.pos_ not in _NOMINAL or top.dep_ in _SETTING_DEPS or top.ent_type_ in _SETTING_ENTS
            or any(t.pos_ in ("VERB", "AUX") for t in words)):
        return None
    return lo, comma - 1
