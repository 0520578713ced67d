"""A role that is only a place is no role: "in Dunstable" Mrs X reads "Dunstable" before the title,
the town where she was, not her post ("Dunstable MP" or "Wales coach" keep theirs)."""

from __future__ import annotations

from pipeline.entities.gazetteer import fold, world


def only_place(role: str | None) -> bool:
    """The role's whole text is a place the gazetteer knows ("Kettering", "East Anglia")."""
    if not role or not role[:1].isupper():
        return False
    gaz = world()
    return bool(gaz.places.get(fold(role))) and not gaz.nationality.get(fold(role))


def unplaced(role: str | None) -> str | None:
    """The role, or None when it is only a place."""
    return None if only_place(role) else role
