"""A written list of three or more plain names joined by commas and "and" ("Ivo Marsh, Zorvan
Quelbek and Tomas Brel") names people alike: when every other member is voted a person, the one the
vote calls a body, or a place no gazetteer knows, is a person too, with all its mentions, though no
census list knows its words (`persons.listed_people` needs a name shaped like a person's, and the
parse's list). Never a name after "the", with a body's noun or a common word ("Thunder Lantern"),
nor a gazetteer place. All work on token indices."""

from __future__ import annotations

from collections.abc import Callable

from pipeline.entities import lexicon as L
from pipeline.entities.candidates import Cand, DocCtx, by_key, plain_name, relabel
from pipeline.entities.lexicon import census_name
from pipeline.entities.words import generic_key

JOINS = frozenset({",", "and"})  # between two members; ", and" too
MIN_MEMBERS = 3
LISTABLE = frozenset({"ORG", "GPE"})  # the vote's labels a list of people overrules


def listed_people(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """Relabel as PERSON the names voted ORG, or GPE (no gazetteer place), listed with people only
    (see the module's doc); in sports stories too ("Ivo Marsh, Keld Varga and Tomas Brel" are players)."""
    at = {c.start: c for c in cands}
    ends = {c.end: c for c in cands}
    keyed = None
    for c in cands:
        key = key_of(ctx, c)
        if labels.get(key) not in LISTABLE or not _plain(ctx, c) or not _uncommon(ctx, c):
            continue
        mates = members(ctx.words, c, at, ends)
        if len(mates) + 1 < MIN_MEMBERS:
            continue
        if not all(labels.get(key_of(ctx, m)) == "PERSON" and _plain(ctx, m) for m in mates):
            continue
        keyed = keyed if keyed is not None else by_key(ctx, cands, key_of)
        ms = keyed.get(key, [c])
        articled = any(m.start > 0 and ctx.words[m.start - 1].lower() == "the" for m in ms)
        if articled or L.known_place(key.removesuffix("|place")):
            continue
        relabel(ctx, ms, labels, key_of, "PERSON")


def _plain(ctx: DocCtx, c: Cand) -> bool:
    """The candidate looks like a personal name, with no title word, country or people in it."""
    return plain_name(ctx.doc, c.start, c.end)


def _uncommon(ctx: DocCtx, c: Cand) -> bool:
    """No word of the name is a common English word but a census name or an initial ("Thunder Lantern",
    "Velvet Hammer" are bands' names of common words; "J K Hale" a person's)."""
    keys = [L.fold(w) for w in ctx.words[c.start : c.end]]
    return not any(len(k) > 1 and generic_key(k) and not census_name(k) for k in keys)


def members(
    words: list[str], c: Cand, at: dict[int, Cand], ends: dict[int, Cand], joins: frozenset[str] = JOINS
) -> list[Cand]:
    """The other names of the list `c` is in, walking right and left over the `joins` between names
    (one or two words); `at` and `ends`: the names by their first token and their end."""
    out = []
    cur: Cand | None = c
    while cur is not None and (cur := at.get(_after_join(words, cur.end, joins))) is not None:
        out.append(cur)
    cur = c
    while cur is not None and (cur := ends.get(_before_join(words, cur.start, joins))) is not None:
        out.append(cur)
    return out


def _after_join(words: list[str], e: int, joins: frozenset[str]) -> int:
    """The token after the join (one or two words) that follows token e; -1 when none does."""
    k = e
    while k < len(words) and words[k] in joins and k - e < 2:
        k += 1
    return k if k > e else -1


def _before_join(words: list[str], s: int, joins: frozenset[str]) -> int:
    """The end of a name before the join (one or two words) that precedes token s; -1 when none does."""
    k = s
    while k > 0 and words[k - 1] in joins and s - k < 2:
        k -= 1
    return k if k < s else -1
