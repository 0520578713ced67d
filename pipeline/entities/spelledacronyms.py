"""Untagged acronyms of a body the article names in full elsewhere ("the pitches of Kelby and KTR"
beside "Kelby Town Rovers"): an all-capital word whose letters spell the initials of exactly one
multi-word body's, event's or venue's name of the article becomes a mention of that kind, which
`grouping` then joins to the name it spells."""

from __future__ import annotations

from pipeline.entities import acronyms as AC
from pipeline.entities import tokens as TK
from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.lexicon import gazetteer_label, norm

SPELT = frozenset({"ORG", "EVENT", "FAC"})  # kinds whose names an acronym stands for


def spelled_cands(ctx: DocCtx, cands: list[Cand]) -> list[Cand]:
    """A candidate for each free all-capital word of three to six letters that spells exactly one
    multi-word name of `cands` (`AC.initial_forms`), not a term of the article."""
    words = ctx.words
    owners: dict[str, set[str]] = {}
    labels: dict[str, str] = {}
    for c in cands:
        if c.label in SPELT and c.end - c.start > 1:
            name = " ".join(words[c.start : c.end])
            for form in AC.initial_forms(name):
                owners.setdefault(form, set()).add(norm(name))
                labels[form] = c.label
    present = TK.of(ctx.doc).word_set
    hits = {f for f, names in owners.items() if len(names) == 1 and 3 <= len(f) <= 6 and f in present}
    hits = {f for f in hits if f.isalpha() and not gazetteer_label(norm(f))}
    if not hits or not (hits := hits - AC.common_acronyms(ctx)):
        return []
    out = []
    for i, w in enumerate(words):  # only in an article with such a word
        if w in hits and not ctx.taken[i] and not ctx.in_caps(i) and not _inside(cands, i):
            c = Cand(i, i + 1, labels[w], "rule", 1.0)
            ctx.take(c)
            out.append(c)
    return out


def _inside(cands: list[Cand], i: int) -> bool:
    """A candidate already covers the word."""
    return any(c.start <= i < c.end for c in cands)
