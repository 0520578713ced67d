"""A venue's short form, its name without the head word: "Dunmere" of "Dunmere Prison", "Kelvin" of
"Kelvin Hall", written where a place is read ("riots at Dunmere", "inside the Kelvin"); no ground's
("Kelby" of "Kelby Park" is a club as often: `grounds` and `fullnames.venue_shorts` read those).

`venue_shorts` runs after the vote. Each venue (voted FAC) of one or two capitalised words and a
venue's head (`SHORT_HEADS`) lends its short form the label FAC: the mentions a rule or the model
gave another label (a person, a body, a town; no event: "the Quake" of "Quake Museum"),
when every one follows a preposition of place or "the", and the occurrences no name holds after
"at", "inside", "outside", "near", "into" or "within" ("died in the X" is no visit), no part of a
longer name ("Dunmere Road"). Never a place the gazetteer knows ("at Leeds" beside "Leeds Arena"),
a name with a rank ("King Osric" of "King Osric Hall": a person), nor a mention a rule read from
the text's own words.
"""

from __future__ import annotations

from collections.abc import Callable

from pipeline.entities import titledvenues as TVN
from pipeline.entities.candidates import EVIDENCE, Cand, DocCtx, by_key, relabel
from pipeline.entities.evidence import POSS, occurrences
from pipeline.entities.gazetteer import world
from pipeline.entities.lexicon import LOCATIVE, SPORT, gazetteer_label

PLACED = LOCATIVE | {"the", "into", "within"}  # "at Dunmere", "inside the Kelvin"; not "told to X"
AT = frozenset({"at", "inside", "outside", "near", "into", "within"})  # untagged: not "in the X"
LENT = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "PRODUCT"})  # no event's: "the Quake"
RANKED = TVN.RANKS | TVN.BARE
SHORT_HEADS = TVN.HEADS - frozenset(SPORT["venue_heads"])  # "Celtic" of "Celtic Park" is a club as often
LONGEST = 2  # words of a short form


def venue_shorts(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> list[Cand]:
    """Relabel FAC the short forms the module's doc describes; returns the occurrences added."""
    shorts = _shorts(ctx, cands, labels, key_of)
    if not shorts:
        return []
    for key, ms in by_key(ctx, cands, key_of).items():
        words = tuple(ctx.words[ms[0].start : ms[0].end])
        if words not in shorts or labels.get(key, ms[0].label) not in LENT:
            continue
        if all(_placed(ctx, c.start, PLACED) for c in ms) and not any(c.src in EVIDENCE for c in ms):
            relabel(ctx, ms, labels, key_of, "FAC")
    covered = bytearray(len(ctx.words))
    for c in cands:
        covered[c.start : c.end] = b"\x01" * (c.end - c.start)
    out = []
    for short in shorts:
        for i in occurrences(ctx.words, list(short)):
            e = i + len(short)
            if any(covered[i:e]) or not _placed(ctx, i, AT) or _runs_on(ctx, e):
                continue
            out.append(Cand(i, e, "FAC", "rule", 2.0))
            ctx.take(out[-1])  # no second mention of it among the repeats
    return out


def _shorts(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> set[tuple[str, ...]]:
    """The words of the article's venues before their heads ("Dunmere" of "Dunmere Prison")."""
    gaz, out = world(), set()
    for c in cands:
        n = c.end - c.start
        if n < 2 or n > LONGEST + 1 or ctx.words[c.end - 1] not in SHORT_HEADS:
            continue
        short = tuple(ctx.words[c.start : c.end - 1])
        if short[0] in RANKED or not all(w.isalpha() and w[:1].isupper() for w in short):
            continue
        key = ctx.norm_of(c.start, c.end - 1)
        if key in gaz.places or gazetteer_label(key) or labels.get(key_of(ctx, c), c.label) != "FAC":
            continue
        out.add(short)
    return out


def _placed(ctx: DocCtx, i: int, words: frozenset[str]) -> bool:
    """The name at word i follows one of `words` (a preposition of place, "the")."""
    return i > 0 and ctx.words[i - 1].lower() in words


def _runs_on(ctx: DocCtx, e: int) -> bool:
    """A capitalised word or a possessive follows: a longer name ("Dunmere Road"), an owner's."""
    return e < len(ctx.words) and (ctx.words[e][:1].isupper() or ctx.words[e] in POSS)
