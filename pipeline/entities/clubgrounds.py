"""Clubs that the ground rules took for their grounds, in sports reports, told by the article itself.

One word after "at" ("a swipe at Kestrela", "stay at Kestrela") reads as a ground (`sport.team_labels`,
`grounds`), but the article may name the club by that word elsewhere: `side_words` makes every FAC
mention of the word a club (ORG) when another mention stands outside "at" as a side: a body of the
model's where the article names the ground by the word and a ground's head ("leaving Kestrela"
beside "Kestrela Park": the ground has its own name), a team a rule made ("Kestrela manager Tom
Hale"), after a team's title ("title rivals Kestrela"), owning a player's role ("Kestrela's
first-choice keeper"), the side of a match (`matchclubs.side_of_match`, `opponents.opponent`) or
what a club does (`clubs.club_acts`: "Kestrela have signed", "a move to Kestrela"). Never a place
the gazetteer knows.
"""

from __future__ import annotations

from pipeline.entities import context as X
from pipeline.entities.candidates import KEPT, Cand, DocCtx
from pipeline.entities.clubmarks import RULED
from pipeline.entities.clubs import club_acts
from pipeline.entities.evidence import POSS
from pipeline.entities.gazetteer import world
from pipeline.entities.lexicon import LOCATIVE, SPORT, TEAM_TITLES, gazetteer_label, norm
from pipeline.entities.matchclubs import side_of_match
from pipeline.entities.opponents import opponent

VENUE_HEADS = frozenset(SPORT["venue_heads"])  # "Park", "Stadium"
ROLES = frozenset(SPORT["team_roles"])  # "keeper", "manager"
BEFORE = LOCATIVE | {"the"}  # "at X", "inside the X": a ground's words


def side_words(ctx: DocCtx, cands: list[Cand]) -> None:
    """Relabel ORG the one-word grounds (FAC) the module's doc describes."""
    if not ctx.sports:
        return
    lone = [c for c in cands if c.end - c.start == 1]
    grounds = {ctx.words[c.start] for c in lone if c.label == "FAC" and c.src not in KEPT}
    if not grounds:
        return  # the cheap test first
    named = {ctx.words[c.start] for c in cands if c.end - c.start == 2 and ctx.words[c.start] in grounds
             and ctx.words[c.end - 1] in VENUE_HEADS}
    for word in grounds:
        key = norm(word)
        if gazetteer_label(key) or key in world().places:
            continue
        ms = [c for c in lone if ctx.words[c.start] == word]
        if any(_side(ctx, c, word in named) for c in ms):
            for c in ms:
                if c.label == "FAC" and c.src not in KEPT:
                    c.label, c.weight, c.role = "ORG", max(c.weight, RULED), None


def _side(ctx: DocCtx, c: Cand, named: bool) -> bool:
    """The mention stands as a side, after no ground's word (see the module's doc); where the
    article names the ground otherwise (`named`), the model's body is enough ("leaving Kestrela")."""
    if X.low(ctx.doc, c.start - 1) in BEFORE or ctx.in_caps(c.start):
        return False
    if c.label == "ORG" and (named or c.weight >= RULED) or X.low(ctx.doc, c.start - 1) in TEAM_TITLES:
        return True  # "Kestrela manager Tom Hale", "title rivals Kestrela"
    if X.low(ctx.doc, c.end) in POSS and any(X.low(ctx.doc, c.end + k) in ROLES for k in (1, 2, 3)):
        return True  # "Kestrela's keeper"
    if not ctx.parsed:
        return False
    told = side_of_match(ctx.toks[c.start]) or opponent(ctx, c)
    return told or ctx.line_of(c.start) > 0 and club_acts(ctx, c)  # a headline's parse is no club's act
