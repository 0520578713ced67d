"""A "place" or "law" the model finds in one capitalised common word, where neither CoNLL nor
OntoNotes-style news gold marks a name: an adjective before the noun it describes ("Indigenous
crafts", "Aboriginal elders"), a monarchy or state called by its kind after a determiner ("the
Kingdom's exports", "our Emirate"), and a country's charter called by its kind ("under the
Constitution"). A word the gazetteer knows as a place ("Nice airport", "the Gambia") stays a name.
"""

from __future__ import annotations

from pipeline.entities import words as W
from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.lexicon import gazetteer_label, norm, world

PLACE_LABELS = frozenset({"GPE"})  # not LOC: "the Arctic", "the Channel" are regions named so
DETERMINERS = frozenset({"the", "our", "their", "its", "this", "that", "'s", "\u2019s"})
DESCRIBED = frozenset({"NOUN", "ADJ"})  # what a capitalised adjective before it describes


def common_place(ctx: DocCtx, c: Cand) -> bool:
    """The model's one-word place or law is a capitalised common word, no name (module's note)."""
    if c.end - c.start != 1 or c.src != "model" or c.label not in PLACE_LABELS | {"LAW"}:
        return False
    tok = ctx.doc[c.start]
    if not tok.is_title or not tok.is_alpha or len(tok) < 4 or ctx.in_caps(c.start):
        return False
    key = norm(tok.text)
    if gazetteer_label(key) or key in world().places:
        return False  # "Nice", "Jordan", "Reading": the gazetteer's places
    low = tok.lower_
    if c.label in PLACE_LABELS and W.adjective(low) and not W.common_noun(low):
        nxt = ctx.doc[c.end] if c.end < len(ctx.doc) else None
        return nxt is not None and nxt.is_lower and nxt.is_alpha and nxt.pos_ in DESCRIBED
    prev = ctx.doc[c.start - 1].lower_ if c.start > 0 else ""
    return W.common_noun(low) and prev in DETERMINERS
