"""A nickname in quotes inside a person's name ("Pedro 'Chispa' Valderon", 'Tomas "Rocco" Brenner'):
the model reads the given name, the nickname and the surname as three names; `quoted_nicknames`
makes them one PERSON span over the whole."""

from __future__ import annotations

from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.lexicon import census_given, fold

OPENERS = {"'": "'", '"': '"', "\u2018": "\u2019", "\u201c": "\u201d"}  # opening mark -> closing marks
CLOSERS = {"'": {"'", "\u2019"}, '"': {'"'}, "\u2019": {"\u2019"}, "\u201d": {"\u201d"}}
MAX_NICK = 2  # words of a nickname
QUOTE_EDGES = frozenset("'\"\u2018\u2019\u201c\u201d")  # a quoted word's edges in a key


def quoted_nicknames(ctx: DocCtx, model: list[Cand]) -> list[Cand]:
    """`model` with each given name, quoted nickname and surname made one PERSON; the spans inside
    it dropped."""
    words, wholes = ctx.words, []
    for i in ctx.capitals:
        if i + 1 < len(words) and words[i + 1] in OPENERS and (end := _nicknamed(ctx, i)):
            wholes.append(Cand(i, end, "PERSON", src="rule"))
    if not wholes:
        return model
    inside = lambda c: any(w.start <= c.start and c.end <= w.end for w in wholes)  # noqa: E731
    clash = lambda c: any(c.start < w.end and w.start < c.end for w in wholes)  # noqa: E731
    kept = [c for c in model if not inside(c)]
    return [c for c in kept if not clash(c)] + wholes


def _nicknamed(ctx: DocCtx, i: int) -> int | None:
    """The end of "Given 'Nick' Surname" opening at token `i`, or None: a census given name, one or
    two capitalised words in quotes, a capitalised word after them."""
    words = ctx.words
    if not (words[i].isalpha() and census_given(fold(words[i]))):
        return None
    closing = OPENERS[words[i + 1]]
    k = i + 2
    while k < len(words) and k - i - 2 < MAX_NICK and words[k][:1].isupper() and words[k].isalpha():
        k += 1
    if k == i + 2 or k + 1 >= len(words) or words[k] not in CLOSERS.get(closing, {closing}):
        return None
    last = words[k + 1]
    return k + 2 if last[:1].isupper() and last.isalpha() and ctx.ws[k] else None


def nickname_joins(
    by_key: dict[str, list[Cand]], people: list[tuple[str, list[str]]], parent: dict[str, str]
) -> None:
    """A nickname used alone ("Chispa") joins the one full name that gives it in quotes ("Pedro
    'Chispa' Valderon"): `parent` maps its key to that name's key."""
    owners: dict[str, set[str]] = {}
    for key, words in people:
        for w in words[1:-1]:
            if len(w) > 2 and w[0] in QUOTE_EDGES and w[-1] in QUOTE_EDGES:
                owners.setdefault(w[1:-1], set()).add(key)
    for nick, keys in owners.items():
        if len(keys) == 1 and nick in by_key and nick not in parent:
            parent[nick] = next(iter(keys))
