"""Venues by their head word: "the Kelby Arena", "the Marla Hoskins Pavilion", "the Regent Theatre"
are buildings (FAC), not the body, person, show or work the model took them for.

`venue_heads` runs after the vote, on names of two words or more the model labelled a body, a
person, an event, a product or a work. A name ending in a head no company or person bears
(`SURE`: "Stadium", "Auditorium", "Opera House") is a venue; one ending in a head a company bears as
often (`PLAIN`: "Theatre", "Playhouse", "Cinema": "Kelby Theatre" may be the company that plays
there) only where some mention reads as a building: after a preposition of place ("at the X",
"outside the X"), a verb done to a building ("buy the X", "reopened the X"), or before ", which
opened" and the like. Never where a mention reads as a body: its act ("X said", "X has
announced"), its people or parts ("X's director", "X artistic director", "director of the X",
"X shares"), its work ("for the X", "with the X"); nor a place of the gazetteer, nor a person's
name ("Tomas Arena said") where "he" or a role follows. A school, a college or a party the model
took for a building is a body (ORG: "studied at Kelby Road Sixth Form College") unless a mention
reads as its walls ("outside X", "rebuilt X").
"""

from __future__ import annotations

from collections.abc import Callable

from pipeline.entities import context as X
from pipeline.entities.candidates import EVIDENCE, Cand, DocCtx, by_key, relabel
from pipeline.entities.evidence import BODY_NEXT, POSS
from pipeline.entities.lexicon import (
    LOCATIVE,
    ORG_AFTER,
    ORG_OF,
    ORG_POSSESSED,
    is_title_word,
    known_place,
)

SURE = frozenset({"Stadium", "Arena", "Auditorium", "Amphitheatre", "Amphitheater", "Coliseum", "Colosseum",
                  "Hippodrome", "Palladium", "Pavilion"})
PLAIN = frozenset({"Theatre", "Theater", "Playhouse", "Cinema", "Odeon"})
PAIRS = frozenset({("Opera", "House"), ("Concert", "Hall"), ("Music", "Hall")})  # sure, of two words
HEADS = SURE | PLAIN | {"House", "Hall"}
HELD = frozenset({"ORG", "PERSON", "EVENT", "PRODUCT", "WORK_OF_ART", "LOC"})
SURNAMES = frozenset({"Arena"})  # a person's name too ("Tomas Arena"): never from PERSON
PLACED = (LOCATIVE | {"to", "into", "opposite", "beside", "behind", "outside", "inside", "near"}) - {"from"}
BUILT = frozenset({"buy", "bought", "buying", "sell", "sold", "selling", "reopen", "reopened", "restore",
                   "restored", "renovate", "renovated", "refurbish", "refurbished", "demolish",
                   "demolished", "build", "built", "rebuild", "rebuilt", "packed", "filled", "left",
                   "entered", "leave", "visit", "visited"})
STANDS = frozenset({"opened", "closed", "reopened", "stands", "stood", "seats", "holds", "housed",
                    "houses", "was", "is", "has"})  # ", which opened in 1902", ", which was built"
WORKED = frozenset({"for", "with", "by", "joined"})  # "played for the X", "a season with the X"
SCHOOLS = frozenset({"College", "School", "University", "Institute", "Party"})  # a body unless built
WALLS = frozenset({"outside", "inside", "opposite", "beside", "behind", "into"})  # a school's building


def venue_heads(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """Relabel FAC the venues the module's doc describes."""
    words = ctx.words
    headed = [c for c in cands if c.end - c.start > 1 and words[c.end - 1] in HEADS and c.label]
    if headed:
        _venues(ctx, headed, labels, key_of)
    schools = [c for c in cands if c.end - c.start > 1 and c.label == "FAC" and words[c.end - 1] in SCHOOLS]
    if schools:
        _institutions(ctx, schools, labels, key_of)


def _venues(ctx: DocCtx, headed: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """FAC for the names of `headed` (ending in a venue's head) the module's doc describes."""
    words = ctx.words
    for key, ms in by_key(ctx, headed, key_of).items():
        held = labels.get(key, ms[0].label)
        sure = _sure(ctx, ms[0])
        if held not in HELD or sure is None or any(c.src in EVIDENCE for c in ms):
            continue
        if held == "PERSON" and words[ms[0].end - 1] in SURNAMES:
            continue
        if known_place(key) or any(_body(ctx, c, sure) for c in ms):
            continue
        if sure or any(_building(ctx, c) for c in ms):
            relabel(ctx, ms, labels, key_of, "FAC")


def _institutions(ctx: DocCtx, schools: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """ORG for a school, a college, a party the model took for a building ("studied at Kelby Sixth
    Form College"), unless a mention reads as a building ("outside Kelby College", "rebuilt X")."""
    for key, ms in by_key(ctx, schools, key_of).items():
        if labels.get(key, ms[0].label) != "FAC" or any(c.src in EVIDENCE for c in ms):
            continue
        if known_place(key):
            continue
        if not any(_walled(ctx, c) for c in ms):
            relabel(ctx, ms, labels, key_of, "ORG")


def _walled(ctx: DocCtx, c: Cand) -> bool:
    """A school's mention that reads as its building: "outside the X", "built the X"."""
    k = c.start - 1
    k -= X.low(ctx.doc, k) == "the"
    return X.low(ctx.doc, k) in WALLS or X.low(ctx.doc, k) in BUILT


def _sure(ctx: DocCtx, c: Cand) -> bool | None:
    """True for a sure venue's head, False for a plain one, None for no venue's head."""
    last = ctx.words[c.end - 1]
    if last in SURE or (ctx.words[c.end - 2], last) in PAIRS:
        return True
    return False if last in PLAIN else None


def _body(ctx: DocCtx, c: Cand, sure: bool) -> bool:
    """A mention that reads as a body's or a person's (see the module's doc)."""
    doc, s, e = ctx.doc, c.start, c.end
    n1, n2 = X.low(doc, e), X.low(doc, e + 1)
    if n1 in BODY_NEXT or n1 in ORG_AFTER or (n1 in {"has", "have"} and e + 1 < len(doc)
                                              and doc[e + 1].tag_ == "VBN"):
        return True  # "X said", "X shares", "X has announced"
    if n1 in POSS and (n2 in ORG_POSSESSED or is_title_word(n2)):
        return True  # "X's director", "X's board"
    if is_title_word(n1) or (n1.islower() and n1.isalpha() and is_title_word(n2)):
        return True  # "X chief executive", "X artistic director"
    k = s - 1 - (X.low(doc, s - 1) == "the")
    p1, p2 = X.low(doc, k), X.low(doc, k - 1)
    if p1 in {"of", "at"} and (is_title_word(p2) or p2 in ORG_OF):
        return True  # "director of the X", "chairman of X"
    if n1 in {"who", "whose"} or (n1 == "," and n2 in {"who", "whose"}):
        return True
    return not sure and p1 in WORKED


def _building(ctx: DocCtx, c: Cand) -> bool:
    """A mention that reads as a building: "at the X", "buy the X", "X, which opened in 1902"."""
    doc, s, e = ctx.doc, c.start, c.end
    k = s - 1
    k -= 2 * (X.low(doc, k) in POSS)  # "in the school's X"
    k -= X.low(doc, k) == "the"
    if X.low(doc, k) in PLACED or X.low(doc, k) in BUILT:
        return True
    j = e + (X.low(doc, e) == ",")
    return X.low(doc, j) == "which" and X.low(doc, j + 1) in STANDS
