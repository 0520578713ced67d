"""Clubs named by a plural nickname the model took for a person or a ground, in sports reports: "sacked by
Hornets", "a win over Falcons", "Kestrels captain Tom Hale", "Magpies beat Eastport".

`plural_clubs` makes the model's one-word person, ground or thing (PERSON, FAC, LAW, PRODUCT, WORK_OF_ART) a
club (ORG) when the word is the plural of a common English noun ("Hornets", "Wolves") that is no census name
("Mills", "Burns"), no place, no word the article writes in lower case ("Matches to be played"), nor, for a
thing, a sentence's first word ('"Athletes need rest"'), and it stands where a side does: a side of a match
(`matchclubs.side_of_match`, `opponents.opponent`), what a club does (`clubs.club_acts`), the subject of a
finite verb, the object of a preposition a club follows ("by", "at", "for", "from", "with", "against", "over",
"to"; no "the" between: "from the Valleys" is a region), before a player's role or position, or joined to a
club or a city by "and" ("Millbrook and Kestrels are chasing him").
"""

from __future__ import annotations

from pipeline.entities import clubplayers as CP
from pipeline.entities.candidates import KEPT, Cand, DocCtx
from pipeline.entities.clubs import city, club_acts
from pipeline.entities.lexicon import SPORT, census_name, gazetteer_label, norm
from pipeline.entities.matchclubs import side_of_match
from pipeline.entities.opponents import opponent
from pipeline.entities.words import FINITE_TAGS, lower_words, plural_noun

ABLE = frozenset({"PERSON", "FAC", "LAW", "PRODUCT", "WORK_OF_ART"})  # "against the Ospreys" a law
PREPS = frozenset({"by", "at", "for", "from", "with", "against", "over", "to"})
ROLES = frozenset(SPORT["team_roles"])
THINGS = ABLE - {"PERSON", "FAC"}  # the model's odd guesses, never at a sentence's opening


def plural_clubs(ctx: DocCtx, cands: list[Cand]) -> None:
    """In a sports report, the model's one-word person or ground that is a nickname's plural standing
    where a side does: a club (ORG)."""
    if not ctx.sports or not ctx.parsed:
        return
    clubs = {c.start for c in cands if c.label == "ORG"}
    for c in cands:
        if c.label not in ABLE or c.src in KEPT or c.end - c.start != 1 or ctx.in_caps(c.start):
            continue
        if c.label in THINGS and _opens(ctx, c.start):
            continue  # '"Athletes need to stay focused"': a sentence's common noun
        if _nickname(ctx, c.start) and _side(ctx, c, clubs):
            c.label, c.weight, c.role = "ORG", max(c.weight, 3.0), None


def _opens(ctx: DocCtx, i: int) -> bool:
    """The word opens a sentence, or a quote that does."""
    tok = ctx.toks[i]
    return tok.is_sent_start or i > 0 and ctx.toks[i - 1].is_quote and ctx.toks[i - 1].is_sent_start


def _nickname(ctx: DocCtx, i: int) -> bool:
    """A capitalised plural of a common noun, no census name, place or lower-case word of the article."""
    word = ctx.words[i]
    if not (word.istitle() and word.isalpha() and len(word) > 3) or word.endswith("ss"):
        return False
    low = word.lower()
    if census_name(low) or gazetteer_label(norm(word)) or low in lower_words(ctx):
        return False
    return plural_noun(low)


def _side(ctx: DocCtx, c: Cand, clubs: set[int]) -> bool:
    """The word stands where a side does (see the module's note)."""
    tok = ctx.toks[c.start]
    if side_of_match(tok, after_the=True) or opponent(ctx, c) or club_acts(ctx, c):
        return True
    if tok.dep_ == "nsubj" and tok.head.tag_ in FINITE_TAGS:
        return True  # "Hornets took the lead"
    if tok.dep_ == "pobj" and tok.head.lower_ in PREPS:
        return ctx.words[c.start - 1].lower() != "the"  # "sacked by Hornets"; not "up from the Valleys"
    nxt = ctx.words[c.end].lower() if c.end < len(ctx.words) else ""
    if nxt in ROLES or CP.position(ctx, c.end):
        return True  # "Kestrels captain Tom Hale"
    partners = [k for k in tok.children if k.dep_ == "conj"] + [tok.head] * (tok.dep_ == "conj")
    return any(p.i in clubs or p.is_title and city(norm(p.text)) for p in partners)  # "Kelby and Kestrels"
