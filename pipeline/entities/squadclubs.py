"""A squad list's "Surname (Club)" among namesakes: the person of that surname whose sentence names
the club near a mention ("uncapped Kestrel defender Tom Hale" for "Hale (Kestrel)"), else the one
namesake whose mentions name none of the clubs the list gives that surname. A team sheet's bare
surname is no namesake whose role is held by no player ("Hale" of a squad list beside the coach "Tom
Hale": `staff_apart`). Used by `grouping.group`.
"""

from __future__ import annotations

from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.lexicon import SPORT

CLUB_WORDS = 4  # at most so many words between the brackets
REACH = 8  # words either side of a person's mention that may name their club
STAFF = frozenset(SPORT["staff_roles"])  # "coach", "manager": a role no player holds


def listed_club(ctx: DocCtx, c: Cand) -> str | None:
    """The club in brackets right after the mention ("Hale (Kestrel)"), if any."""
    words = ctx.words
    if c.end + 2 >= len(words) or words[c.end] != "(" or not words[c.end + 1][:1].isupper():
        return None
    for k in range(c.end + 2, min(c.end + 2 + CLUB_WORDS, len(words))):
        if words[k] == ")":
            return ctx.span_text(c.end + 1, k)
    return None


def club_owner(
    ctx: DocCtx, by_key: dict[str, list[Cand]], owners: list[str], c: Cand, clubs: set[str]
) -> str | None:
    """The one owner whose mentions name the mention's club nearby; else the one naming none of `clubs`
    (the clubs the list gives this surname); None when the mention has no club or none fits."""
    club = listed_club(ctx, c)
    if club is None or len(owners) < 2:
        return None
    said = {o: _sentences(ctx, by_key[o]) for o in owners}
    named = [o for o in owners if f" {club} " in said[o]]
    if len(named) == 1:
        return named[0]
    free = [o for o in owners if not any(f" {k} " in said[o] for k in clubs)]
    return free[0] if len(free) == 1 and not named else None


def namesake(
    ctx: DocCtx, by_key: dict[str, list[Cand]], people: list[tuple[str, list[str]]], key: str
) -> str | None:
    """The person a team sheet's namesake item (`sheets.split_namesakes`' "hale|2") is, when it has
    a club in brackets that picks one of the article's full names of that surname (`club_owner`)."""
    base, _, n = key.rpartition("|")
    ms = by_key[key]
    if not n.isdigit() or " " in base or len(ms) != 1:
        return None
    owners = [p for p, words in people if words[-1] == base and p in by_key]
    clubs = surname_clubs(ctx, ms + by_key.get(base, []))
    return club_owner(ctx, by_key, owners, ms[0], clubs)


def surname_clubs(ctx: DocCtx, ms: list[Cand]) -> set[str]:
    """The clubs the list gives a surname's mentions."""
    return {k for k in (listed_club(ctx, c) for c in ms) if k}


def _sentences(ctx: DocCtx, ms: list[Cand]) -> str:
    """The words around a person's mentions (`REACH` either side, on the mention's line), less the
    squad list's own; spaced at both ends, so that a club is found as whole words."""
    words, out = ctx.words, []
    for c in ms:
        if c.src != "lineup":
            line = ctx.line_of(c.start)
            span = range(max(c.start - REACH, 0), min(c.end + REACH, len(words)))
            out.extend(words[k] for k in span if ctx.line_of(k) == line)
    return f" {' '.join(out)} "


def staff_apart(by_key: dict[str, list[Cand]], owners: list[str], ms: list[Cand]) -> list[Cand]:
    """The team sheet's mentions among `ms` when every owner's role is a staff role (`STAFF`): a
    listed player, none of them."""
    if not owners or not all(any(_staff(c.role) for c in by_key[o]) for o in owners):
        return []
    return [c for c in ms if c.src == "lineup"]


def _staff(role: str | None) -> bool:
    return bool(role) and not STAFF.isdisjoint(role.lower().split())
