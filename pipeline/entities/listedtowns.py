"""A town the gazetteer has namesakes of, listed with located towns ("Kelby, Bangor and Tuxbury"):
the namesake in the list's one country, and among several there the one nearest the listed towns
(a list of towns is of one region), when it is less than half as far as any other."""

from __future__ import annotations

import math
import re
from collections.abc import Callable

from pipeline.entities.gazetteer import Place

LIST_GAP = re.compile(r"(?:, and|,| and) ")  # what joins two names of a list
GAP_SIZES = (2, 5, 6)  # ", ", " and ", ", and "
NEARER = 2.0  # times as near as every other namesake


def place_listed(
    items: list[dict], found: list[list[Place]], text: str, fields: Callable[[Place], dict]
) -> None:
    """Fill `fields(place)` in each GPE left without a place whose mention is in a list of located
    towns of one country (see the module's doc); `found`: each item's gazetteer candidates."""
    towns = [it for it in items
             if it["label"] == "GPE" and it.get("geonames_id") and it.get("latitude") is not None]
    if not towns or not text:
        return
    starts = {m["start"]: it for it in towns for m in it["mentions"]}
    ends = {m["end"]: it for it in towns for m in it["mentions"]}
    for it, places in zip(items, found, strict=True):
        cities = [p for p in places if p.kind == "city" and p.lat is not None]
        if it["label"] != "GPE" or it.get("geonames_id") or len(cities) < 2:
            continue
        near = [t for m in it["mentions"] for t in _neighbours(text, m, starts, ends)]
        countries = {t["country"] for t in near}
        if len(countries) != 1:
            continue
        pool = [p for p in cities if p.country in countries]
        chosen = (pool[0] if len(pool) == 1 else _nearest(pool, near)) if pool else None
        if chosen is not None:
            it.update(fields(chosen))


def _neighbours(text: str, m: dict, starts: dict[int, dict], ends: dict[int, dict]) -> list[dict]:
    """The located towns listed with the mention, on either side, up to the list's ends."""
    out, at = [], m["end"]
    while (gap := LIST_GAP.match(text, at)) and (town := starts.get(gap.end())) is not None:
        out.append(town)
        at = next(n["end"] for n in town["mentions"] if n["start"] == gap.end())
    at = m["start"]
    while (end := _end_before(text, at, ends)) is not None:
        town = ends[end]
        out.append(town)
        at = next(n["start"] for n in town["mentions"] if n["end"] == end)
    return out


def _end_before(text: str, at: int, ends: dict[int, dict]) -> int | None:
    """Where the located town listed right before `at` ends, or None."""
    return next((at - k for k in GAP_SIZES if at - k in ends and LIST_GAP.fullmatch(text, at - k, at)), None)


def _nearest(pool: list[Place], near: list[dict]) -> Place | None:
    """The namesake nearest the middle of the listed towns, `NEARER` times as near as any other."""
    lat = sum(t["latitude"] for t in near) / len(near)
    lon = sum(t["longitude"] for t in near) / len(near)
    scale = math.cos(math.radians(lat))

    def dist(p: Place) -> float:
        return math.hypot(p.lat - lat, (p.lon - lon) * scale)

    ranked = sorted(pool, key=dist)
    return ranked[0] if dist(ranked[0]) * NEARER < dist(ranked[1]) else None
