"""Titles with a possessive inside, which the model cuts at it: "Old Sailor's Boots", "The Miller's
Lantern". The model reads the words before "'s" as a person or a body ("Old Sailor") and leaves the
title's tail out. `possessed_titles` makes the whole a work where the article writes it so twice or
more (or once after a work's noun: "the drama Old Sailor's Boots"), the words before "'s" never stand
alone and are plain English words with no given name first (no person's: "Ann Lee's Boots"), and the
tail is one to three capitalised English words the article never writes without them. Not in sports
reports. A title the model spans whole with its possessive inside but calls a person or a body is a
work on the same evidence (`_whole_title`); a band the model ran into its song at the band's
plural possessive ("The Velvet Owls' Night Train") is cut there, in a music story (`_band_cut`).
Runs on the model's candidates, on token indices."""

from __future__ import annotations

from pipeline.entities import acts as AT
from pipeline.entities import evidence as E
from pipeline.entities import tokens as TK
from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.evidence import POSS, WORK_NOUNS
from pipeline.entities.lexicon import CUES, EVENT_HEADS, ORG_HEADS, census_given, gazetteer_label, norm
from pipeline.entities.names import given_name_first
from pipeline.entities.words import english_word

HEADS = ORG_HEADS | EVENT_HEADS | frozenset(CUES["event_heads"]) | {w.title() for w in CUES["prize_nouns"]}
# a body's, an occasion's or a prize's head ends no title: "the Writers' Association", "the People's Prize"
BARE_POSS = frozenset({"'", "\u2019"})
POSSESSIVES = POSS | BARE_POSS
BAND_RUNS = frozenset({"ORG", "WORK_OF_ART", "PERSON"})  # what the model makes of a band and its song
WHOLE_LABELS = frozenset({"PERSON", "ORG"})  # what the model makes of a whole title
OWNERS = frozenset({"PERSON", "ORG", "WORK_OF_ART", "NORP", "PRODUCT"})  # what the model makes of the owner
TAIL_MAX = 3  # capitalised words after the possessive
OWNER_MAX = 3  # words before it


def possessed_titles(ctx: DocCtx, cands: list[Cand]) -> list[Cand]:
    """Grow each mention of a title cut at its possessive to the whole title, a WORK_OF_ART, and drop
    the candidates inside its tail (see the module's doc)."""
    if ctx.sports or POSSESSIVES.isdisjoint(TK.of(ctx.doc).word_set):
        return cands
    grown: list[Cand] = []
    split: list[Cand] = []
    for c in cands:
        if c.label in OWNERS and c.src == "model" and (end := _title_end(ctx, c)) is not None:
            c.end, c.label = end, "WORK_OF_ART"
            grown.append(c)
        elif c.label in WHOLE_LABELS and _whole_title(ctx, c):
            c.label = "WORK_OF_ART"
        elif (k := _band_cut(ctx, c)) is not None:
            split.append(Cand(k + 1, c.end, "WORK_OF_ART", c.src, c.weight))
            c.end, c.label = k, "ORG"
    cands = cands + split if split else cands
    if not grown:
        return cands
    inside = {i for c in grown for i in range(c.start, c.end)}
    return [c for c in cands if c in grown or not inside.intersection(range(c.start, c.end))]


def _title_end(ctx: DocCtx, c: Cand) -> int | None:
    """The end of the title `c` opens, when `c` is the part before its possessive (see the module's doc)."""
    words, n, k = ctx.words, len(ctx.words), c.end
    if k + 1 >= n or words[k] not in POSS or ctx.ws[k - 1] or not 1 <= k - c.start <= OWNER_MAX:
        return None
    e = k + 1
    while e < n and e - k - 1 < TAIL_MAX and _title_word(words[e]) and not ctx.toks[e].is_sent_start:
        e += 1
        if ctx.ws[e - 1] != " ":
            break
    if e == k + 1 or words[e - 1] in HEADS or census_given(words[c.start].lower()):
        return None
    if not all(_plain(w) for w in words[c.start : k]):
        return None  # "Ann Lee's Boots": a person's
    starts = set(E.occurrences(words, words[c.start : e]))
    if not starts.issuperset(E.occurrences(words, words[c.start : k])):
        return None  # the owner alone elsewhere: "Old Sailor" is someone
    if not _tail_owned(ctx, k + 1, e, c.start, k):
        return None
    worked = c.start > 0 and words[c.start - 1].lower() in WORK_NOUNS  # "the drama Old Sailor's Boots"
    return e if len(starts) >= 2 or worked else None


def _whole_title(ctx: DocCtx, c: Cand) -> bool:
    """The model's person or body spans a whole title with its possessive inside ("Old Sailor's
    Boots"): plain words either side, no given name first, no body's head last ("Women's Institute"),
    written twice or after a work's noun."""
    words = ctx.words
    inner = [k for k in range(c.start + 1, c.end - 1) if words[k] in POSS]
    if len(inner) != 1 or c.src != "model" or census_given(words[c.start].lower()):
        return False
    k = inner[0]
    if k - c.start > OWNER_MAX or c.end - k - 1 > TAIL_MAX or words[c.end - 1] in HEADS:
        return False
    owner, tail = words[c.start : k], words[k + 1 : c.end]
    if not all(map(_plain, owner)) or not all(map(_title_word, tail)):
        return False
    worked = c.start > 0 and words[c.start - 1].lower() in WORK_NOUNS
    return worked or len(E.occurrences(words, words[c.start : c.end])) >= 2


def _band_cut(ctx: DocCtx, c: Cand) -> int | None:
    """Where the model ran a band into its song, in a music story: the plural possessive inside a name
    ("The Velvet Owls' Night Train"; not "the Writers' Guild", a body's head after it)."""
    words = ctx.words
    inner = [k for k in range(c.start + 1, c.end - 1) if words[k] in BARE_POSS and not ctx.ws[k - 1]]
    if len(inner) != 1 or c.src != "model" or c.label not in BAND_RUNS:
        return None
    k = inner[0]
    owner, tail = words[c.start : k], words[k + 1 : c.end]
    if not owner[-1].endswith("s") or len(tail) < 2 or tail[-1] in HEADS:
        return None  # "the Writers' Guild", "the Ladies' Golf Union": a body's name
    if given_name_first(ctx, Cand(c.start, k, "PERSON")):
        return None  # "Ray Charles' Georgia Blues": a singer's
    if len(E.occurrences(words, words[c.start : c.end])) > 1:
        return None  # a body's name the article repeats; a song is named once
    if not all(w[:1].isupper() for w in owner + tail) or not AT.music_story(ctx):
        return None
    return k


def _tail_owned(ctx: DocCtx, s: int, e: int, owner_s: int, owner_e: int) -> bool:
    """The tail's words never occur without the owner's possessive before them."""
    words, n = ctx.words, owner_e - owner_s
    return all(i > n and words[i - 1] in POSS and words[i - 1 - n : i - 1] == words[owner_s:owner_e]
               for i in E.occurrences(words, words[s:e]))


def _title_word(word: str) -> bool:
    """A capitalised English word ("Boots", "Lantern"), no place nor people."""
    return word[:1].isupper() and word.isalpha() and _plain(word)


def _plain(word: str) -> bool:
    """A capitalised common English word no gazetteer knows ("Old", "Sailor"; not "Kelby", "Ann")."""
    return word[:1].isupper() and english_word(word.lower()) and not gazetteer_label(norm(word))
