"""Houses of worship named as places: "gathered at the Riverside Church" is a building (FAC).

A church or temple also names a body ("the Unification Church said", "donated to the Grace Church"),
so only a name after a preposition of place ("at", "outside", "inside", "near" the X Church) is the
building; a denomination's adjective ("the Orthodox Church") or a person ("Charlotte Church") never is.
"""

from __future__ import annotations

from spacy.tokens import Doc

WORSHIP_HEADS = frozenset({"Church", "Temple", "Chapel", "Abbey", "Minster", "Synagogue", "Basilica"})
AT_WORDS = frozenset({"at", "outside", "inside", "near", "beside", "opposite"})
CREED_ENDS = ("ic", "an", "ist", "ox", "al")  # "Catholic", "Anglican", "Baptist", "Orthodox", "Episcopal"


def worship_site(doc: Doc, s: int, e: int) -> bool:
    """True when doc[s:e] ends in a worship head and stands after "at the" (or a like preposition)."""
    if e - s < 2 or doc[e - 1].text not in WORSHIP_HEADS or s < 2:
        return False
    if doc[s - 1].lower_ != "the" or doc[s - 2].lower_ not in AT_WORDS:
        return False
    first = doc[s]
    if not first.text[:1].isupper() or first.ent_type_ == "NORP" or first.pos_ == "ADJ":
        return False
    return not first.lower_.endswith(CREED_ENDS)
