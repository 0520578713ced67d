"""A town's or club's name in a team's position in a sports report, after the vote.

`sports_label` makes a town heading a score or acting in a clause a team (ORG) and one after "in"/"at"
a place (GPE); `team_position` tells that position (a result row, a score after it, a clause's subject
or object); `club_word` says when a lone word the model calls a person may be a club at all.
"""

from __future__ import annotations

from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.clubs import city
from pipeline.entities.lexicon import (
    COUNTRIES,
    LOCATIVE,
    NUMERIC,
    ORG_HEADS,
    gazetteer_label,
    is_sports_doc,
    is_table_row,
    norm,
)
from pipeline.entities.places import PLACE_NOUNS
from pipeline.entities.sport import VENUE_HEADS

IN_PLACE = LOCATIVE - {"at", "from"}  # "at X" and "from X" may name a club


def club_word(ctx: DocCtx, ms: list[Cand]) -> bool:
    """A lone word the model calls a person, in a team's position, may be a club only in a wire
    service's slugged sports report ("SOCCER - ..."), and never when listed with people."""
    return is_sports_doc(ctx.text) and not _beside_people(ctx, ms)


def _beside_people(ctx: DocCtx, ms: list[Cand]) -> bool:
    """A mention listed with people ("behind Hale, Moss and Tom Brand"): a player, not a club."""
    if not ctx.parsed:
        return False
    doc = ctx.doc
    for c in ms:
        top = doc[c.start : c.end].root
        while top.dep_ == "conj" and top.head.i != top.i:
            top = top.head
        listed, todo = [], [top]
        while todo:
            t = todo.pop()
            listed.append(t)
            todo += [k for k in t.children if k.dep_ == "conj"]
        full = [t for t in listed if t.ent_type_ == "PERSON" and t.ent_iob_ == "I"]  # "Tom Brand"
        if full and not any(c.start <= t.i < c.end for t in full):
            return True
    return False


def sports_label(ctx: DocCtx, c: Cand, key: str) -> None:
    """In sports stories a town or club name heading a score is a team (ORG), after "in"/"at" a place."""
    doc = ctx.doc
    words = key.split()
    after_locative = c.start > 0 and doc[c.start - 1].lower_ in LOCATIVE
    if after_locative and c.src == "prop" and c.label == "ORG" and city(key):  # "Madrid" of "Real Madrid"
        c.label = "GPE"  # "in Madrid": the town of a club, not the club
    if c.src == "dateline" or gazetteer_label(key) or words[0] in COUNTRIES or words[-1] in COUNTRIES:
        return
    if c.label in {"GPE", "LOC"} and not after_locative and not _in_country(ctx, c) and team_position(ctx, c):
        c.label = "ORG"
    elif c.label == "PERSON" and len(words) > 2 and city(" ".join(words[-2:])):
        c.label = "ORG"  # "Hapoel Tel Aviv": a club named with its two-word town, no person
    elif after_locative and (
        c.src == "prop" and c.label == "ORG" or c.label == "PERSON" and c.end - c.start == 1
    ):
        c.label = "GPE"
    elif c.label != "ORG" and c.end < len(doc) and NUMERIC.match(doc[c.end].text):
        c.label = "ORG" if c.end - c.start == 1 or doc[c.end - 1].text in ORG_HEADS else c.label


def _in_country(ctx: DocCtx, c: Cand) -> bool:
    """A place owned by a country ("on Australia's Gold Coast"), one of the places a noun names
    ("states like Zulia"), or listed after a place's preposition with another place ("tests in Tel
    Aviv and Chicago"; not "at X", a club's): no team."""
    owned = c.start > 1 and ctx.words[c.start - 1] in {"'s", "\u2019s"}
    if owned and norm(ctx.words[c.start - 2]) in COUNTRIES:
        return True
    root = ctx.root(c.start, c.end)
    if ctx.parsed and root.head.lower_ in {"like", "as"} and root.head.head.lemma_ in PLACE_NOUNS:
        return True  # "states like Zulia", "cities such as Millbrook": a place among places
    listed = root.dep_ == "conj" and ctx.parsed and root.head.ent_type_ in {"GPE", "LOC"}
    first = root.head.left_edge.i if listed else 0
    return first > 0 and ctx.words[first - 1] in IN_PLACE


def team_position(ctx: DocCtx, c: Cand) -> bool:
    """A place name acting as a team: heads a result row, precedes a score, or is a clause subject/object
    (not the owner of a ground)."""
    doc = ctx.doc
    if c.end < len(doc) and NUMERIC.match(doc[c.end].text):
        return True
    a, b = ctx.lines[ctx.line_of(c.start)]
    if ctx.caps[ctx.line_of(c.start)] or is_table_row(ctx.text[a:b]):
        return True
    head = doc[c.start : c.end].root
    owner = head.head.text in VENUE_HEADS  # "Seville's Olympic Stadium": the town of a ground
    return (
        head.dep_ in {"nsubj", "nsubjpass", "dobj", "conj", "pobj", "poss"}
        and head.head.pos_ != "NOUN"
        and not owner
    )
