"""Teams and towns of sports reports told by the company they keep: a name listed with a team is a
team ("we could get Eastport, Real Norvik and Millbrook", "Bayern, Barcelona and Real Madrid": the
model's town, region or person of one word, or a word it missed), unless the list names a country
(national sides keep their country's label) or a person of several words; a known town the model
calls a person between a determiner and the noun it qualifies is the town ("his Millbrook rivals",
"the Eastport club"), or its team before a match's noun ("the Millbrook game"). All work on token indices.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.entities import candidates as C
from pipeline.entities import lexicon as L
from pipeline.entities import sheetmends as SM
from pipeline.entities import sheets as SH
from pipeline.entities import words as W
from pipeline.entities.appositions import POSSESSIVES
from pipeline.entities.candidates import KEPT, Cand
from pipeline.entities.clubs import city, club_town
from pipeline.entities.opponents import MATCH_NOUNS

DETERMINERS = POSSESSIVES | {"the", "a", "an"}
WEAK = frozenset({"GPE", "LOC", "PERSON", "NORP", "FAC"})
RULED = 3.0  # the weight the sports rules give a team they find


def listed_teams(ctx: C.DocCtx, cands: list[Cand]) -> list[Cand]:
    """In a sports report, relabel the one-word members of a list that holds a team (a name the model
    or the rules make an ORG of mixed case somewhere in the article, no gazetteer's) as teams: all of
    them after a strong team (`_strong`), only the cities after the model's one word ("Chelsea and
    Everton", not "Hale and Moss"); return the list's untagged capitalised words after a strong team
    as new teams."""
    if not ctx.sports or not ctx.parsed:
        return []
    doc = ctx.doc
    at = {i: c for c in cands if c.label for i in range(c.start, c.end)}
    teams = {ctx.norm_of(c.start, c.end) for c in cands if c.label == "ORG" and _team_shaped(ctx, c)}
    strong = {ctx.norm_of(c.start, c.end) for c in cands if c.label == "ORG" and _strong(ctx, c)} & teams
    people = {ctx.words[c.end - 1] for c in cands if c.label == "PERSON" and c.end - c.start > 1}
    out: list[Cand] = []
    done: set[int] = set()
    for c in cands:
        if not c.label or ctx.norm_of(c.start, c.end) not in teams or ctx.words[c.end - 1] in people:
            continue
        root = doc[c.start : c.end].root
        members = [t.i for t in root.conjuncts if not c.start <= t.i < c.end and t.i not in done]
        if not members or any(_blocks(ctx, at.get(i), i, people) for i in members) or _located(root):
            continue
        done.update(members)
        sure = ctx.norm_of(c.start, c.end) in strong
        for m in [c] + [at.get(i) or _untagged(ctx, i, sure, out) for i in members]:
            if m is not None and m.label in WEAK and m.end - m.start == 1 and m.src not in KEPT \
                    and (sure or city(ctx.norm_of(m.start, m.end))):
                m.label, m.weight, m.role = "ORG", max(m.weight, RULED), None
    return out


def _located(root: Token) -> bool:
    """The list is the object of a place's preposition ("a race in Boston or Eastport"): places."""
    first = min([root, *root.conjuncts], key=lambda t: t.i)
    return first.dep_ == "pobj" and first.head.lower_ in L.LOCATIVE


def _untagged(ctx: C.DocCtx, i: int, strong: bool, out: list[Cand]) -> None:
    """A new team for an untagged member after a strong team ("Inter, AC Milan and ..."); None."""
    if strong and _lone_word(ctx, i):
        out.append(Cand(i, i + 1, "ORG", "rule", RULED))
        ctx.take(out[-1])


def _team_shaped(ctx: C.DocCtx, c: Cand) -> bool:
    """A team by the article's own evidence, no gazetteer's: the model's ORG of one word of mixed case
    ("Juventus"; not "UEFA") or a strong one (`_strong`); outside a capitals line."""
    words = ctx.words[c.start : c.end]
    if c.src == "gaz" or ctx.in_caps(c.start) or all(w.isupper() for w in words) or "-" in words:
        return False  # "UEFA", "Henin-Hardenne"
    return (c.end - c.start == 1 and c.src == "model") or _strong(ctx, c)


def _strong(ctx: C.DocCtx, c: Cand) -> bool:
    """A team whose evidence is more than the model's word: an ORG the sports rules made one
    ("Millbrook manager": weight 3), or several words holding a city's name ("AC Milan"; not "B Hale",
    "Joy Division")."""
    multi = c.end - c.start > 1
    return c.weight >= RULED or (multi and any(city(L.norm(w)) for w in ctx.words[c.start : c.end]))


def _blocks(ctx: C.DocCtx, m: Cand | None, i: int, people: set[str]) -> bool:
    """A member that makes the list no list of clubs: a country or a people, a month or a day, a
    person of several words or the surname of one (`people`: "Barcelona and Porto and Hale" after
    "Tom Hale"), a name after an initial ("W Hale")."""
    if ctx.words[i] in L.CALENDAR or ctx.words[i] in people:
        return True  # "in June or July"
    if m is None:
        return L.norm(ctx.words[i]) in L.COUNTRIES
    key = ctx.norm_of(m.start, m.end)
    if key in L.COUNTRIES or L.gazetteer_label(key) == "NORP":  # "British and Irish Lions"
        return True
    initial = m.end - m.start > 1 and len(ctx.words[m.start]) == 1  # "W Hale" of a replacements' line
    return initial or (m.label == "PERSON" and m.end - m.start > 1)


def _lone_word(ctx: C.DocCtx, i: int) -> bool:
    """Token i is a free capitalised proper noun alone (no capitalised neighbour), no sentence's first
    word, and a word the article never writes in lower case."""
    tok, toks = ctx.toks[i], ctx.toks
    if not (tok.is_title and tok.is_alpha and tok.pos_ == "PROPN") or tok.is_sent_start or ctx.taken[i]:
        return False
    if any(0 <= j < len(toks) and toks[j].text[:1].isupper() for j in (i - 1, i + 1)):  # "USA Track"
        return False
    return tok.lower_ not in W.lower_words(ctx)


def town_modifiers(ctx: C.DocCtx, cands: list[Cand]) -> None:
    """The model's one-word person that is a town the gazetteer knows, after a determiner and before
    a lower-case noun ("his Millbrook rivals", "the Eastport athlete"): a town (GPE), no person (a
    person's name takes no "the"); in a sports report, before a match's noun ("the Millbrook game"),
    its team (ORG). Outside sports only after a possessive ("his Millbrook four-piece band", "her
    Eastport flat"; "the Jackson trial" is a person's)."""
    words, n = ctx.words, len(ctx.words)
    leads, kinds = (DETERMINERS, {"NOUN"}) if ctx.sports else (POSSESSIVES, {"NOUN", "ADJ", "NUM"})
    for c in cands:
        if c.label != "PERSON" or c.end - c.start != 1 or c.src != "model" or c.end >= n or c.start == 0:
            continue
        nxt = ctx.toks[c.end]
        if words[c.start - 1].lower() not in leads or not nxt.is_lower or nxt.pos_ not in kinds:
            continue
        if L.norm(words[c.start]) in L.world().places:  # "the Millbrook game": the team's match
            sport = ctx.sports and nxt.lower_ in MATCH_NOUNS
            c.label, c.weight = ("ORG" if sport else "GPE"), max(c.weight, RULED)


SEPARATORS = (",", "and", "&")
OWN = KEPT - {"lineup"}  # names whose label their own cue gave


def comma_teams(ctx: C.DocCtx, cands: list[Cand]) -> None:
    """In a sports report, a bare run of three names or more joined by commas or "and" that the
    parse may not read as a list ("AC Eastport, Norvik, Millbrook Rovers, Kelby."), a team-sheet
    line included, holding a club by its shape (a town of clubs after a word that is no given name:
    "Real Norvik") makes its other members clubs (ORG), unless a member is a people, a month or a
    day, a person whose name starts with a given name, or a country (`_no_club`)."""
    if not ctx.sports:
        return
    named = sorted((c for c in cands if c.label), key=lambda c: c.start)
    players = SM.player_lines(ctx, SH.sheets(ctx))  # "Subs: Hale, Moss, ...": a sheet of players
    run: list[Cand] = []
    for c in named:
        if run and not _joined(ctx, run[-1].end, c.start):
            _relabel(ctx, run, players)
            run = []
        run.append(c)
    _relabel(ctx, run, players)


def _joined(ctx: C.DocCtx, end: int, start: int) -> bool:
    """Only separators between two names ("," / "and" / ", and"), on one line."""
    gap = ctx.words[end:start]
    return 0 < len(gap) <= 2 and all(w in SEPARATORS for w in gap) and "\n" not in ctx.ws[end - 1]


def _relabel(ctx: C.DocCtx, run: list[Cand], players: set[int]) -> None:
    """Make the weak members of a run of three or more names clubs when one is a club (`_club_proof`),
    unless the run stands on a line of `players` (`sheetmends.player_lines`)."""
    if len(run) < 3 or ctx.line_of(run[0].start) in players:
        return
    proofs = sum(_club_proof(ctx, m) for m in run)
    if not proofs or any(_no_club(ctx, m, proofs) for m in run):
        return
    for m in run:  # a team sheet's line of names ("lineup") may be one of clubs
        if m.label in WEAK and m.src not in OWN:
            m.label, m.weight, m.role = "ORG", max(m.weight, RULED), None


def _club_proof(ctx: C.DocCtx, m: Cand) -> bool:
    """A club by its own shape: a town of clubs after a word that is no given name or place ("Real
    Norvik", "AC Norvik"; a model's ORG alone proves nothing: "Davenport" of a list of players)."""
    if m.end - m.start != 2 or ctx.in_caps(m.start):
        return False
    first = L.norm(ctx.words[m.start])
    if L.given_name(first) or L.gazetteer_label(first) or first in L.world().places:
        return False
    return club_town(L.norm(ctx.words[m.end - 1]))


def _no_club(ctx: C.DocCtx, m: Cand, proofs: int) -> bool:
    """A member that makes the run no list of clubs: a people, a month or a day, a person named with
    a given name first, a country unless two clubs prove the list one of clubs ("Monaco" after
    "Real Norvik" and "AC Eastport")."""
    words = ctx.words[m.start : m.end]
    key = ctx.norm_of(m.start, m.end)
    if any(w in L.CALENDAR for w in words) or L.gazetteer_label(key) == "NORP":
        return True
    if key in L.COUNTRIES and proofs < 2:
        return True
    return m.label == "PERSON" and len(words) > 1 and L.given_name(L.norm(words[0]))
