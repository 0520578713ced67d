"""Diseases named by their head word or by an eponym's possessive, found before the per-name vote.

The model calls a disease's capitalised name a body ("Kelvin Fibrosis"), or misses it where the
head is in lower case ("Varga-Lind disease") or left out ("victims of Hale's"). No installed package
lists diseases, so the rules read the name's HEAD word, never a list of diseases:

- capitalised words ending in a disease's head (`HEADS`: "disease", "syndrome", "sclerosis", ...)
  are one disease, EVENT as the project labels HIV (`entities.diseases`), whatever the head's case
  ("Vell's Palsy", "Kelvin Fibrosis", "Varga-Lind disease"); "fever", "flu" and "virus" only
  capitalised and in a story about illness, not of computers ("Jungle Fever" is a film, "Cebit
  fever" a mood, "Kelby Virus" a program). A head followed by another capitalised word belongs to a
  body ("the Kelvin Fibrosis Trust"), one after "of", "for" or "and" inside a longer name
  ("Institute of Rare Disease") too, and a head in lower case after a place, a people or a lone
  sentence opener is no name ("UK disease rates"), nor after the possessive of a person the article
  names ("Ann Hale ... Hale's disease checks");
- an eponym's possessive standing alone as a noun ("Hale's" with no noun after it) is the disease
  in a story about illness where it follows a health act ("victims of Hale's", "diagnosed as
  Hale's") or is listed with a disease ("Hale's, Orme's and Varga-Lind disease"); a shop's or a
  person's possessive ("shoppers at Tollan's", "Hale's new book", Ann Hale's "Hale's") is left alone.

The names take the source "cue": the article's own words, which later label passes leave standing.
"""

from __future__ import annotations

from pipeline.entities import diseases as DS
from pipeline.entities import software as SWR
from pipeline.entities import tokens as TK
from pipeline.entities.candidates import EVIDENCE, Cand, DocCtx
from pipeline.entities.evidence import CUE_WEIGHT, POSS
from pipeline.entities.lexicon import gazetteer_label, known_place

HEADS = frozenset({"disease", "syndrome", "sclerosis", "fibrosis", "dystrophy", "palsy", "disorder"})
STORY_HEADS = frozenset({"fever", "flu", "influenza", "virus"})  # capitalised, in a story of illness
LOWER_HEADS = frozenset({"disease", "syndrome", "sclerosis", "dystrophy", "palsy"})  # "Hale's disease"
FORMS = frozenset(f for w in HEADS | STORY_HEADS for f in (w, w.capitalize()))  # the cheap first test
STORY_FORMS = frozenset(w.capitalize() for w in STORY_HEADS)
INNER = frozenset({"of", "for", "and", "&"})  # "Institute of Rare Disease": inside a longer name
TITLES = frozenset({"The", "A", "An"})  # "the film The Kelby Syndrome" mid-sentence: a title
RUN_MAX = 5  # words of a disease's name before its head
ACTS = DS.ACTS | {"victims", "sufferers", "patients", "those", "children", "adults"}  # "victims of X's"
LINKS = DS.LINKS | {"as"}  # "diagnosed as X's"
ILL_NOUNS = frozenset({"illness", "illnesses", "disease", "diseases", "condition", "conditions"})
LIST_CUES = frozenset({"like", "including"})  # "illnesses like X's"; and "such as"
LISTING = frozenset({",", "and", "or"})
FOLLOWERS = frozenset({"CCONJ", "ADP", "AUX", "VERB", "ADV", "PART", "SCONJ", "PUNCT"})  # no noun owned
OWNERS = frozenset({"the", "a", "an", "this", "that", "his", "her", "their", "its"})  # "the Hale's": a shop
PASSES = 3  # "X's, Y's and Z disease": the sign on Z reaches X in a later pass


def disease_names(ctx: DocCtx, cands: list[Cand]) -> list[Cand]:
    """`cands` with the diseases named by a head word or an eponym's possessive (see the module's
    doc): one EVENT over each name, in place of the candidates inside it."""
    present = TK.of(ctx.doc).word_set
    heads = not FORMS.isdisjoint(present)
    if not heads and POSS.isdisjoint(present):
        return cands
    words = ctx.words
    lone = [p for p, w in enumerate(words) if w in POSS and _lone(ctx, p)] if ctx.parsed else []
    ill = bool(lone or not STORY_FORMS.isdisjoint(present)) and DS.health_story(ctx)  # counted once
    at = [i for i, w in enumerate(words) if w in FORMS] if heads else []
    germs = ill and not SWR.computing_story(ctx)  # "the Kelby Virus" of a story of computers: malware
    spans = [sp for sp in (_headed(ctx, i, germs) for i in at) if sp is not None]
    if ill and lone:
        spans += _eponyms(ctx, lone, spans)
    return _placed(ctx, cands, spans) if spans else cands


def _headed(ctx: DocCtx, i: int, ill: bool) -> tuple[int, int] | None:
    """The span of a disease's name ending in the head word at i, or None (`ill`: a story about
    illness, not of computers, where "fever", "flu" and "virus" are heads too)."""
    words, low = ctx.words, ctx.words[i].lower()
    cap = words[i][:1].isupper()
    if cap and low not in HEADS and not (ill and low in STORY_HEADS) or not cap and low not in LOWER_HEADS:
        return None
    if i + 1 < len(words) and words[i + 1][:1].isupper() or ctx.in_caps(i):
        return None  # "the Kelvin Fibrosis Trust"; a headline in capitals
    s = _run_start(ctx, i)
    if s == i or s > 1 and words[s - 1] in INNER and words[s - 2][:1].isupper() and (
        words[s - 1] in {"of", "for"} or words[s - 2].lower() not in HEADS
    ):
        return None  # "Institute of Rare Disease", not "Kelvin Fibrosis and Hale's disease"
    if s > 0 and words[s - 1] in TITLES and not ctx.toks[s - 1].is_sent_start:
        return None  # "starred in The Kelby Syndrome"
    if not cap and words[i - 1] in POSS:
        return None if s == i - 2 and _person_word(ctx, s) else (s, i + 1)  # "Hale's disease prevention"
    if not cap:
        key = ctx.norm_of(s, i)
        if i - s == 1 and ctx.toks[s].is_sent_start or known_place(key):
            return None  # "Heart disease kills", "UK disease rates"
    return s, i + 1


def _run_start(ctx: DocCtx, i: int) -> int:
    """The first of the capitalised words right before token i (an eponym's "'s" and the hyphens
    of "Varga-Lind" inside), at most `RUN_MAX` words back."""
    words, ws, s = ctx.words, ctx.ws, i
    while s > 0 and i - s < RUN_MAX:
        w = words[s - 1]
        if w in POSS and s > 1 and not ws[s - 2] and words[s - 2][:1].isupper():
            s -= 2  # "Hale's": an eponym, whatever its word
        elif w == "-" and s > 1 and not ws[s - 2] and not ws[s - 1] and words[s - 2][:1].isupper():
            s -= 2  # "Varga-Lind"
        elif w[:1].isupper() and w[:1].isalpha() and not ctx.toks[s - 1].is_stop:
            s -= 1
        else:
            break
    return s


def _eponyms(ctx: DocCtx, lone: list[int], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of the eponyms whose possessives at `lone` stand alone that a health act or a listed
    disease makes diseases ("victims of Hale's", "Hale's, Orme's and Varga-Lind disease")."""
    found = [(p - 1, p + 1) for p in lone if _acted_on(ctx, p - 1)]
    for _ in range(PASSES):
        starts = {s for s, _ in spans + found}
        ends = {e for _, e in spans + found}
        more = [(p - 1, p + 1) for p in lone if (p - 1, p + 1) not in found and _listed(ctx, p, starts, ends)]
        if not more:
            break
        found += more
    return found


def _lone(ctx: DocCtx, p: int) -> bool:
    """The possessive at p ends an eponym standing alone as a noun: one capitalised word glued to
    it, no name or owner's word before, no noun after it ("Hale's, ..." but not "Hale's book")."""
    words, n = ctx.words, len(ctx.words)
    if p < 1 or ctx.ws[p - 1] or not words[p - 1][:1].isupper() or not words[p - 1].isalpha():
        return False
    named = p > 1 and words[p - 2][:1].isupper() and not ctx.toks[p - 1].is_sent_start
    if named or p > 1 and words[p - 2].lower() in OWNERS:
        return False  # "Kelby Tollan's", "the Tollan's"
    if p + 1 < n and ctx.toks[p + 1].pos_ not in FOLLOWERS or ctx.in_caps(p):
        return False  # "Hale's new book"
    return not gazetteer_label(ctx.norm_of(p - 1, p)) and not _person_word(ctx, p - 1)  # "Kelvia's"


def _person_word(ctx: DocCtx, k: int) -> bool:
    """The word at k is a word of a person's full name the model found in the article ("Hale" of
    "Ann Hale"): "Hale's" is that person's."""
    held = TK.of(ctx.doc)
    return ctx.words[k] in held.surnames or ctx.words[k] in held.forenames


def _acted_on(ctx: DocCtx, s: int) -> bool:
    """A health act or an illness noun's list cue right before the name at s ("victims of X's",
    "diagnosed as X's", "illnesses like X's", "conditions such as X's")."""
    words = ctx.words
    if s > 1 and words[s - 1] in LINKS and words[s - 2].lower() in ACTS:
        return True
    if s > 1 and words[s - 1] in LIST_CUES:
        return words[s - 2].lower() in ILL_NOUNS
    return s > 2 and words[s - 2 : s] == ["such", "as"] and words[s - 3].lower() in ILL_NOUNS


def _listed(ctx: DocCtx, p: int, starts: set[int], ends: set[int]) -> bool:
    """The eponym whose possessive is at p is listed with a disease (a span in `starts`/`ends`, or
    a disease the tables know): ", " or "and"/"or" between them."""
    words, n = ctx.words, len(ctx.words)
    k = p + 1
    while k < n and words[k] in LISTING:
        k += 1
    if k > p + 1 and k < n and (k in starts or words[k].casefold() in DS.KNOWN):
        return True
    k = p - 1
    while k > 0 and words[k - 1] in LISTING:
        k -= 1
    return k < p - 1 and (k in ends or k > 0 and words[k - 1].casefold() in DS.KNOWN)


def _placed(ctx: DocCtx, cands: list[Cand], spans: list[tuple[int, int]]) -> list[Cand]:
    """`cands` with one EVENT over each span, in place of the candidates inside it; a span that
    cuts a candidate, or holds a title a cue found, is left out."""
    out = cands
    for s, e in sorted(set(spans)):
        inside = [c for c in out if c.start < e and s < c.end]
        if any(c.start < s or c.end > e or c.src in EVIDENCE and c.label != "EVENT" for c in inside):
            continue
        new = Cand(s, e, "EVENT", "cue", CUE_WEIGHT)
        ctx.take(new)
        gone = {id(c) for c in inside}
        out = [c for c in out if id(c) not in gone] + [new]
    return out
