"""People a sports report's rules took for bodies: "Belgium rival Ann Vale" (a firm's rival),
"Tom Hale's sister" (inside a player's title), a player the team rules read as a club, a player
listed with a person ("Keld Varga and Ivo Marsh").

Clubs named like a person are rare, so `sports_person` gives a name voted ORG back to PERSON when
its full mentions are plain personal names, one opens with a given name before a surname, one is
joined by "and" or a comma to a person's full name, or one owns a person's kin ("Hale's sister"),
and no mention reads as a team's or a body's (a score after it, "Hale manager", "Hale have").
"Who" is no sign: clubs take it ("Yeading, who beat Slough").
"""

from __future__ import annotations

from pipeline.entities import candidates as C
from pipeline.entities import context as X
from pipeline.entities import lexicon as L
from pipeline.entities import sport as S
from pipeline.entities import words as W
from pipeline.entities.candidates import Cand

HEADS = L.ORG_HEADS | S.TEAM_HEADS | S.VENUE_HEADS


def sports_person(ctx: C.DocCtx, ms: list[Cand]) -> bool:
    """A name voted ORG in a sports report that reads as a person's (see the module's doc)."""
    doc = ctx.doc
    full = [c for c in ms if c.end - c.start > 1]
    if not full or any(not C.plain_name(doc, c.start, c.end) or ctx.in_caps(c.start) for c in full):
        return False
    if ctx.norm_of(full[0].start, full[0].end) in L.world().places or any(_team_sign(ctx, c) for c in ms):
        return False
    if any(X.name_evidence(doc, c.start, c.end)[0] for c in ms):
        return False  # "Hale have", "the club Hale"
    return any(_kin_owner(ctx, c) for c in ms) or any(_given_first(ctx, c) or _listed(ctx, c) for c in full)


def _listed(ctx: C.DocCtx, c: Cand) -> bool:
    """Two plain words, no common noun unless a census name (a surname last), joined
    by a comma or "and" to a name of several words the model tags a person ("Ivo Marsh and Keld
    Varga", "Keld Varga, Ivo Marsh"): a list of players, whatever census lists know the given name."""
    first, last = L.fold(ctx.words[c.start]), ctx.toks[c.end - 1].lower_
    if c.end - c.start != 2 or W.generic_plural(last) or first in X.COMPASS:
        return False  # "West Kelby and Tom Hale": a compass point opens a place's or a club's name
    if W.generic_key(first) and not L.census_name(first) or W.generic_key(last) and not L.surname(last):
        return False  # "Crystal Palace", "Golden Lions"
    return _person_at(ctx, c.end + 1, 1) or _person_at(ctx, c.start - 2, -1)


def _person_at(ctx: C.DocCtx, k: int, step: int) -> bool:
    """The join word before (step 1) or after (step -1) token k is "and" or a comma, and token k ends
    (or opens) a span of two or more words the model tags PERSON."""
    doc, join = ctx.doc, k - step
    if not (0 <= k < len(doc) and 0 <= join < len(doc)) or ctx.words[join] not in {",", "and"}:
        return False
    if doc[k].ent_type_ != "PERSON":
        return False
    inner = doc[k + 1] if step > 0 and k + 1 < len(doc) else doc[k]
    return inner.ent_type_ == "PERSON" and inner.ent_iob_ == "I"


def _kin_owner(ctx: C.DocCtx, c: Cand) -> bool:
    """The mention owns a person's kin or life ("Hale's sister", "Hale's career")."""
    poss = c.end + 1 < len(ctx.words) and ctx.words[c.end] in {"'s", "\u2019s", "'"}
    return poss and bool(X.possessed(ctx.doc, c.end) & L.PERSON_POSSESSED)


def _given_first(ctx: C.DocCtx, c: Cand) -> bool:
    """A census given name, place names and common words allowed ("Kim", "Taylor"), before a
    surname that is no common noun's plural, and no common noun unless a census surname ("Taylor
    Dent"; not "Crystal Palace", "Sunday Times", "Bradford Bulls", "Northam Saints")."""
    last = ctx.toks[c.end - 1].lower_
    if not L.census_given(L.fold(ctx.words[c.start])):
        return False
    return not W.generic_plural(last) and (not W.generic_key(last) or L.surname(last))


def _team_sign(ctx: C.DocCtx, c: Cand) -> bool:
    """A team's or a body's word at the mention: a club's head last ("Nelson Town"), a number after
    it ("Hale 2"), or a team's role noun after it or its possessive ("Hale manager", "Hale's striker")."""
    if ctx.words[c.end - 1] in HEADS:
        return True
    nxt = S.word_after(ctx, c.end)
    return bool(L.NUMERIC.match(nxt)) or nxt.lower() in S.TEAM_ROLES
