"""Clubs named by a place and a people ("Kelby Welsh", "Norvik Scottish"), in sports reports.

The model cuts such a name into the place (GPE) and the people (NORP). `people_clubs` reads the
article: where it names the club whole once (a body, ORG: a score line's "Kelby Welsh 20-13 Eastport"),
the place and the people side by side with the same words elsewhere are that club ("edged past Kelby
Welsh", "Kelby Welsh coach Tom Hale"): one ORG. The people's word alone is then the club's short form
where it stands as a side: a noun of its own, subject or object ("Welsh hit back", "held by Welsh",
"pressure from Welsh"), or "the" people before a team's noun ("the Welsh defence"), every time the
article writes it alone: one mention as the people ("a Welsh international") keeps them all the
people, since a name's mentions share one label.
"""

from __future__ import annotations

from pipeline.entities import context as X
from pipeline.entities.candidates import KEPT, Cand, DocCtx
from pipeline.entities.gazetteer import world
from pipeline.entities.lexicon import SPORT, gazetteer_label, norm

PLACED = frozenset({"GPE", "LOC", "ORG"})  # the place, or the team a rule made of it
ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj"})  # a noun of its own
TEAM_NOUNS = frozenset(SPORT["not_players"])  # "defence", "fans", "side": a team's, no player's


def people_clubs(ctx: DocCtx, cands: list[Cand]) -> list[Cand]:
    """`cands` with the module's clubs joined and their people's word made the club where it is one."""
    if not ctx.sports:
        return cands
    clubs = {_pair(ctx, c) for c in cands if c.label == "ORG" and c.end - c.start == 2} - {None}
    if not clubs:
        return cands  # the cheap test first
    lone = {c.start: c for c in cands if c.end - c.start == 1}
    cut = set()
    for c in cands:
        pair = (ctx.words[c.start - 1], ctx.words[c.start]) if c.start > 0 and c.end - c.start == 1 else None
        if c.label == "NORP" and pair in clubs and ctx.ws[c.start - 1] == " ":  # "[Kelby] Welsh coach"
            place = lone.get(c.start - 1)
            if place is not None and place.label in PLACED:
                cut.add(id(place))
            c.start, c.label, c.weight, c.role, c.src = c.start - 1, "ORG", max(c.weight, 3.0), None, "rule"
    cands = [c for c in cands if id(c) not in cut]
    for _, people in clubs:
        alone = [c for c in cands if c.label == "NORP" and ctx.span_text(c.start, c.end) == people]
        if alone and all(_side(ctx, c) for c in alone):  # one people's mention keeps them all the people
            for c in alone:
                c.label, c.weight, c.role = "ORG", max(c.weight, 3.0), None
    return cands


def _pair(ctx: DocCtx, c: Cand) -> tuple[str, str] | None:
    """The place and the people of a two-word body's name ("Kelby", "Welsh"), if it is one."""
    place, people = ctx.words[c.start], ctx.words[c.start + 1]
    if c.src in KEPT and c.src != "lineup" or not (place.istitle() and people.istitle()):
        return None
    if gazetteer_label(norm(people)) != "NORP" or gazetteer_label(norm(place)) not in {"GPE", None}:
        return None
    return (place, people) if norm(place) in world().places else None


def _side(ctx: DocCtx, c: Cand) -> bool:
    """The people's word stands as a side (see the module's doc)."""
    if ctx.in_caps(c.start) or not ctx.parsed:
        return False
    tok, after = ctx.toks[c.start], X.low(ctx.doc, c.end)
    if X.low(ctx.doc, c.start - 1) == "the":
        return after in TEAM_NOUNS  # "the Welsh defence"; not "the Welsh Rugby Union"
    noun_after = c.end < len(ctx.toks) and ctx.toks[c.end].pos_ in {"NOUN", "PROPN"}
    return tok.dep_ in ROLES and not noun_after
