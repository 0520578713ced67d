"""Untagged athletes of sports reports, told by how the article writes them: a full name the model
missed ("Marat Hale suffered a loss") whose surname the article also writes alone as a clause's
subject ("Hale slumps", "Hale showed some good touches") is a person, whatever given name it opens
with (no census need know "Marat"). All work on token indices.
"""

from __future__ import annotations

from pipeline.entities import candidates as C
from pipeline.entities import lexicon as L
from pipeline.entities import persons as PN
from pipeline.entities import words as W
from pipeline.entities.candidates import Cand
from pipeline.entities.clubprefixes import PREFIXES

SUBJECTS = frozenset({"nsubj", "nsubjpass"})
BODIES = frozenset({"ORG", "NORP", "PRODUCT", "WORK_OF_ART"})  # not a place's "Real Norvik"
PIECES = frozenset({"PERSON", "ORG", "NORP", "PRODUCT", "GPE", "LOC", "FAC", "WORK_OF_ART"})  # may give way


def surnamed_cands(ctx: C.DocCtx, cands: list[Cand]) -> list[Cand]:
    """In a sports report, two plain capitalised words, alone between lower-case words and shaped
    like a person's name (`_shaped`), whose last word the article writes alone as the subject of a
    clause: a person. The words may be untagged or the model's one-word names ("Marat" ORG, "Hale"
    PRODUCT), which give way (they leave `cands`), or the model's two-word body, place or thing
    (relabelled)."""
    if not ctx.sports or not ctx.parsed:
        return []
    pieces = {c.start: c for c in cands if c.src == "model" and c.end - c.start == 1 and c.label in PIECES}
    named = {c.start for c in cands if c.label == "PERSON" and c.end - c.start == 1}
    lone = _lone_subjects(ctx, pieces, named)
    if not lone:
        return []
    for c in cands:  # the model's "Marat Hale" (ORG), written as a person
        if c.src == "model" and c.end - c.start == 2 and c.label in BODIES \
                and ctx.words[c.start + 1] in lone and _pair_of(ctx, c) \
                and ctx.words[c.start] not in PREFIXES:  # "Real Norvik" stays a club
            c.label, c.weight = "PERSON", max(c.weight, 3.0)
    words, out = ctx.words, []
    for i in range(len(words) - 1):
        if words[i + 1] not in lone or not _plain_pair(ctx, i, pieces):
            continue
        if _shaped(ctx, i) and not _nationality(ctx, i):
            for k in (i, i + 1):
                if k in pieces:
                    cands.remove(pieces.pop(k))
            out.append(Cand(i, i + 2, "PERSON", "rule", 2.0))
            ctx.take(out[-1])
    return out


def _pair_of(ctx: C.DocCtx, c: Cand) -> bool:
    """The model's name of two words `c` is a plain pair shaped like a person's name."""
    i = c.start
    return _plain_pair(ctx, i, {i: c, i + 1: c}) and _shaped(ctx, i) and not _nationality(ctx, i)


def _open(ctx: C.DocCtx, i: int, pieces: dict[int, Cand]) -> bool:
    """Token i is untagged or a one-word name of the model that may give way."""
    return not ctx.taken[i] or i in pieces


def _lone_subjects(ctx: C.DocCtx, pieces: dict[int, Cand], named: set[int]) -> set[str]:
    """Open capitalised words standing alone (no capitalised word either side on their line but an
    opening role word) as the subject of a clause ("Hale showed"), and no known place or people."""
    found = set()
    for tok in ctx.toks:
        i = tok.i
        if tok.dep_ not in SUBJECTS or tok.pos_ != "PROPN" or not tok.is_title:
            continue
        role = _role_before(ctx, i)  # "Striker Hale was": the role's own rule may have taken Hale
        if not (_open(ctx, i, pieces) or role and i in named) or ctx.in_caps(i) or _capital(ctx, i + 1, i):
            continue
        if _capital(ctx, i - 1, i) and not role:
            continue
        key = L.norm(tok.text)
        if not L.gazetteer_label(key) and key not in L.world().places and key not in L.COUNTRIES:
            found.add(tok.text)
    return found


def _role_before(ctx: C.DocCtx, i: int) -> bool:
    """A role word opening the sentence right before token i ("Striker Hale was")."""
    return i > 0 and PN.introducer(ctx, i - 1) and L.role_word(ctx.toks[i - 1].lower_)


def _capital(ctx: C.DocCtx, j: int, i: int) -> bool:
    """Token j, next to token i on its line, is a capitalised word (a sentence's first word too)."""
    if not 0 <= j < len(ctx.words):
        return False
    lo = min(i, j)
    return ctx.words[j][:1].isupper() and "\n" not in ctx.ws[lo]


def _plain_pair(ctx: C.DocCtx, i: int, pieces: dict[int, Cand]) -> bool:
    """Tokens i and i+1 are open title-case words on one line, with no capitalised word on either
    side ("Marat Hale suffered", "beat Marat Hale,")."""
    toks = ctx.toks
    if not all(toks[k].is_title and toks[k].is_alpha and not toks[k].is_stop for k in (i, i + 1)):
        return False
    if not (_open(ctx, i, pieces) and _open(ctx, i + 1, pieces)) or "\n" in ctx.ws[i] or ctx.in_caps(i):
        return False
    before = i > 0 and _capital(ctx, i - 1, i) and not toks[i].is_sent_start
    return not before and not _capital(ctx, i + 2, i + 1)


def _nationality(ctx: C.DocCtx, i: int) -> bool:
    """The first word is a people's name ("Russian Hale"): left to `players`."""
    return L.gazetteer_label(L.fold(ctx.words[i])) == "NORP"


def _shaped(ctx: C.DocCtx, i: int) -> bool:
    """Tokens i, i+1 read as a given name and a surname: no known place, people or country, no body's
    head, no title or role, no word the article writes in lower case, and a first word that is no
    common English word unless the tagger takes it for a name ("Marat" is a WordNet noun), nor any
    English word opening a sentence ("Fuming")."""
    key, lower = ctx.norm_of(i, i + 2), W.lower_words(ctx)
    if key in L.COUNTRIES or L.gazetteer_label(key) or key in L.world().places:
        return False
    first, last = ctx.toks[i], ctx.toks[i + 1]
    if any(t.lower_ in lower or t.text in L.ORG_HEADS or L.is_title_word(t.text) or L.role_word(t.lower_)
           for t in (first, last)):
        return False
    f, s = L.fold(first.text), L.fold(last.text)
    if f in L.world().places and not L.given_name(f):
        return False
    opener = first.is_sent_start and W.english_word(first.lower_)  # "Fuming Hale walked off"
    common = opener or W.generic_key(f) and first.pos_ != "PROPN"
    return not common and (not W.generic_key(s) or L.surname(s))
