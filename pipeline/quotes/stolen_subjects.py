"""A complement content that runs on into the subject of the next clause, which the parse conjoined to
its last noun ('called for offside against X but referee Y ignored their claims': 'referee Y' is the
subject of 'ignored', the verb left with none)."""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.quotes.cues import FINITE_VERBS, SUBJECT_DEPS

_FINITE = FINITE_VERBS | {"MD"}  # a tensed verb or a modal
_CONTRAST = frozenset({"but", "yet"})  # 'discussed A and protesters have clashed B' may go on (PolNeAR)
_NOMINAL = frozenset({"NOUN", "PROPN", "DET", "ADJ", "NUM", "PUNCT", "PART"})  # 'referee Y', "X's coach"


def stolen_subject_cut(doc: Doc, lo: int, hi: int) -> int:
    """`hi`, or the end before the 'but' opening a noun phrase that closes the content right
    before a finite verb with no subject ('X but referee Y ignored B'): that phrase is the verb's
    subject, hung by the parse on a noun of the content."""
    if hi + 1 >= len(doc) or lo >= hi:
        return hi
    verb = doc[hi + 1]
    if verb.tag_ not in _FINITE or lo <= verb.head.i <= hi:
        return hi
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return hi
    cc = next((t for t in reversed(doc[lo + 1:hi]) if t.dep_ == "cc"), None)
    if cc is None or cc.lower_ not in _CONTRAST or cc.head.pos_ not in ("NOUN", "PROPN") or not all(
            t.pos_ in _NOMINAL for t in doc[cc.i + 1:hi + 1]) or doc[hi].pos_ not in ("NOUN", "PROPN"):
        return hi
    end = cc.i - 1
    while end > lo and doc[end].is_punct:
        end -= 1
    return end
