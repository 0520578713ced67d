"""Clubs and sports bodies the model took for people, told by their own names, in sports reports.

`marked_clubs` makes a town's name with a club's capital mark after it ("Linz AK", "Kelby SV",
"Norvik RFC") that the model took for a person, a ground or a people a club (ORG): no person's name
ends in such a mark but a title ("Tom Hale QC") or a numeral ("Ivo Hale III"), none opens with a
given name ("Ann SK"), and a place stays ("Kelby NFL" is a town and a league). `organisers` makes a
one-word person the article also writes as the first word of a competition (EVENT: "Kelfa" beside
"the Kelfa Cup") the body behind it (ORG), unless it is a census name ("Davis" of "the Davis Cup")
or a common word ("Sevens" of "the Sevens World Cup").
"""

from __future__ import annotations

import re

from pipeline.entities import lexicon as L
from pipeline.entities.candidates import KEPT, Cand, DocCtx
from pipeline.entities.words import lower_words, plural_noun

MARK = re.compile(r"^[A-Z]{2,4}$")  # "AK", "SV", "RFC"
NUMERAL = re.compile(r"^[IVXLC]+$")  # "III", "XV"
RULED = 3.0  # the weight a rule gives the label it sets
PEOPLE_LIKE = frozenset({"PERSON", "FAC", "NORP"})


def marked_clubs(ctx: DocCtx, cands: list[Cand]) -> None:
    """In a sports report, a person, ground or people named with a club's capital mark last: a club."""
    if not ctx.sports:
        return
    for c in cands:
        if c.label not in PEOPLE_LIKE or c.src in KEPT or c.end - c.start < 2 or ctx.in_caps(c.start):
            continue
        if marked(ctx.words[c.start : c.end]):
            c.label, c.weight, c.role = "ORG", max(c.weight, RULED), None


def marked(words: list[str]) -> bool:
    """The words end in a club's capital mark, no title or numeral, after no given name."""
    mark, first = words[-1], words[0]
    if not MARK.match(mark) or NUMERAL.match(mark) or L.is_title(L.fold(mark)):
        return False
    return first.istitle() and first.isalpha() and not L.given_name(L.norm(first))


def organisers(ctx: DocCtx, cands: list[Cand]) -> None:
    """In a sports report, a one-word person that opens a competition's name of the article, and is
    no census name or common word: the body behind it (ORG)."""
    if not ctx.sports:
        return
    firsts = {L.norm(ctx.words[c.start]) for c in cands if c.label == "EVENT" and c.end - c.start > 1}
    if not firsts:
        return
    for c in cands:
        if c.label != "PERSON" or c.src in KEPT or c.end - c.start != 1:
            continue
        key = L.norm(ctx.words[c.start])
        if key in firsts and ctx.words[c.start].isalpha() and not (L.census_name(key) or _common(ctx, key)):
            c.label, c.weight, c.role = "ORG", max(c.weight, RULED), None


def _common(ctx: DocCtx, key: str) -> bool:
    """A common word: a plural of a noun ("Sevens" of "the Sevens World Cup") or one the article
    writes in lower case."""
    return plural_noun(key) or key in lower_words(ctx)
