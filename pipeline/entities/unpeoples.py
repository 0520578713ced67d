"""Names voted a people (NORP) that no table of peoples knows, read as a product or a firm.

The model calls many one-word brand names a people ("Windows", a firm's "-tec" or "-next"). A name
the gazetteer does not know as a nationality, a people or a people's noun is a PRODUCT when its
mentions are followed by a version or model code or a product's noun ("X XP", "X PC", "X
software", "X phones"), and an ORG when they act as a business: a firm's noun after it or its
possessive ("X shares", "X's chief executive") or a chamber's business ("a Commons debate"), a
business's description ("brewing giant X"), "in the X" (a chamber: "In the Commons, ..."),
"by" or "at" after a participle or a post ("developed by X", "a manager at X"), or a firm's act
right after it with no article before ("X said", "X bought"). Product signs must outnumber firm
signs; a firm needs one sign more than the people's. A country's name in the plural ("the two
Koreas") is that country (GPE). A people's noun the gazetteer makes of "-man"
("Scotsman") is a body, a newspaper, when a capital "The" stands before it inside a sentence or a
common noun follows it ("Scotsman journalist").
No list of names: the gazetteer, cue words and the article's own mentions.
"""

from __future__ import annotations

from collections.abc import Callable

from pipeline.entities import descriptions as D
from pipeline.entities import firms as FM
from pipeline.entities import lexicon as L
from pipeline.entities import products as PD
from pipeline.entities.candidates import Cand, DocCtx, by_key, relabel
from pipeline.entities.evidence import POSS
from pipeline.entities.gazetteer import world
from pipeline.entities.words import english_word

THING_AFTER = PD.HEADS | {"operating", "platform", "program", "programs", "worm"}
BUSINESS_AFTER = frozenset(
    {"shares", "profits", "profit", "staff", "employees", "founder", "co-founder", "headquarters",
     "executives", "customers", "subscribers", "subsidiary", "shareholders", "stock", "division", "unit"}
)  # a firm's money and people, not a party's ("Tory spokesman", "Tory leader")
CHAMBER_AFTER = frozenset({"debate", "debates", "committee", "chamber", "motion", "inquiry", "select"})
# a house of parliament's business: "a Commons debate", "the Commons select committee"; not a party's
DETS = frozenset({"the", "these", "those", "many", "some", "most", "all", "two", "young", "other"})
ACTS = PD.MAKER_VERBS | {"warn", "claim", "confirm", "admit"}  # "X said", "X bought", "X released"
PEOPLE_AFTER = frozenset({"people", "community", "communities", "population", "descent", "origin"})


def unknown_peoples(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """Relabel PRODUCT or ORG the one-word NORP names the gazetteer does not know (module's doc)."""
    if ctx.sports:
        return
    one_word = [c for c in cands if c.end - c.start == 1]  # all of a name's mentions, whatever their label
    for key, ms in by_key(ctx, one_word, key_of).items():
        if labels.get(key, ms[0].label) != "NORP":
            continue
        if world().label.get(key) is None and L.gazetteer_label(key) == "NORP":  # "Scotsman"
            if any(_titled_paper(ctx, c) for c in ms):
                relabel(ctx, ms, labels, key_of, "ORG")
            continue
        if key.endswith("s") and world().label.get(key[:-1]) == "GPE":
            relabel(ctx, ms, labels, key_of, "GPE")  # "the two Koreas": a country's plural
            continue
        if _known(key):
            continue
        votes = [_votes(ctx, c) for c in ms]
        thing, body, people = (sum(v[i] for v in votes) for i in range(3))
        if thing > body and thing > people:
            relabel(ctx, ms, labels, key_of, "PRODUCT")
        elif body > people and body > thing:
            relabel(ctx, ms, labels, key_of, "ORG")


def _known(key: str) -> bool:
    """A people, a nationality or a people's noun ("scotsman") the gazetteer knows."""
    return bool(L.gazetteer_label(key)) or key in world().peoples or key.rstrip("s") in world().peoples


def _titled_paper(ctx: DocCtx, c: Cand) -> bool:
    """A people's noun named as a body: a capital "The" inside a sentence before it ("told The
    Scotsman") or a common noun after it ("a Scotsman journalist")."""
    s, doc = c.start, ctx.doc
    the = s > 0 and ctx.words[s - 1] == "The" and not doc[s - 1].is_sent_start and not ctx.in_caps(s)
    return the or (c.end < len(doc) and doc[c.end].pos_ == "NOUN" and doc[c.end].is_lower)


def _votes(ctx: DocCtx, c: Cand) -> tuple[int, int, int]:
    """Signs of a product, of a firm and of a people around one mention (see the module's doc)."""
    words, doc, e = ctx.words, ctx.doc, c.end
    nxt = words[e] if e < len(words) else ""
    low = nxt.lower()
    prev = words[c.start - 1].lower() if c.start > 0 else ""
    if doc[c.start].tag_ == "JJ" and english_word(doc[c.start].lower_):  # "Western PC makers": a modifier
        return 0, 0, 0
    code = bool(PD.VERSION.match(nxt)) and not ctx.in_caps(e) and not L.role_word(low)  # not "X MP"
    thing = code or (nxt.islower() and low in THING_AFTER)
    owned = words[e + 1].lower() if nxt in POSS and e + 1 < len(words) else low
    after = words[e + 1 + (nxt in POSS)].lower() if e + 1 + (nxt in POSS) < len(words) else ""
    firm = owned in BUSINESS_AFTER or (owned == "chief" and after == "executive") or low in CHAMBER_AFTER
    said = e < len(doc) and doc[e].tag_ == "VBD" and doc[e].lemma_ in ACTS  # not "amid X claims"
    plural = ctx.words[c.start].endswith("s")  # "the Tories said": a party's members
    alone = e >= len(doc) or doc[e].pos_ not in {"NOUN", "PROPN"}  # "X" is the head, no "X MPs"
    post = doc[c.start - 2] if c.start > 1 else doc[c.start]
    by = (prev == "by" and post.tag_ == "VBN") or (prev == "at" and L.role_word(post.lower_))  # "head at X"
    described = D.described(ctx, c) or (c.start > 0 and doc[c.start - 1].is_lower and FM.firm_noun(prev))
    inside = prev == "the" and c.start > 1 and words[c.start - 2].lower() == "in"  # "in the X": a chamber's
    body = firm or (said and prev not in DETS and not plural) or (by or described or inside) and alone
    people = not thing and not inside and (low in PEOPLE_AFTER or (prev in DETS and plural))
    return int(thing), int(body), int(people)
