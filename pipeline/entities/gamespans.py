"""Where a game's title begins and ends in a games story (`films.games_story`), before the works are
voted on their lists.

- `colon_titles`: a title with a subtitle after a colon ("Quarnix: Tide Rising", "KZR: Moss Hollow
  2") is one work, not a body and a place: a name (or capitalised words no name covers) glued to
  the colon before it, inside a sentence, and a name after it with a space between.
- `maker_titles`: a work whose name opens with its maker is two names, the maker a body and the rest
  the work: a possessive ("Velmo's Tide Farm 2": "Velmo" the body), or a name the article gives a
  body elsewhere standing first ("Velmo Tide Farm" beside "Velmo said").

Token indices; no list of titles or makers: the article's own names.
"""

from __future__ import annotations

from collections.abc import Callable

from pipeline.entities import films as FL
from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.evidence import ACRONYM, POSS
from pipeline.entities.gamelists import INNER
from pipeline.entities.kindlists import NEW_WEIGHT
from pipeline.entities.lexicon import ORG_HEADS
from pipeline.entities.names import given_name_first
from pipeline.entities.worklists import KEPT

WORK = FL.WORK
BEFORE_MAX = 6  # words before a subtitle's colon ("The Lord of the Rings")
OWNER_MAX = 3  # words of a maker's possessive


def game_spans(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> list[Cand]:
    """`cands` with games' titles joined across subtitles' colons and cut from their makers (see the
    module)."""
    if ":" not in ctx.words and not any(c.label == WORK for c in cands) or not FL.games_story(ctx):
        return cands
    return maker_titles(ctx, colon_titles(ctx, cands, labels, key_of), labels, key_of)


def colon_titles(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> list[Cand]:
    """One work for a title and its subtitle across a colon (see the module)."""
    words, n = ctx.words, len(ctx.words)
    live = [c for c in cands if c.end > c.start]
    at = {i: c for c in live for i in range(c.start, c.end)}
    drop: set[int] = set()
    out: list[Cand] = []
    for k in (k for k, w in enumerate(words) if w == ":" and 0 < k < n - 1):
        after = at.get(k + 1 + (words[k + 1] == "The"))  # "X: The Fall" with "Fall" the name
        if after is None or after.start > k + 2 or ctx.ws[k - 1] or not ctx.ws[k] or ctx.in_caps(k):
            continue
        if after.src in KEPT or after.role or _person(ctx, after, labels, key_of):
            continue  # "Velmo: Ann Lee said"
        s = _before(ctx, k, at)
        if s is None:
            continue
        e = _tail(ctx, after.end, at)
        drop |= {id(c) for c in live if s <= c.start < e}
        new = Cand(s, e, WORK, "rule", NEW_WEIGHT)
        ctx.take(new)
        labels[key_of(ctx, new)] = WORK
        out.append(new)
    if not out:
        return cands
    return [c for c in cands if id(c) not in drop] + out


def _person(ctx: DocCtx, c: Cand, labels: dict[str, str], key_of: Callable) -> bool:
    """A name voted a person with a given name first."""
    return labels.get(key_of(ctx, c), c.label) == "PERSON" and given_name_first(ctx, c)


def _before(ctx: DocCtx, k: int, at: dict[int, Cand]) -> int | None:
    """Where the title before the colon at k starts: a name ending at k (no role, no person's or
    place's source) with the capitalised words and connectors no name covers before it ("The" of
    "The Keeper of the Vale"); no one word opening a sentence ("Update: ...")."""
    words, toks = ctx.words, ctx.toks
    c = at.get(k - 1)
    if c is not None and (c.end != k or c.src in KEPT or c.role):
        return None
    first = k if c is None else c.start
    s = first
    while s > 0 and k - s < BEFORE_MAX and s - 1 not in at and (
            words[s - 1][:1].isupper() or words[s - 1] in INNER):
        s -= 1
    while s < first and words[s] in INNER:
        s += 1
    if s == k or not words[s].isalnum():
        return None
    if (toks[s].is_sent_start and k - s == 1) or words[k - 1] in ORG_HEADS:
        return None
    return s


def _tail(ctx: DocCtx, e: int, at: dict[int, Cand]) -> int:
    """The end of a subtitle the model cut before its connectors ("The Return" of "The Return of
    the King"): connectors and capitalised words no name covers."""
    words, n = ctx.words, len(ctx.words)
    k = e
    while k < n and words[k] in INNER and k not in at:
        k += 1
    if k == e or k >= n or not words[k][:1].isupper() or ctx.toks[k].is_sent_start:
        return e
    while k < n and words[k][:1].isupper() and words[k].isalpha():
        k = max(k + 1, at[k].end if k in at else 0)  # a name inside: "King" of "of the King"
    return k


def maker_titles(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> list[Cand]:
    """A work's name cut from its maker's name before it: a body's (see the module)."""
    words = ctx.words
    bodies = {ctx.norm_of(c.start, c.end) for c in cands if c.end > c.start and labels.get(
        key_of(ctx, c), c.label) == "ORG"}
    out: list[Cand] = []
    for c in cands:
        if c.end - c.start < 2 or c.label != WORK or c.src in KEPT:
            continue
        cut = _owner_end(ctx, c, bodies)
        if cut is None:
            continue
        title = cut + (words[cut] in POSS)
        if title >= c.end or not words[title][:1].isupper():
            continue
        maker = Cand(c.start, cut, "ORG", "rule", NEW_WEIGHT)
        labels[key_of(ctx, maker)] = "ORG"
        c.start = title
        labels[key_of(ctx, c)] = WORK
        out.append(maker)
    return cands + out


def _owner_end(ctx: DocCtx, c: Cand, bodies: set[str]) -> int | None:
    """Where the maker's name opening work `c` ends: before a possessive ("Velmo's", an acronym or a
    body of the article), or a body of the article standing first."""
    words = ctx.words
    for k in range(c.start + 1, min(c.end - 1, c.start + OWNER_MAX + 1)):
        if words[k] in POSS and not ctx.ws[k - 1]:
            owner = ctx.norm_of(c.start, k)
            one = k - c.start == 1 and ACRONYM.match(words[c.start])
            return k if owner in bodies or one else None
    for k in range(min(c.end - 1, c.start + OWNER_MAX), c.start, -1):
        if ctx.norm_of(c.start, k) in bodies:
            return k
    return None
