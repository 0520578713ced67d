"""Two words for one people: a colloquial nationality word and the standard one that shares its
opening ("Aussie" and "Australian"), by the gazetteer's nationalities."""

from __future__ import annotations

from pipeline.entities.gazetteer import fold, world


def same_people(a: str, b: str) -> bool:
    """Whether `a` and `b` (folded words) are two nationality words of one country that open with the
    same three letters ("aussie", "australian"; not "english", "british")."""
    if len(a) < 4 or len(b) < 4 or a[:3] != b[:3]:
        return False
    nations = world().nationality
    country = nations.get(fold(a))
    return country is not None and country == nations.get(fold(b))
