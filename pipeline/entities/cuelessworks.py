"""Titles of shows and games named with no quote marks and no cue word before them, read from what
the name does in its sentence.

`cueless_works` makes a name a work (WORK_OF_ART) when some mention of it is the model of a kind of
show ("a Star Hunt type competition", "a Big Brother-style show": the words "type" or "style"
between the name and a show's noun), or has a game's or a show's noun for its apposition, noun
modifiers and an adverb allowed ("X, by far the most popular online game", "X, an online puzzle
game"); not in sports reports. The model guesses such titles a person, a body or a place. Works on
token indices, after the per-name vote.
"""

from __future__ import annotations

from collections.abc import Callable

from pipeline.entities import apposedworks as AW
from pipeline.entities.candidates import Cand, DocCtx, by_key, relabel
from pipeline.entities.evidence import POSS
from pipeline.entities.names import given_name_first

WORK = "WORK_OF_ART"
RELABELLED = AW.RELABELLED - {"NORP", "EVENT"}
KINDS = frozenset({"type", "style"})  # "a X type competition", "a X-style show"
TYPED_MODIFIERS = 2  # "a X style talent contest", "a X-style reality game show"
SHOWS = frozenset(
    {
        "competition",
        "competitions",
        "contest",
        "contests",
        "show",
        "shows",
        "game",
        "games",
        "series",
        "quiz",
        "drama",
        "sitcom",
        "soap",
    }
)  # not "programme": "a X-style programme"
APPOSED = frozenset({"game", "show", "quiz"})  # "X, the most popular online game"; "the pensions programme"
DETS = AW.DETS - {"his", "her"}
LEADS = frozenset({"by", "far", "probably", "arguably", "perhaps", "easily", "still", "now"})
LEAD_MAX = 2
MODIFIER_MAX = 5
MODIFIERS = AW.MODIFIERS | {"NOUN"}  # "a massively multiplayer car racing game"
HEADLESS = AW.HEADLESS | {"PART"}  # "a game show host", "the show is"


def cueless_works(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """A name with a mention shaped "X type competition" (`_typed`) or ", the online game"
    (`_game_apposed`) outside sports reports is a work on every mention, unless it is a listed
    place or people, an acronym or a body's name (or, for the first sign, a given name first)."""
    if ctx.sports:
        return  # "a Premier League-style competition", "Italy, a game away from the title"
    named = [c for c in cands if c.end > c.start and c.label in RELABELLED]
    for key, ms in by_key(ctx, named, key_of).items():
        if labels.get(key, ms[0].label) not in RELABELLED or not AW.work_able(ctx, key, ms):
            continue
        typed = any(_typed(ctx, c.end) for c in ms) and not any(given_name_first(ctx, c) for c in ms)
        if typed or any(_game_apposed(ctx, c.end) for c in ms):
            relabel(ctx, ms, labels, key_of, WORK)


def _typed(ctx: DocCtx, e: int) -> bool:
    """ "type" or "style" (after a hyphen or not) right after the name, then a show's noun, up to
    `TYPED_MODIFIERS` lower-case nouns or adjectives between ("a X style talent contest")."""
    words = ctx.words
    k = e + 1 if e < len(words) and words[e] == "-" else e
    if k + 1 >= len(words) or words[k] not in KINDS:
        return False
    for j in range(k + 1, min(len(words), k + 2 + TYPED_MODIFIERS)):
        if words[j] in SHOWS:
            return True
        if not words[j].islower() or ctx.toks[j].pos_ not in {"NOUN", "ADJ"}:
            return False
    return False


def _game_apposed(ctx: DocCtx, e: int) -> bool:
    """ ", (by far) the most popular online game": a comma, up to two leading adverbs, a determiner,
    up to five lower-case modifiers (adjectives, numbers, adverbs, nouns) and a game's or a show's
    noun that heads its phrase (not "a game show host", "the game's maker", "the show is")."""
    words, toks = ctx.words, ctx.toks
    if e + 2 >= len(words) or words[e] != ",":
        return False
    k = e + 1
    while k < min(len(words), e + 1 + LEAD_MAX) and words[k] in LEADS:
        k += 1
    if k >= len(words) or words[k].lower() not in DETS:
        return False
    j = AW.work_head(ctx, k + 1, MODIFIER_MAX, APPOSED, MODIFIERS)
    if j is None:
        return False
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    if nxt is None:
        return True
    return not (nxt.text == "-" or nxt.pos_ in HEADLESS or nxt.text in POSS or nxt.text == "of")
