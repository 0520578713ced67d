"""Names the model cuts at a plural's apostrophe: "Nurses" of "Nurses' Secrets", "Workers" of "the
General Workers' Union". `plural_owners` carries such a name on over the apostrophe and the
capitalised words after it when its last word is a common noun's plural (a word, not a surname:
"Hale' team" never joins) and the words after it are no name of their own. A one-word owner joins
with no determiner before it ("the Specials' new album" is a band's); a longer one only when the
words after end in a body's or an event's head ("Union", "Association", "Awards"). It works on the
model's names, before they are resolved, on token indices. `plural_apostrophe` lets a title
written after a work's cue ("the drama Nurses' Secrets") run on over such an apostrophe.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.lexicon import CUES, ORG_HEADS, gazetteer_label, norm
from pipeline.entities.words import plural_noun

APOSTROPHES = frozenset({"'", "\u2019"})
JOINED = frozenset({"ORG", "WORK_OF_ART", "FAC", "EVENT", "PRODUCT", "PERSON"})
HEADS = ORG_HEADS | frozenset(CUES["event_heads"])  # evidence's EVENT_WORDS (evidence imports this)
TAIL_MAX = 3
DETS = frozenset({"the", "The"})


def plural_owners(ctx: DocCtx, cands: list[Cand]) -> None:
    """Extend each model name cut at a plural's apostrophe over the title after it (see the module's
    doc). The trigger is a cheap test: an apostrophe right after the name."""
    words = ctx.words
    starts = {c.start for c in cands}
    for c in cands:
        e = c.end
        if c.label not in JOINED or e + 1 >= len(words) or not _glued_plural(ctx.toks, e):
            continue
        end = _tail_end(words, e + 1)
        if end == e + 1 or any(e < s < end + 1 for s in starts):
            continue
        one = c.end - c.start == 1 and (c.start == 0 or words[c.start - 1] not in DETS)
        if one or words[end - 1] in HEADS:
            c.end = end


def _tail_end(words: list[str], k: int) -> int:
    """The end of up to three title-case words from token k (k itself when there are none)."""
    j = k
    while j < min(len(words), k + TAIL_MAX) and words[j][:1].isupper() and words[j][1:].islower():
        j += 1
    return j


def plural_apostrophe(doc: Doc, j: int) -> bool:
    """Token j is an apostrophe glued to a capitalised common noun's plural ("Nurses'", not "Hale'")."""
    return _glued_plural(doc, j) and doc[j - 1].text[:1].isupper()


def _glued_plural(toks: Doc | list[Token], j: int) -> bool:
    """Token j is an apostrophe glued to a common noun's plural, no country or people ("nurses'")."""
    if j <= 0 or toks[j].text not in APOSTROPHES:
        return False
    prev = toks[j - 1]
    return not prev.whitespace_ and plural_noun(prev.lower_) and not gazetteer_label(norm(prev.text))
