"""Teams and towns of sports reports told by the company they keep: a name listed with a team is a
team ("we could get Eastport, Real Norvik and Millbrook", "Bayern, Barcelona and Real Madrid": the
model's town, region or person of one word, or a word it missed), unless the list names a country
(national sides keep their country's label) or a person of several words; a known town the model
calls a person between a determiner and the noun it qualifies is the town ("his Millbrook rivals",
"the Eastport club"). All work on token indices.
"""

from __future__ import annotations

from pipeline.entities import candidates as C
from pipeline.entities import lexicon as L
from pipeline.entities import words as W
from pipeline.entities.candidates import Cand

DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my", "your"})
WEAK = frozenset({"GPE", "LOC", "PERSON", "NORP", "FAC"})
KEPT = frozenset({"lineup", "def", "cue", "dateline"})


def listed_teams(ctx: C.DocCtx, cands: list[Cand]) -> list[Cand]:
    """In a sports report, relabel the one-word members of a list that holds a team (a name the model
    or the rules make an ORG of mixed case somewhere in the article, no gazetteer's) as teams; return
    the list's untagged capitalised words as new teams."""
    if not ctx.sports or not ctx.parsed:
        return []
    doc = ctx.doc
    at = {i: c for c in cands if c.label for i in range(c.start, c.end)}
    teams = {ctx.norm_of(c.start, c.end) for c in cands if c.label == "ORG" and _team_shaped(ctx, c)}
    out: list[Cand] = []
    done: set[int] = set()
    for c in cands:
        if not c.label or ctx.norm_of(c.start, c.end) not in teams:
            continue
        root = doc[c.start : c.end].root
        members = [t.i for t in root.conjuncts if not c.start <= t.i < c.end and t.i not in done]
        if not members or any(_blocks(ctx, at.get(i), i) for i in members):
            continue
        done.update(members)
        for i in members:
            m = at.get(i)
            if m is None:
                if _lone_word(ctx, i):
                    out.append(Cand(i, i + 1, "ORG", "rule", 3.0))
                    ctx.take(out[-1])
            elif m.label in WEAK and m.end - m.start == 1 and m.src not in KEPT:
                m.label, m.weight, m.role = "ORG", max(m.weight, 3.0), None
    return out


def _team_shaped(ctx: C.DocCtx, c: Cand) -> bool:
    """The article's own ORG name of mixed case ("AC Milan", "Juventus"; not "UEFA"), outside a
    capitals line, and no gazetteer's."""
    mixed = any(not w.isupper() for w in ctx.words[c.start : c.end])
    return c.src != "gaz" and mixed and not ctx.in_caps(c.start)


def _blocks(ctx: C.DocCtx, m: Cand | None, i: int) -> bool:
    """A member that makes the list no list of clubs: a country, or a person of several words."""
    if m is None:
        return L.norm(ctx.words[i]) in L.COUNTRIES
    key = ctx.norm_of(m.start, m.end)
    return key in L.COUNTRIES or (m.label == "PERSON" and m.end - m.start > 1)


def _lone_word(ctx: C.DocCtx, i: int) -> bool:
    """Token i is a free capitalised proper noun alone (no capitalised neighbour), no sentence's first
    word, and a word the article never writes in lower case."""
    tok, toks = ctx.toks[i], ctx.toks
    if not (tok.is_title and tok.is_alpha and tok.pos_ == "PROPN") or tok.is_sent_start or ctx.taken[i]:
        return False
    if any(0 <= j < len(toks) and toks[j].is_title for j in (i - 1, i + 1)):
        return False
    return tok.lower_ not in W.lower_words(ctx)


def town_modifiers(ctx: C.DocCtx, cands: list[Cand]) -> None:
    """In a sports report, the model's one-word person that is a town the gazetteer knows, after a
    determiner and before a lower-case noun ("his Millbrook rivals", "the Eastport athlete"): a town
    (GPE), no person (a person's name takes no "the")."""
    if not ctx.sports:
        return
    words, n = ctx.words, len(ctx.words)
    for c in cands:
        if c.label != "PERSON" or c.end - c.start != 1 or c.src != "model" or c.end >= n or c.start == 0:
            continue
        nxt = ctx.toks[c.end]
        if words[c.start - 1].lower() not in DETERMINERS or not nxt.is_lower or nxt.pos_ != "NOUN":
            continue
        if L.norm(words[c.start]) in L.world().places:
            c.label, c.weight = "GPE", max(c.weight, 3.0)
