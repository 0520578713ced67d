"""Towns that are clubs, and towns that stay places, in sports reports, told by the words around them.

`cued_clubs` makes a city (no country) a club (ORG) even when the gazetteer knows it as a capital:
before a player's position and his name ("Millbrook midfielder Tom Hale", "Millbrook pair Tom Hale
and Ivo Moss"), as the owner of a player's full name ("Millbrook's Tom Hale"), or after "played
for" ("who played for Millbrook"). `match_towns` keeps the town where a match is played a place:
the model's one-word ORG after "at" on a match's noun or verb ("a 2-1 win at Millbrook", "drew at
Millbrook") is the town (GPE), as docs/record-format.md says.
"""

from __future__ import annotations

from pipeline.entities import context as X
from pipeline.entities.candidates import KEPT, Cand, DocCtx
from pipeline.entities.clubplayers import NAMED_POSITIONS, TEAM_CUES
from pipeline.entities.clubs import city
from pipeline.entities.evidence import EVENT_WORDS, POSS
from pipeline.entities.lexicon import SPORT, gazetteer_label, norm
from pipeline.entities.opponents import MATCH_NOUNS

NO_PLAYER = frozenset(
    {"side", "squad", "team", "fans", "supporters", "academy", "defence", "attack", "midfield"}
)
GROUPS = frozenset({"pair", "duo", "trio"})  # "Millbrook pair Tom Hale and Ivo Moss"
ROLES = NAMED_POSITIONS | TEAM_CUES | (frozenset(SPORT["team_roles"]) - NO_PLAYER) | GROUPS
TOWN_LABELS = frozenset({"GPE", "LOC", "PERSON"})
MATCH_LEMMAS = frozenset(SPORT["match_verbs"]) | {"lose", "draw", "win", "beat"}


def cued_clubs(ctx: DocCtx, cands: list[Cand]) -> None:
    """In a sports report, a city the model calls a place or a person is its club (ORG) before a
    player's role and name, before a player's full name after its possessive, or after "played for"."""
    if not ctx.sports:
        return
    people = {c.start for c in cands if c.label == "PERSON" and c.end - c.start > 1}
    for c in cands:
        if c.label not in TOWN_LABELS or c.src in KEPT or c.end - c.start > 2 or ctx.in_caps(c.start):
            continue
        if not _cued(ctx, c, people) or not city(ctx.norm_of(c.start, c.end)):
            continue
        c.label, c.weight, c.role = "ORG", max(c.weight, 3.0), None


def _cued(ctx: DocCtx, c: Cand, people: set[int]) -> bool:
    """A role and a name after the name, a player's full name after its possessive, or "played for"
    before it."""
    w, n, end = ctx.words, len(ctx.words), c.end
    if X.low(ctx.doc, end) in POSS:
        return end + 1 in people  # "Millbrook's Tom Hale"
    if end + 1 < n and w[end].lower() in ROLES and w[end + 1].istitle() and w[end + 1].isalpha():
        return X.low(ctx.doc, c.start - 1) != "the"  # not "the Millbrook centre"
    if c.start < 2 or X.low(ctx.doc, c.start - 1) != "for" or not ctx.parsed:
        return False
    verb = ctx.toks[c.start - 1].head
    return verb.lemma_ == "play" and verb.pos_ == "VERB" and ctx.root(c.start, c.end).head.i == c.start - 1


def match_towns(ctx: DocCtx, cands: list[Cand]) -> None:
    """In a sports report, the model's one-word ORG that is a city (no country) after "at" hanging on
    a match's noun or verb ("a late win at Millbrook", "lost at Millbrook") is the town (GPE)."""
    if not ctx.sports or not ctx.parsed:
        return
    for c in cands:
        one = c.label == "ORG" and c.src == "model" and c.end - c.start == 1
        if not one or X.low(ctx.doc, c.start - 1) != "at":
            continue
        head = ctx.toks[c.start - 1].head
        match = head.lower_ in MATCH_NOUNS or head.pos_ == "VERB" and head.lemma_ in MATCH_LEMMAS
        if match and X.low(ctx.doc, c.end) not in POSS and city(ctx.norm_of(c.start, c.end)):
            c.label, c.weight, c.role = "GPE", max(c.weight, 3.0), None


def joined_sides(ctx: DocCtx, cands: list[Cand]) -> list[Cand]:
    """In a sports report, a people's word, "and", and a team whose name opens with another people's
    word and ends in a capitalised plural ("the Kelvish and Norvian Hawks") are one team: the team's
    name is widened over the first word, whose own name is dropped."""
    if not ctx.sports:
        return cands
    starts = {c.start: c for c in cands if c.end - c.start == 1 and c.src not in KEPT}
    gone: set[int] = set()
    for c in cands:
        left = starts.get(c.start - 2)
        if c.label != "ORG" or left is None or c.end - c.start < 2 or X.low(ctx.doc, c.start - 1) != "and":
            continue
        last = ctx.toks[c.end - 1]
        if last.tag_ != "NNPS" or gazetteer_label(norm(ctx.words[c.start])) != "NORP":
            continue
        if gazetteer_label(norm(ctx.words[left.start])) == "NORP" and last.text not in EVENT_WORDS:
            c.start = left.start
            gone.add(id(left))
    return [c for c in cands if id(c) not in gone]
