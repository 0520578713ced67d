"""Grounds named without a ground's head word in a sports report, told by the article's own words.

`match_grounds` makes a name of one to three words a ground (FAC), every mention of it, where some
mention reads as the place a match is played: "at X" on a match's or a show's noun or a match's verb
("a 1-1 draw at Kestenfeld", "they won at Old Kelby", "the race at X"), "inside X", "in X" on a
match's noun for a name no gazetteer knows ("the clash in Kestenfeld"), "the X crowd" ("faithful",
"pitch", "turf"), "a sell-out X", or "return to X". Never a country, a subdivision or a town of
`geo.SMALL_TOWN` people or more ("a win at Leeds" keeps its town: `clubcues.match_towns`), a name
ending in a club's head ("Kelby Rovers"), nor one of the article's clubs: a name a rule made a team
elsewhere ("Kestenfeld manager Tom Hale", "Kestenfeld 2-1 Norvik"), that acts as a club
("Kestenfeld have signed", "a move to Kestenfeld"), or the town of a "<word> <town>" club of the
article ("Kelby" of "Real Kelby").
"""

from __future__ import annotations

from pipeline.entities import context as X
from pipeline.entities.candidates import KEPT, Cand, DocCtx
from pipeline.entities.clubs import club_acts, club_towns
from pipeline.entities.evidence import POSS
from pipeline.entities.gazetteer import world
from pipeline.entities.geo import SMALL_TOWN
from pipeline.entities.lexicon import COUNTRIES, CUES, ORG_HEADS, SPORT, gazetteer_label
from pipeline.entities.opponents import MATCH_NOUNS

MATCH_LEMMAS = frozenset(SPORT["match_verbs"])
STAGED = MATCH_NOUNS | frozenset(CUES["venue_events"])  # "the race at X", "his horror show at X"
TEAM_HEADS = frozenset(SPORT["team_heads"])
SITE_HEADS = frozenset(SPORT["venue_heads"]) | frozenset(CUES["site_tails"])  # "Kelby Gardens": no body
ABLE = frozenset({"GPE", "LOC", "ORG"})  # the model's guesses at a ground it does not know
CROWDS = frozenset({"crowd", "faithful", "pitch", "turf"})  # "the Kestenfeld crowd"
SELL_OUTS = frozenset({"sell-out", "sellout"})  # "a sell-out Kestenfeld"
RULED = 3.0  # the weight a rule gives the label it sets: a team the article's words made
LONGEST = 3  # words of a ground's name
LISTING = frozenset({"and", ","})


def match_grounds(ctx: DocCtx, cands: list[Cand]) -> None:
    """Relabel FAC the names the module's doc describes."""
    if not ctx.sports or not ctx.parsed:
        return
    groups: dict[str, list[Cand]] = {}
    for c in cands:
        if c.label in ABLE or c.label == "FAC":
            groups.setdefault(ctx.norm_of(c.start, c.end), []).append(c)
    found = [(k, ms) for k, ms in groups.items() if any(_cued(ctx, c, k) for c in ms)]
    if not found:
        return  # the cheap test first
    towns = club_towns(ctx, cands)
    for key, ms in found:
        if key in towns or not _groundable(ctx, ms[0], key) or any(_club(ctx, c) for c in ms):
            continue
        for c in ms:
            if c.label in ABLE and c.src not in KEPT:
                c.label, c.weight, c.role = "FAC", max(c.weight, RULED), None


def _groundable(ctx: DocCtx, c: Cand, key: str) -> bool:
    """A name of title-case words, no club's head last, that names no country, subdivision or sizeable
    town (a small namesake town anywhere, "Old Kelby", may be the district the ground is named for)."""
    words = ctx.words[c.start : c.end]
    if len(words) > LONGEST or not all(w[:1].isupper() for w in words) or words[-1] in TEAM_HEADS:
        return False
    if words[-1] not in SITE_HEADS and (words[-1] in ORG_HEADS or words[-1].endswith("s")):
        return False  # "Kelby University", "Kelby Sharks": a body, a club's plural
    if gazetteer_label(key) or any(w in COUNTRIES for w in key.split()) or key in world().aliases:
        return False
    return all(p.kind == "city" and p.population < SMALL_TOWN for p in world().places.get(key, ()))


def _club(ctx: DocCtx, c: Cand) -> bool:
    """A mention a rule made a team, or one acting as a club ("X have signed", "joined X")."""
    return c.label == "ORG" and c.weight >= RULED or club_acts(ctx, c)


def _cued(ctx: DocCtx, c: Cand, key: str) -> bool:
    """Some words around the mention name the place a match is played (the mention no part of a
    longer name nor a modifier: "at the Kelby Memorial meeting", "in the Kelby showdown")."""
    doc, e = ctx.doc, c.end
    if X.is_modifier(doc, e) and X.low(doc, e) not in CROWDS or X.low(doc, e) in POSS or _runs_on(ctx, e):
        return False
    if X.low(doc, e) in CROWDS and not _runs_on(ctx, e + 1):
        return True  # "the Kestenfeld crowd", not "the Kestenfeld crowd Trust"
    k = c.start - 1 if X.low(doc, c.start - 1) != "the" else c.start - 2
    prep = X.low(doc, k)
    if prep in SELL_OUTS or prep == "inside":
        return True  # "a sell-out Kestenfeld", "fans inside Kestenfeld"
    if prep == "to":
        return doc[k].head.lemma_ == "return"  # "his return to Kestenfeld", "returned to X"
    known = key in world().places
    if prep == "at":  # "played at X" also tells a player's club: a town's name needs another verb
        return _staged(ctx, k, STAGED, MATCH_LEMMAS - {"play"} if known else MATCH_LEMMAS)
    if prep != "in" or known or _listed_place(ctx, c):
        return False
    return _staged(ctx, k, MATCH_NOUNS, frozenset())  # "the clash in Kestenfeld"


def _staged(ctx: DocCtx, k: int, nouns: frozenset[str], verbs: frozenset[str]) -> bool:
    """The preposition at k follows one of `nouns` or hangs on one ("killed before a final at X",
    "a draw late on at X"), or on a verb of `verbs` ("they won at X")."""
    head = ctx.toks[k].head
    if X.low(ctx.doc, k - 1) in nouns or head.lower_ in nouns:
        return True
    return head.pos_ == "VERB" and head.lemma_ in verbs


def _runs_on(ctx: DocCtx, i: int) -> bool:
    """Token i is a capitalised word or a number: the name runs on ("the Kelby Cross Challenge",
    "in Kelby 96")."""
    return i < len(ctx.words) and (ctx.words[i][:1].isupper() or ctx.words[i][:1].isdigit())


def _listed_place(ctx: DocCtx, c: Cand) -> bool:
    """The mention is listed with a place the gazetteer knows ("defeats in X and Leeds", "in Leeds,
    York and X"): a town."""
    places, n = world().places, len(ctx.words)
    if X.low(ctx.doc, c.end) == "and":  # not "in X, Dublin": a ground and its town
        e = c.end + 1
        return any(ctx.norm_of(e, e + k) in places for k in range(1, LONGEST + 1) if e + k <= n)
    if X.low(ctx.doc, c.start - 1) in LISTING:
        s = c.start - 1
        return any(ctx.norm_of(s - k, s) in places for k in range(1, LONGEST + 1) if s - k >= 0)
    return False
