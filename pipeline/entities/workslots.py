"""Titles of a story of the screen read from the slot they fill: after a maker's "debut" ("his debut
Harbour Lights"), after a prize's "for" ("the directing award for Eat The Rich"), after a piece of
music's "from" ("the theme from Harbour Lights", "the title song from Night Over Kelby"), after "in" where a
part is played ("plays a struggling waitress in Marden Falls"), and a long title with a colon that
opens a sentence ("Cold Water Rising: The Story of Ellen Marsh tells of ..."), which the model cuts
down to a name inside it. All work on token indices.
"""

from __future__ import annotations

from pipeline.entities.acts import screen_heavy
from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.evidence import CUE_WEIGHT, POSS_CUT, title_end
from pipeline.entities.lexicon import gazetteer_label, known_place
from pipeline.entities.titlespans import named_person, personal, title_span

DEBUTS = frozenset({"debut", "d\u00e9but"})
PRIZE_NOUNS = frozenset({"award", "awards", "prize", "prizes", "nomination", "nominations", "Oscar", "Oscars",
                         "Bafta", "Baftas", "Globe", "Globes"})  # "the directing award for X"
PLAYED = frozenset({"plays", "played", "playing"})
CAST = frozenset({"stars", "starred", "starring", "appears", "appeared", "appearing", "cast"})  # "as a X in"
PART_LEADS = frozenset({"a", "an", "the", "his", "her", "their"})
IDIOMS = frozenset({"role", "roles", "part", "parts", "hand", "game", "host"})  # "plays a key role in X"
PART_MAX = 7  # tokens from "plays" to "in": "plays a budding Hollywood actress in X"
SENT_ENDS = frozenset({".", "!", "?"})
PIECES = frozenset({"song", "songs", "theme", "track", "tracks", "single", "score", "soundtrack", "tune"})
SLOT_WORDS = PRIZE_NOUNS | DEBUTS | PLAYED | CAST | {":", "from"}  # none of them: no slot to read
WORK = "WORK_OF_ART"


def slot_titles(ctx: DocCtx) -> list[Cand]:
    """The titles of a story of the screen (`acts.screen_heavy`, no sports report) found in a work's
    slot: a debut's, a prize's, a part's, or a sentence's opening title with a colon."""
    if ctx.sports or SLOT_WORDS.isdisjoint(ctx.words):
        return []
    if not screen_heavy(ctx):
        return []
    out = []
    for i, w in enumerate(ctx.words[:-1]):
        if w in DEBUTS:
            out += _after(ctx, i + 1, personal_ok=True) if _owned(ctx, i) else []
        elif i > 0 and _held(ctx.words[i - 1], w):
            out += _after(ctx, i + 1, personal_ok=False)  # "the award for X", "the theme from X"
        elif w in PLAYED and ctx.toks[i].pos_ == "VERB":
            out += _part_in(ctx, i + 1)
        elif w in CAST and ctx.words[i + 1] == "as":  # the tagger may read "stars" as a noun
            out += _part_in(ctx, i + 2)
        elif w == ":":
            out += _colon_title(ctx, i)
    return out


def _held(before: str, w: str) -> bool:
    """A prize's "for" ("the award for") or a piece of music's "from" ("the theme from")."""
    return w == "for" and before in PRIZE_NOUNS or w == "from" and before in PIECES


def _owned(ctx: DocCtx, i: int) -> bool:
    """A possessive right before the noun at i ("his debut", "Ann Lee's debut")."""
    return i > 0 and (ctx.toks[i - 1].tag_ == "PRP$" or ctx.words[i - 1] in POSS_CUT)


def _after(ctx: DocCtx, s: int, personal_ok: bool) -> list[Cand]:
    """The title written from token s, if one starts there: no place, no person's name unless
    `personal_ok`, no name before a noun of its own ("his debut Hollywood feature")."""
    span = title_span(ctx, s, award=True)
    if span is None or span[0] != s or ctx.toks[s].is_sent_start:
        return []
    if known_place(ctx.norm_of(s, span[1])):
        return []
    if not personal_ok and named_person(ctx, *span):
        return []
    nxt = ctx.toks[span[1]] if span[1] < len(ctx.toks) else None
    if nxt is not None and nxt.is_lower and nxt.pos_ in {"NOUN", "PROPN"}:
        return []
    return [Cand(*span, WORK, "cue", CUE_WEIGHT)]


def _part_in(ctx: DocCtx, i: int) -> list[Cand]:
    """The title after "in" where a part described in lower case from token i is played ("plays a
    struggling waitress in X", "stars as a hit man in X"; not "plays a key role in X", "plays a
    doctor in London")."""
    words = ctx.words
    if i >= len(words) or words[i] not in PART_LEADS:
        return []
    for j in range(i + 1, min(i + PART_MAX, len(words) - 1)):
        if words[j] == "in":
            if words[j - 1].lower() in IDIOMS or ctx.toks[j - 1].pos_ != "NOUN":
                return []
            return _after(ctx, j + 1, personal_ok=True)
        if not words[j].isalpha() or ctx.toks[j].pos_ not in {"NOUN", "ADJ", "PROPN", "VERB"}:
            return []
    return []


def _colon_title(ctx: DocCtx, k: int) -> list[Cand]:
    """A title of two words or more on each side of the colon at k, opening a sentence inside a
    paragraph and followed by a word in lower case ("Cold Water Rising: The Story of Ellen Marsh
    tells of ..."); no place, body or person before the colon and no person after it."""
    words, toks = ctx.words, ctx.toks
    s = k
    while s > 0 and (words[s - 1][:1].isupper() or toks[s - 1].is_stop and toks[s - 1].is_lower) \
            and words[s - 1] not in SENT_ENDS:
        s -= 1
    while s < k and not words[s][:1].isupper():
        s += 1
    if k - s < 2 or s < 2 or words[s - 1] not in SENT_ENDS or ctx.in_caps(s):
        return []
    e = title_end(ctx, s)
    if e is None or e - k < 3 or e >= len(words) or not toks[e].is_lower or not words[e].isalpha():
        return []
    head = ctx.norm_of(s, k)
    if gazetteer_label(head) or known_place(head) or personal(ctx, s, k):
        return []
    closed = toks[s].ent_iob_ == "B" and toks[k].ent_iob_ != "I"
    if closed and toks[k - 1].ent_type_ in {"ORG", "GPE", "PERSON"}:
        return []  # "Sony Pictures: ..." a name the model closes at the colon
    if personal(ctx, k + 1, e) or named_person(ctx, k + 1, e):
        return []
    return [Cand(s, e, WORK, "cue", CUE_WEIGHT)]
