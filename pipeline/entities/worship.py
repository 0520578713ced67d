"""Houses of worship named as places: "gathered at the Riverside Church" is a building (FAC).

A church or temple also names a body ("the Unification Church said", "donated to the Grace Church"),
so only a name after a preposition of place ("at", "outside", "inside", "near" the X Church) is the
building; a chapel, abbey, minster or basilica is one also after "in" and with no "the" ("a service
in St Anne's Chapel"); a denomination's adjective ("the Orthodox Church") or a person ("Charlotte
Church") never is.
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.entities import tokens as TK

WORSHIP_HEADS = frozenset({"Church", "Temple", "Chapel", "Abbey", "Minster", "Synagogue", "Basilica"})
BUILDING_HEADS = frozenset({"Chapel", "Abbey", "Minster", "Basilica"})  # a building, seldom a body
AT_WORDS = frozenset({"at", "outside", "inside", "near", "beside", "opposite"})
CREED_ENDS = ("ic", "an", "ist", "ox", "al")  # "Catholic", "Anglican", "Baptist", "Orthodox", "Episcopal"


def worship_site(doc: Doc, s: int, e: int) -> bool:
    """True when doc[s:e] ends in a worship head and stands after "at the" (or a like preposition)."""
    toks = TK.toks(doc)
    if e - s < 2 or toks[e - 1].text not in WORSHIP_HEADS or s < 1:
        return False
    the = toks[s - 1].lower_ == "the"
    if not (the and s > 1 and toks[s - 2].lower_ in AT_WORDS or _in_building(doc, s, e, the)):
        return False
    first = toks[s]
    if not first.text[:1].isupper() or first.ent_type_ == "NORP" or first.pos_ == "ADJ":
        return False
    return not first.lower_.endswith(CREED_ENDS)


def _in_building(doc: Doc, s: int, e: int, the: bool) -> bool:
    """A head only a building has (`BUILDING_HEADS`: "Chapel", "Abbey") after "in", "at" or a like
    preposition, "the" or not ("a service in St Anne's Chapel")."""
    k = s - 1 - the
    return doc[e - 1].text in BUILDING_HEADS and k >= 0 and doc[k].lower_ in AT_WORDS | {"in", "into"}
