"""Buildings named by their head word and "of": "the Museum of Tarsk History", "the Mall of Korvia",
"the Tower of Velmor" are built places (FAC), whatever body the model guessed.

`of_building` reads a name's own words: its first word a building's head that names no body as often
(not "Library of ...", "Hall of Fame", "Port of ..."), then "of" and more words, and no body's act
after it ("the Museum of Tarsk History said"). `labelfixes` asks it beside `evidence.facility_name`,
which reads a head at a name's end.
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.entities.evidence import BODY_NEXT

OF_HEADS = frozenset({"Museum", "Mall", "Palace", "Tower", "Castle", "Cathedral", "Bridge", "Fort", "Gallery",
                      "Monastery", "Shrine", "Abbey", "Pagoda"})


def of_building(doc: Doc, s: int, e: int) -> bool:
    """doc[s:e] is "<building's head> of ..." with no body's act after it."""
    if e - s < 3 or doc[s].text not in OF_HEADS or doc[s + 1].lower_ != "of":
        return False
    k = e + (e < len(doc) and doc[e].text == ",")
    return k >= len(doc) or doc[k].lower_ not in BODY_NEXT
