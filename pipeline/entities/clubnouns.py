"""Clubs told by the noun they follow or the head word the model left out, in sports reports.

`noun_clubs` makes a name right after the noun "club" or "side" a club (ORG), whatever place or
person the model called it, and `noun_club_cands` the capitalised words it left untagged there:
"the Kelvish club Vitoria Eastport", "Premiership side Millbrook", "his old club Northam" (not a
country: "a Norvia side" is the nation's). A name the noun's
relative clause opens ("the club Tom Hale joined") is no club. `headed_towns` takes in
a club's head word the model left out after a town ("Millbrook [United]", "Eastport [Rovers]"):
the two words are the club, not the town.
"""

from __future__ import annotations

from pipeline.entities.candidates import KEPT, Cand, DocCtx
from pipeline.entities.gazetteer import world
from pipeline.entities.lexicon import COUNTRIES, SPORT, gazetteer_label, norm
from pipeline.entities.words import FINITE_TAGS

NOUNS = frozenset({"club", "side"})
MOST = 4  # words of a club's name at most ("Enosis Neon Kelby")
PLACE_LIKE = frozenset({"GPE", "LOC", "PERSON", "FAC", "NORP"})
TEAM_HEADS = frozenset(SPORT["team_heads"])
DETERMINERS = frozenset({"the", "a", "an", "that", "this", "every", "any", "which"})


def noun_clubs(ctx: DocCtx, cands: list[Cand]) -> None:
    """In a sports report, a name after "club" or "side" (no hyphen before it: "open-side Tom Hale")
    that is no country nor people and no subject of a clause is a club (ORG)."""
    if not ctx.sports:
        return
    for c in cands:
        if c.label not in PLACE_LIKE or c.src in KEPT or c.start < 2 or ctx.in_caps(c.start):
            continue
        if ctx.words[c.start - 1] not in NOUNS or ctx.words[c.start - 2] in {"-", "\u2013"}:
            continue
        key = norm(ctx.doc[c.start : c.end].text)
        if key in COUNTRIES or gazetteer_label(key) or _subject(ctx, c):
            continue
        c.label, c.weight, c.role = "ORG", max(c.weight, 3.0), None


def noun_club_cands(ctx: DocCtx, cands: list[Cand]) -> list[Cand]:
    """In a sports report, capitalised words the model left untagged after "club" or "side" ("the
    Premiership side Kelby Athletic were held"): a club (ORG), on the same tests as `noun_clubs`."""
    if not ctx.sports:
        return []
    covered = {i for c in cands for i in range(c.start, c.end)}
    out, n = [], len(ctx.words)
    for i in range(2, n):
        if ctx.words[i - 1] not in NOUNS or ctx.words[i - 2] in {"-", "\u2013"} or i in covered:
            continue
        e = i
        while e < n and e - i < MOST and _untagged_capital(ctx, e, covered) and "\n" not in ctx.ws[e - 1]:
            e += 1
        s = i + 1 if ctx.words[i] == "The" else i  # "side The Hawks": the nickname's article
        if e <= s or e < n and ctx.words[e][:1].isupper() or ctx.in_caps(i):
            continue
        c = Cand(s, e, "ORG", "rule", 3.0)
        key = norm(ctx.doc[s:e].text)
        if not (key in COUNTRIES or gazetteer_label(key) or _subject(ctx, c)):
            out.append(c)
    return out


def _untagged_capital(ctx: DocCtx, i: int, covered: set[int]) -> bool:
    """Token i is a capitalised word of letters that no name covers and the model left untagged."""
    tok = ctx.toks[i]
    return i not in covered and tok.is_title and tok.is_alpha and not tok.ent_type_


def _subject(ctx: DocCtx, c: Cand) -> bool:
    """The name opens a relative clause on the noun: a verb follows it and only a determiner comes
    before the noun ("the club Tom Hale joined", "a side Northam beat"; not "his old club Northam
    had let him go")."""
    verb = c.end < len(ctx.toks) and ctx.toks[c.end].tag_ in FINITE_TAGS
    return verb and ctx.words[c.start - 2].lower() in DETERMINERS


def headed_towns(ctx: DocCtx, cands: list[Cand]) -> None:
    """In a sports report, a town's name of one or two words followed by a club's head word no name
    covers ("Millbrook United", "Eastport Rovers"), the two no place themselves ("Salt Lake City"),
    is the club: the name takes in the head (ORG)."""
    if not ctx.sports:
        return
    covered = {i for c in cands for i in range(c.start, c.end)}
    places, n = world().places, len(ctx.words)
    for c in cands:
        e = c.end
        if e >= n or ctx.words[e] not in TEAM_HEADS or e in covered or ctx.ws[e - 1] != " ":
            continue
        if c.src in KEPT or c.end - c.start > 2 or ctx.in_caps(c.start):
            continue
        town = norm(ctx.doc[c.start : e].text)
        if town in places and norm(ctx.doc[c.start : e + 1].text) not in places:
            c.end, c.label, c.weight, c.role = e + 1, "ORG", max(c.weight, 3.0), None
            covered.add(e)
