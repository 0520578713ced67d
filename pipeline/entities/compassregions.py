"""A region named by compass points ("the South West", "the North East", "the East Midlands") is a
part of the country the article is about, not a namesake subdivision abroad: such names mean a part
of whatever country the speaker stands in.

A name of two compass points ("South West", "North-East") or of a compass point before a common
noun's plural ("East Midlands") located as another country's subdivision, or left without any field,
and a name of compass words and common nouns the model reads as a region (LOC) that the gazetteer
knows only as another country's town ("the West End"), in an article that names no other place or
people of that country, takes the article's leading country alone, or no field when none leads by
`SET_IN` places of its own or in a sports report (see `pluralregions`, the same for "the Midlands").
Official names of one compass word ("Eastern Cape", "Central Region", "Northern Ireland"), regions
the gazetteer knows across borders ("Far East") and single compass words ("the West") are left alone.

`seats` finds constituencies named by a town and a compass word ("Kelby Central") that the model
reads as a person or a body, for `labelfixes.fix_labels` to make GPE.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from spacy.tokens import Doc

from pipeline.entities import tokens as TK
from pipeline.entities import words as W
from pipeline.entities.context import COMPASS
from pipeline.entities.gazetteer import SUBDIVISIONS, Place, surnames, world
from pipeline.entities.lexicon import gazetteer_label

SET_IN = 2  # places of the leading country the article names before a region may take it
POINTS = COMPASS | {"central"}
OPPOSITE = ({"north", "south"}, {"east", "west"})  # "North-South": a divide, no region
REGION_LABELS = frozenset({"GPE", "LOC"})


def compass_regions(
    items: list[dict], found: list[list[Place]], places: Counter, peoples: Counter, lead: Callable,
    empty: dict, sports: bool,
) -> None:
    """Give the compass-named regions located abroad, or not at all, the article's leading country
    (`places`, `peoples`, `lead`: as for `pluralregions.plural_regions`), else no field."""
    counts = places + peoples
    for it, cands in zip(items, found, strict=True):
        words = _words(it["name"])
        if it["label"] not in REGION_LABELS or not _relative(words) or _across(cands):
            continue
        country = it["country"]
        if country is None and any(it[f] is not None for f in empty):
            continue
        if not (_compass_only(words) or country is not None and _region_as_town(it, cands)):
            continue  # "Eastern Cape", "Central Region": a subdivision's own name
        if country is not None and not _abroad_part(it, cands):
            continue  # a country's own name, a town the model reads as a town
        rest = counts.copy()
        rest[country] -= it["count"]
        if country is not None and rest[country] > 0:
            continue  # "the North East" of a story that names that country's towns too
        home = None if sports else lead(rest)
        home = home if places[home] >= SET_IN else None
        if home != country or it["subdivision"] or it["geonames_id"]:
            it.update({**empty, "country": home})


def _words(name: str) -> list[str]:
    """The name's lower-case words, split at spaces and hyphens, without a leading "the"."""
    words = re.split(r"[\s\-]+", name.lower().strip())
    return words[1:] if words[:1] == ["the"] else words


def _points(words: list[str]) -> list[str]:
    return [w for w in words if w in POINTS]


def _relative(words: list[str]) -> bool:
    """Compass words and common nouns only, opening with a compass word, no two opposite points."""
    if not words or words[0] not in POINTS:
        return False
    if not all(w in POINTS or _generic(w) for w in words):
        return False
    stems = {w.removesuffix("ern") for w in _points(words)}
    return not any(pair <= stems for pair in OPPOSITE)


def _compass_only(words: list[str]) -> bool:
    """Two compass points ("north east"), or a compass point before a common noun's plural ("east
    midlands"): a part of a country, never a region across borders."""
    if len(words) != 2:
        return False
    tail = words[1]
    return len(_points(words)) == 2 or tail not in POINTS and W.plural_noun(tail) and _generic(tail)


def _generic(word: str) -> bool:
    """A common noun or its plural that names no country, region or people the gazetteer trusts
    (WordNet lists "ireland" as a noun too; "midlands" is one, though a subdivision abroad)."""
    return (W.common_noun(word) or W.plural_noun(word)) and word not in world().label


def _kinds(it: dict, cands: list[Place]) -> set[str]:
    """The kinds of the candidates the item is located as."""
    return {p.kind for p in cands if p.geonames_id == it["geonames_id"] and p.geonames_id is not None
            or p.code is not None and p.code == it["subdivision"]}


def _abroad_part(it: dict, cands: list[Place]) -> bool:
    """The item is located as a subdivision, or, read as a region (LOC), as a town."""
    kinds = _kinds(it, cands)
    return bool(kinds & SUBDIVISIONS) or it["label"] == "LOC" and "city" in kinds


def _region_as_town(it: dict, cands: list[Place]) -> bool:
    """The model reads as a region (LOC) what the gazetteer knows only as a town ("the West End")."""
    return it["label"] == "LOC" and _kinds(it, cands) == {"city"}


def _across(cands: list[Place]) -> bool:
    """The gazetteer knows the name as a continent or a region of no one country ("Far East")."""
    return any(p.kind in ("continent", "region") and not p.country for p in cands)



SEAT_ABLE = frozenset({"PERSON", "ORG"})
BODY_DEPS = frozenset({"nsubj", "nsubjpass", "poss"})  # "X said", "X's chief": a body or a person


def seats(doc: Doc, cands: list) -> set[tuple[int, int]]:
    """The spans of the candidates read as a person or a body that name a constituency or district
    (GPE): two words, a town the gazetteer knows and a compass word or "Central" ("Kelby Central",
    "Tuxbury North"), the town no given name too, and no mention of the name acting as a body or a
    person ("Tuxbury North said", "Tuxbury North's chief")."""
    shaped: dict[str, list[tuple[int, int]]] = {}
    for c in cands:
        if c.label in SEAT_ABLE and c.end - c.start == 2 and _seat_shaped(doc, c.start):
            shaped.setdefault(doc[c.start : c.end].text.lower(), []).append((c.start, c.end))
    return {se for spans in shaped.values() if not any(_acts(doc, *se) for se in spans) for se in spans}


def _seat_shaped(doc: Doc, s: int) -> bool:
    """A town's name ("Kelby", no country's or given name's) before a compass word or "Central"."""
    toks = TK.toks(doc)
    town = toks[s].lower_
    if toks[s + 1].lower_ not in POINTS or not toks[s].is_title or not toks[s + 1].is_title:
        return False
    if gazetteer_label(town) or town in surnames()[1]:
        return False  # "Jordan West": a country's name; "Sydney North": a person's
    return any(p.kind == "city" for p in world().places.get(town, ()))


def _acts(doc: Doc, s: int, e: int) -> bool:
    """The mention is a subject or an owner: a body or a person."""
    return e < len(doc) and doc[e].lower_ in ("'s", "'") or doc[e - 1].dep_ in BODY_DEPS
