"""The body an officer's noun belongs to, written right before it and a person's name and left out
by the model ("Norvane chief Ann Lee", "Kestrelby spokesman Tom Hale"): a name of its own, an
organisation (the gazetteer's label for a place it knows). Only words no dictionary lists make such
a name ("Police chief", "Falcons boss" stay words), in mid-sentence. All work on token indices."""

from __future__ import annotations

from pipeline.entities import evidence as E
from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.lexicon import gazetteer_label, is_title_word, norm
from pipeline.entities.words import english_word

OFFICERS = frozenset({"chief", "boss", "chairman", "chairwoman", "spokesman", "spokeswoman"})
RUN_MAX = 3
OPENERS = E.OPENERS | {"\u201d", ":", ";", "(", "-"}


def officer_owners(ctx: DocCtx, cands: list[Cand]) -> list[Cand]:
    """New candidates for the bodies before an officer's noun and a person (see the module's doc)."""
    if OFFICERS.isdisjoint(ctx.words):
        return []
    people = {c.start for c in cands if c.label == "PERSON"}
    words, out = ctx.words, []
    for k, w in enumerate(words):
        if w not in OFFICERS or k + 1 not in people or k < 2:
            continue
        s = _run_start(ctx, k)
        if s is None or not ctx.free(s, k):
            continue
        label = gazetteer_label(norm(ctx.span_text(s, k))) or "ORG"
        c = Cand(s, k, label if label in {"GPE", "LOC", "ORG"} else "ORG", "rule")
        ctx.take(c)
        out.append(c)
    return out


def _run_start(ctx: DocCtx, k: int) -> int | None:
    """The start of the capitalised words no dictionary lists right before token k, in mid-sentence
    on one line; None when there are none."""
    words, toks, s = ctx.words, ctx.toks, k
    while s > 0 and k - s < RUN_MAX and "\n" not in ctx.ws[s - 1]:
        w = words[s - 1]
        if not (w[:1].isupper() and w.isalpha()) or english_word(w.lower()) or is_title_word(w):
            break
        s -= 1
    if s == k or s == 0 or toks[s].is_sent_start or words[s - 1] in OPENERS or "\n" in ctx.ws[s - 1]:
        return None
    return s
