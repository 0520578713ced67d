"""Cities the gazetteer knows that are clubs in sports reports, by a club's words around them.

`city_clubs` makes a one-word city (no country: a nation's side stays GPE) the model calls a place
or a person a club (ORG) where only a club fits: its possessive before a team's noun ("Dundee's
manager", "Carlisle's fans"), a staff role of several words between it and a person's full name
("Dundee chief executive Tom Hale", "Carlisle assistant coach Ivo Moss"), a result given to it
("gave Dundee a 2-0 win"), or the other side of a match's noun ("the tie against Dundee", "a win
over Carlisle"). The city's other mentions after no place word and before no noun but a team's
are then the same club ("Dundee are keen", "a Dundee player"): one entity.
"""

from __future__ import annotations

from pipeline.entities import context as X
from pipeline.entities import namedclubs as NC
from pipeline.entities.candidates import KEPT, Cand, DocCtx
from pipeline.entities.clubplayers import NAMED_POSITIONS, TEAM_CUES
from pipeline.entities.clubs import city
from pipeline.entities.evidence import POSS
from pipeline.entities.lexicon import LOCATIVE, SPORT
from pipeline.entities.opponents import MATCH_NOUNS, after_match_noun

TOWN_LABELS = frozenset({"GPE", "LOC", "PERSON"})
STAFF = frozenset(SPORT["staff_roles"]) | TEAM_CUES | NAMED_POSITIONS | {"executive"}
STAFF_WORDS = STAFF | {"assistant", "head", "deputy", "general", "caretaker", "interim", "first-team",
                       "youth", "team", "club", "of", "rugby", "football", "former", "new"}
OWNED = TEAM_CUES | {"squad", "side", "fans", "supporters", "players", "captain", "skipper", "chairman",
                     "academy", "coach", "defender", "goalkeeper", "winger", "midfielder"}
TEAM_NOUNS = frozenset(SPORT["team_roles"]) | {"outfit", "star", "career"}  # "a Dundee player"
GIVING = frozenset({"give", "hand"})
RESULTS = MATCH_NOUNS | {"lead", "point", "points", "advantage"}
PLACE_WORDS = LOCATIVE | {"to", "of", "the"}  # "moved to Dundee", "the Dundee derby": the town's own


def city_clubs(ctx: DocCtx, cands: list[Cand]) -> None:
    """In a sports report, a one-word city that only a club's words fit (`_club_cued`) is a club
    (ORG), and so are its mentions no place word governs (`_same_club`)."""
    if not ctx.sports or not ctx.parsed:
        return
    people = {c.start for c in cands if c.label == "PERSON" and c.end - c.start > 1}
    towns = [c for c in cands if c.label in TOWN_LABELS and c.src not in KEPT and c.end - c.start == 1
             and not ctx.in_caps(c.start)]
    clubs = set()
    for c in towns:
        key = ctx.norm_of(c.start, c.end)
        if _club_cued(ctx, c, people) and city(key):
            c.label, c.weight, c.role = "ORG", max(c.weight, 3.0), None
            clubs.add(key)
    for c in towns:
        if c.label != "ORG" and ctx.norm_of(c.start, c.end) in clubs and _same_club(ctx, c):
            c.label, c.weight, c.role = "ORG", max(c.weight, 3.0), None
    NC.named_clubs(ctx, cands)  # "Tampico will be his destination" beside "Blue Hawks Tampico"


def _club_cued(ctx: DocCtx, c: Cand, people: set[int]) -> bool:
    """A team's noun after the name's possessive, a staff role before a person, a result given to
    it, or a match's noun's other side."""
    w, end = ctx.words, c.end
    if X.low(ctx.doc, end) in POSS:
        return end + 1 < len(w) and w[end + 1] in OWNED  # "Dundee's manager"
    if _staff_before(w, end, people):
        return True  # "Dundee chief executive Tom Hale"
    root = ctx.toks[c.start]
    if root.dep_ == "dative" and root.head.lemma_ in GIVING:
        return any(k.dep_ == "dobj" and k.lower_ in RESULTS for k in root.head.children)
    return root.dep_ == "pobj" and (root.head.lower_ == "against" or after_match_noun(root))


def staff_named(w: list[str], end: int) -> bool:
    """Two to four lower-case words of a club's staff role, one a staff noun, between `end` and a
    capitalised word ("Dundee chief executive Tom Hale"): a club's cue for telling a sports report."""
    if end >= len(w) or w[end] not in STAFF_WORDS:
        return False
    starts = {i for i in range(end + 2, min(end + 5, len(w))) if w[i].istitle() and w[i].isalpha()}
    return _staff_before(w, end, starts)


def _staff_before(w: list[str], end: int, people: set[int]) -> bool:
    """Two to four lower-case words of a club's staff role ("chief executive", "director of rugby")
    between `end` and a person's full name."""
    for n in range(2, 5):
        words = w[end : end + n]
        if len(words) < n or end + n not in people:
            continue
        return all(x in STAFF_WORDS for x in words) and any(x in STAFF for x in words)
    return False


def _same_club(ctx: DocCtx, c: Cand) -> bool:
    """A mention after no place word ("in", "at", "to", "the") and before no noun but a team's
    ("a Dundee player"; not "Dundee airport")."""
    if X.low(ctx.doc, c.start - 1) in PLACE_WORDS or X.low(ctx.doc, c.end) in POSS:
        return False
    nxt = ctx.toks[c.end] if c.end < len(ctx.toks) else None
    return nxt is None or nxt.pos_ not in {"NOUN", "PROPN"} or nxt.lower_ in TEAM_NOUNS
