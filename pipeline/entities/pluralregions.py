"""A region named by a common noun's plural ("the Midlands", "the Lakes") is the home country's
region, not a namesake subdivision abroad, in an article whose places lie in another country and
that names no other place or people of the subdivision's country."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from pipeline.entities import words as W

SET_IN = 2  # places of the leading country named before the region may take it


def plural_regions(
    items: list[dict], places: Counter, peoples: Counter, lead: Callable, empty: dict, sports: bool
) -> None:
    """Give such a region (located as a subdivision) the article's leading country alone, or no
    field when none leads by `SET_IN` places of its own or in a sports report (a visiting player's
    country as often): `places`, the countries of the article's places (no country's lone small
    town); `peoples`, of its peoples' words; `lead`, the country they name `leadcountry.LEAD` times as often
    as all others (`geo._lead`)."""
    counts = places + peoples
    for it in items:
        name = it["name"].lower()
        if not it.get("subdivision") or not _plural_noun(name):
            continue
        country = it["country"]
        rest = counts.copy()
        rest[country] -= it["count"]
        if rest[country] > 0:
            continue
        home = None if sports else lead(rest)
        home = home if places[home] >= SET_IN else None  # "the Midlands club" beside "Hamburg"
        if home != country:
            it.update({**empty, "country": home})


def _plural_noun(name: str) -> bool:
    """One word, the plural of a common English noun ("midlands", "lakes"; not "wales")."""
    return " " not in name and name.endswith("s") and W.common_noun(name[:-1]) and not W.generic_key(name)
