"""Players named with their club in sports reports: a position between a town's name and a player's
("Millbrook centre Tom Hale", "Eastport number eight Ivo Moss") makes the town the club, and a
club's possessive before one capitalised word ("Millbrook's Zico was named player of the year")
makes the owner the club (ORG) and the word a player (PERSON), whatever the model called them.

A position word of `named_positions` ("centre", "wing") counts only before a capitalised word: "the
Millbrook centre" and "Millbrook city centre" are places. The owned word is no player when the
gazetteer knows it, a noun follows it ("Millbrook's Zico stadium") or the article writes it after
"the" ("the Zico", a ground's way). Nations keep their label ("Norvia's Zico": the player only).
"""

from __future__ import annotations

from pipeline.entities import context as X
from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.clubs import KEPT, city
from pipeline.entities.evidence import POSS as POSSESSIVE
from pipeline.entities.gazetteer import world
from pipeline.entities.lexicon import COUNTRIES, SPORT, gazetteer_label, norm

NAMED_POSITIONS = frozenset(SPORT["named_positions"])
TEAM_CUES = frozenset(SPORT["team_cues"])
OWNERS = frozenset({"GPE", "LOC", "ORG", "PERSON", "NORP", "FAC"})  # the model's labels of a club
OWNED = frozenset({"ORG", "GPE", "LOC", "NORP", "PERSON", "WORK_OF_ART", "PRODUCT", "FAC"})
HELD = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "attr", "ROOT"})


def position(ctx: DocCtx, end: int) -> bool:
    """A player's position (or a team's cue noun: "manager", "striker") between the name ending at
    `end` and a capitalised word ("Millbrook centre Tom Hale", "Millbrook number eight Tom Hale"),
    also after a second side ("Millbrook and Norvia centre Tom Hale") or the name's possessive and a
    player's age ("Millbrook's 19-year-old centre Tom Hale"); not "the Millbrook centre"."""
    w, n = ctx.words, len(ctx.words)
    if end + 2 < n and w[end] == "and" and w[end + 1].istitle():
        end += 2  # "Millbrook and Norvia centre": the club and the national side
    elif end < n and X.low(ctx.doc, end) in POSSESSIVE:
        end = _past_age(w, end + 1)
    if end >= n or (w[end] not in NAMED_POSITIONS and w[end] not in TEAM_CUES):
        return False
    nxt = end + 2 if w[end] == "number" else end + 1
    return nxt < n and w[nxt].istitle() and w[nxt].isalpha()


def _past_age(w: list[str], i: int) -> int:
    """The index after an age written "19-year-old" (five tokens) at i, else i."""
    age = w[i : i + 5]
    return i + 5 if len(age) == 5 and age[0].isdigit() and age[1:] == ["-", "year", "-", "old"] else i


def owned_players(ctx: DocCtx, cands: list[Cand]) -> None:
    """In a sports report, "<club>'s <Word>" with the word a lone player's name: the word is a person
    and the owner, no nation, the club (ORG)."""
    if not ctx.sports or not ctx.parsed:
        return
    starts: dict[int, Cand] = {c.start: c for c in cands if c.end - c.start == 1 and c.src not in KEPT}
    for c in cands:
        if c.label not in OWNERS or c.src in KEPT or X.low(ctx.doc, c.end) not in POSSESSIVE:
            continue
        m = starts.get(c.end + 1)
        if m is None or m.label not in OWNED or not _player(ctx, m):
            continue
        key = norm(ctx.doc[c.start : c.end].text)
        nation = not city(key) and (key in COUNTRIES or gazetteer_label(key) is not None)  # a capital's club
        if not nation and c.label == "PERSON" and key not in world().places:
            continue  # "Hale's Zico": a manager's side or a person's kin, no club
        m.label, m.weight, m.role = "PERSON", max(m.weight, 3.0), None
        if not nation:
            c.label, c.weight, c.role = "ORG", max(c.weight, 3.0), None


def _player(ctx: DocCtx, m: Cand) -> bool:
    """One capitalised word no gazetteer knows, heading its phrase (no noun after it), never written
    after "the" in the article."""
    tok = ctx.toks[m.start]
    word = tok.text
    if not (word.istitle() and word.isalpha()) or tok.dep_ not in HELD or tok.pos_ != "PROPN":
        return False
    if norm(word) in world().places or gazetteer_label(norm(word)):
        return False
    return f"the {word}" not in ctx.text and f"The {word} " not in ctx.text
