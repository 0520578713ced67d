"""A person's age inside a role phrase ("28-year-old striker", "her 12-year-old daughter", "the
74-year-old former chairman"): said of the person at the time, not of the post, so the role is read
without it ("striker", "her daughter", "former chairman"); a phrase that is only an age is no role.
Read from the phrase's words; `relationroles.kept` asks."""

from __future__ import annotations

from spacy.lang.en.lex_attrs import like_num

UNITS = frozenset({"year", "years", "month", "months", "week", "weeks"})  # "28-year-old", "18-month-old"
DASHES = ("-", "\u2010", "\u2011", "\u2013")


def ageless(words: list[str]) -> list[str] | None:
    """The role phrase's words without the ages in them, or None when nothing else is left."""
    kept = [w for w in words if not age(w)]
    return kept or None


def age(word: str) -> bool:
    """The word is an age written as one hyphened word ("28-year-old", "two-year-old", "18-month-old")."""
    low = word.lower()
    for dash in DASHES:
        parts = low.split(dash)
        if len(parts) == 3 and parts[2] == "old" and parts[1] in UNITS and like_num(parts[0]):
            return True
    return False
