"""Competitions the model cut to their first word: "US" of "the US Open champion", "Scottish" of
"the Scottish Cup semi-final", "RBS" of "their RBS Six Nations game", "Davis" of "the Davis Cup".

`whole_competitions` carries such a name on to the competition's head word when only capitalised
words stand between ("European Indoor Championships") and no capitalised word follows the head
("the Harbour Open University" is no competition), and makes it the event (EVENT), its sponsor's
or country's word kept inside; a head no name covers makes, with the capitalised words before it,
a name of its own ("the Scottish Cup", the model finding nothing, or only "Cup"). It works on the
model's names, before they are resolved. A nation's word and a head the model gave another label ("the Danish
Open" a work) is the event too.
"""

from __future__ import annotations

import re

from pipeline.entities import lexicon as L
from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.evidence import EVENT_WORDS
from pipeline.entities.sources import WEEKDAYS
from pipeline.entities.sportnames import NATIONS_NUMBERS

HEADS = frozenset({"Open", "Cup", "Championship", "Championships", "Trophy", "Slam", "Prix", "Olympics"})
NUMBERS = frozenset(NATIONS_NUMBERS)  # "Six Nations", "Tri Nations"
CUT = frozenset({"GPE", "NORP", "LANGUAGE", "ORG", "LOC", "FAC"})  # "French" Open; a person only as one word
OPENERS = frozenset({"the", "a", "an", "this", "that", "his", "her", "its", "their", "our", "last", "next"})
MORE = 3  # capitalised words after the name at most
EDITION_OPENERS = frozenset({"the", "'s", "\u2019s"})  # before an edition's ordinal: "Sunday's 33rd"
EVENTFUL = frozenset(L.SPORT["competition_heads"]) | L.EVENT_HEADS | EVENT_WORDS  # "International"
ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")  # "the 51st" edition of a race or a meeting
YEAR = re.compile(r"^(?:18|19|20)\d\d$")  # "the 2000 Olympics": an edition by its year
GAMES = frozenset({"Olympics", "Olympic", "Paralympics", "Paralympic"})  # Games named with no city
TIERS = frozenset({"League", "Division", "Conference"})  # "League Two", "Division One"
TIER_NUMBERS = frozenset({"One", "Two", "Three", "Four", "1", "2", "3", "4"})
TIER_ORDINALS = frozenset({"First", "Second", "Third", "Fourth", "Premier"})  # "the Second Division"


def whole_competitions(ctx: DocCtx, cands: list[Cand]) -> None:
    """Extend each model name a competition's words follow to the competition, as an event."""
    if not any(h in ctx.text for h in (*HEADS, "Nations")):  # substrings: a fast test first
        return
    starts = {c.start for c in cands}
    heads = {c.start: c for c in cands if c.end - c.start == 1 and ctx.words[c.start] in HEADS}
    taken = []
    for c in cands:
        if c.src != "model" or not (c.label in CUT or c.label == "PERSON" and c.end - c.start == 1):
            continue
        end = _head_end(ctx, c.end)
        head = heads.get(end - 1)  # the model's "Open" of its "US" + "Open"
        named = {i for i in range(c.end, end) if i in starts} - ({end - 1} if head else set())
        if end and not named and not ctx.in_caps(c.start):
            c.end, c.label, c.role, c.weight = end, "EVENT", None, max(c.weight, 3.0)
            taken += [head] if head is not None and head is not c else []
    cands[:] = [c for c in cands if all(c is not t for t in taken)]
    cands += _unnamed(ctx, cands)
    for c in cands:
        if _national(ctx, c):
            c.label, c.role, c.weight = "EVENT", None, max(c.weight, 3.0)


def numbered_tiers(ctx: DocCtx, cands: list[Cand]) -> None:
    """In a sports report, a league's numbered tier ("League Two", "Division One", "the Second
    Division") is a competition (EVENT), whatever the model made of it (a body, a place) or if it
    found nothing; a sponsor's capitalised word the model took in stays ("Harbourbank Division One")."""
    if not ctx.sports or not any(t in ctx.text for t in TIERS):
        return
    for j in range(len(ctx.words) - 1):
        first, second = ctx.words[j], ctx.words[j + 1]
        numbered = first in TIERS and second in TIER_NUMBERS
        numbered = numbered or first in TIER_ORDINALS and second == "Division"
        if not numbered or ctx.in_caps(j) or j + 2 < len(ctx.toks) and _capital(ctx, j + 2):
            continue
        over = [c for c in cands if c.start < j + 2 and c.end > j]
        if any(c.end > j + 2 or c.label == "EVENT" for c in over):
            continue  # a longer name ("the Division One Trust") or the event already
        start = min([j] + [c.start for c in over])
        cands[:] = [c for c in cands if all(c is not o for o in over)]
        cands.append(Cand(start, j + 2, "EVENT", over[0].src if over else "rule", 3.0))


def _national(ctx: DocCtx, c: Cand) -> bool:
    """The model's name of a nation's competition it gave another label: a country's or people's word,
    then the head ("the Danish Open" a work, "the Kelvish Cup" a place)."""
    if c.src != "model" or c.label in {"EVENT", "ORG"} or c.end - c.start != 2 or ctx.in_caps(c.start):
        return False
    first = L.gazetteer_label(L.fold(ctx.words[c.start]))
    return ctx.words[c.end - 1] in HEADS and first in {"NORP", "GPE"}


def _unnamed(ctx: DocCtx, cands: list[Cand]) -> list[Cand]:
    """Competitions no name covers: a head and the capitalised words before it, the first no
    function word ("the Scottish Cup", not "The Cup"); the model's name of the head alone grows over
    those words ("Open" of "the Mexican Open semis")."""
    covered = bytearray(len(ctx.toks))
    for c in cands:
        covered[c.start : c.end] = b"\x01" * (c.end - c.start)
    lone = {c.start: c for c in cands if c.end - c.start == 1}  # the model's "Open" of "the Mexican Open"
    out = []
    for j, word in enumerate(ctx.words):
        if word not in HEADS and word != "Nations" or covered[j] and j not in lone or ctx.in_caps(j):
            continue
        start = j
        while start > 0 and j - start < MORE and not covered[start - 1] and _capital(ctx, start - 1):
            start -= 1
        while start < j and ctx.words[start].lower() in OPENERS:
            start += 1
        if start < j and _head_end(ctx, start) == j + 1 and ctx.words[start] != "Grand":
            if j in lone:
                head = lone[j]
                head.start, head.label, head.role, head.weight = start, "EVENT", None, max(head.weight, 3.0)
            else:
                out.append(Cand(start, j + 1, "EVENT", "rule", 3.0))
    return out


def _capital(ctx: DocCtx, i: int) -> bool:
    tok = ctx.toks[i]
    return (tok.is_title or tok.is_upper) and tok.is_alpha and "\n" not in tok.whitespace_


def _head_end(ctx: DocCtx, i: int) -> int:
    """The end of a competition's head among the capitalised words from `i` ("Indoor Championships",
    "Six Nations", "Six Nations Championship"), when no capitalised word but another head follows
    it; 0 when there is none."""
    toks, n = ctx.toks, len(ctx.toks)
    for j in range(i, min(i + MORE, n)):
        tok = toks[j]
        if not (tok.is_title or tok.is_upper) or not tok.is_alpha or "\n" in toks[j - 1].whitespace_:
            return 0
        head = tok.text in HEADS or tok.text == "Nations" and j > i and toks[j - 1].text in NUMBERS
        nxt = toks[j + 1] if j + 1 < n else None
        if head and (nxt is None or not (nxt.is_title and nxt.is_alpha)):
            return j + 1
        if head and nxt.text not in HEADS:  # "Six Nations Championship": the name goes on to its last head
            return 0
    return 0


def ordinal_events(ctx: DocCtx, cands: list[Cand]) -> None:
    """"the 33rd Cross International Norvik": the capitalised words after "the" (or a possessive:
    "Sunday's 33rd") and an ordinal in figures, in a sports report, after a weekday's possessive or
    holding a competition's word ("International", "Open"; no body's head: "the 101st Airborne
    Division"), are a numbered edition of an event, one EVENT (without the ordinal), whatever the
    model made of them (a person with the words before as a role, a body)."""
    for c in cands:
        if c.src != "model" or c.label == "EVENT":
            continue
        s = c.start
        while s > 0 and s > c.start - MORE and _capital(ctx, s - 1) and ctx.words[s - 1] != "The":
            s -= 1
        if s > 1 and ORDINAL.match(ctx.words[s - 1]) and ctx.words[s - 2].lower() in EDITION_OPENERS \
                and _run_ends(ctx, c.end) and _eventful(ctx, s, c.end, _dated(ctx, s - 2)):
            c.start, c.label, c.role, c.weight = s, "EVENT", None, max(c.weight, 3.0)


def _eventful(ctx: DocCtx, s: int, e: int, dated: bool = False) -> bool:
    words = ctx.words[s:e]
    return words[-1] not in L.ORG_HEADS and (ctx.sports or dated or not EVENTFUL.isdisjoint(words))


def _dated(ctx: DocCtx, i: int) -> bool:
    """A weekday's possessive ends at token i ("Sunday's" 25th X): only an event is held on a day."""
    return i > 0 and ctx.words[i] != "the" and ctx.words[i - 1] in WEEKDAYS


def _run_ends(ctx: DocCtx, e: int) -> bool:
    """No capitalised word goes on the name after token e - 1."""
    return e >= len(ctx.toks) or not _capital(ctx, e) or "\n" in ctx.toks[e - 1].whitespace_


def year_editions(ctx: DocCtx, cands: list[Cand]) -> None:
    """ "the 2000 Olympics": the model's Olympics after a year is that year's Games, another
    edition than a city's ("the Athens Games"), so the year stays in the name."""
    for c in cands:
        games = c.src == "model" and c.label == "EVENT" and c.start > 0 and ctx.words[c.start] in GAMES
        if games and YEAR.match(ctx.words[c.start - 1]):
            c.start -= 1
