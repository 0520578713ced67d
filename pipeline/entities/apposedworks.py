"""Works the article defines in an apposition: "Silent Harbour, a film about a fisherman", "Fergus
Crane, a story about a boy", "Sally Lee's Open Water, about a girl sold as a servant". The model
guesses such titles a person, a body or a place; the words after them say what they are."""

from __future__ import annotations

from collections.abc import Callable

from pipeline.entities.candidates import Cand, DocCtx, by_key, relabel
from pipeline.entities.evidence import POSS, WORK_NOUNS

LOOSE = frozenset({"game", "games", "hit", "hits", "title", "titles", "feature", "track", "tracks", "video",
                   "videos", "cd", "dvd", "show", "shows", "programme", "programmes"})  # a match, a fair
APPOSED_WORKS = (WORK_NOUNS - LOOSE) | {"story", "stories", "tale", "fable"}
OPENERS = frozenset({",", "-", "\u2013", "\u2014"})
DETS = frozenset({"a", "an", "the", "his", "her", "their", "its"})
RELABELLED = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT", "NORP", "EVENT"})
MODIFIER_MAX = 4
HEADLESS = frozenset({"NOUN", "PROPN", "VERB", "AUX"})  # "a film director"; "X, the film was": a clause


def apposed_works(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """A name with a work's apposition after some mention (`_work_apposition`), or owned by a
    person and followed by ", about" (`_owned_about`), is a work on every mention."""
    named = [c for c in cands if c.end > c.start and c.label in RELABELLED]
    for key, ms in by_key(ctx, named, key_of).items():
        if labels.get(key, ms[0].label) in RELABELLED and any(
                _work_apposition(ctx, c.end) or _owned_about(ctx, c, cands) for c in ms):
            relabel(ctx, ms, labels, key_of, "WORK_OF_ART")


def _work_apposition(ctx: DocCtx, e: int) -> bool:
    """", a film about", " - her first novel.": a determiner, up to four lower-case
    adjectives and a work's noun that heads its phrase (not "a film director", "a series of", "a
    web photo album", nor the subject of a clause: "Directed by X, the film was")."""
    words, toks = ctx.words, ctx.toks
    if e + 2 >= len(words) or words[e] not in OPENERS or words[e + 1].lower() not in DETS:
        return False
    for k in range(e + 2, min(len(words), e + 3 + MODIFIER_MAX)):
        low = words[k].lower()
        if low in APPOSED_WORKS and words[k].islower():
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            glued = nxt is not None and not toks[k].whitespace_  # "a film-maker"
            return nxt is None or not (glued or nxt.pos_ in HEADLESS or nxt.text in POSS or nxt.text == "of")
        if not (words[k].islower() and toks[k].pos_ in {"ADJ", "NUM", "ADV"} or words[k] == "-"):
            return False
    return False


def _owned_about(ctx: DocCtx, c: Cand, cands: list[Cand]) -> bool:
    """"Sally Lee's Open Water, about a girl": a person's possessive before the name, ", about"
    after it."""
    words, s, e = ctx.words, c.start, c.end
    if s < 2 or words[s - 1] not in POSS or e + 1 >= len(words) or words[e] != "," or words[e + 1] != "about":
        return False
    return any(o.end == s - 1 and o.label == "PERSON" and o.end - o.start > 1 for o in cands)
