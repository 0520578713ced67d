"""What an article's words say about where one of its places is.

A place followed by ", <country or state>" ("St Thomas, Jamaica", "Holland, Michigan") lies in that
country; a place right after ", " that follows a town ("Atlanta, Georgia", "Tbilisi, Georgia") lies in
the town's country. A name read as a nation ("Irakli Labadze of Georgia", "Ana Ruiz (Georgia)",
"Georgia's president") is a country, not a subdivision of the same name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.entities.gazetteer import SUBDIVISIONS, Place, fold, world
from pipeline.entities.lexicon import CUES

NAME = r"[A-Z][\w'\u2019.-]*(?: [A-Z][\w'\u2019.-]*){0,2}"
AFTER = re.compile(rf",[ \t]+(?:the )?({NAME})")
BEFORE = re.compile(rf"({NAME}),[ \t]+$")
WITHIN = re.compile(rf"(?:(?:,| and| or) {NAME})*,? (?:in|near|outside) (?:the )?")  # "X and Y in Leeds"
SENTENCE_REACH = 400  # characters back to look for a sentence's start
SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019]?\s|\n")
OWNED = re.compile(r"\bthe (?:city|town|capital|village)['\u2019]s $")  # "the city's X"
PLACE_BEFORE = re.compile(r"\b(?:in|at|near|outside|on|from|to|into)(?: the)? $")
SITES = "|".join(n for n, label in CUES["class_nouns"].items() if label != "ORG")  # "stadium", "lake"
SITE_AFTER = re.compile(rf" (?:{SITES})\b")
PLACE_NOUNS = "island|islands|region|province|state|county|district|town|city|village|resort|port|enclave"
NATION_OF = re.compile(rf"\bthe ({NAME}) (?:{PLACE_NOUNS}) of $")  # "the Thai island of X"
LISTED = re.compile(r"[ \t]*(?:,|and\b|or\b|&)[ \t]*[A-Z]")  # "Paris, Amsterdam and Lisbon": a list
# A nation's offices and teams after its possessive: "Georgia's president", "Georgia's national team"
NATION_HEADS = re.compile(
    r"['\u2019]s? (?:former |new |then )?(?:" + "|".join(map(re.escape, CUES["nation_heads"])) + r")\b")


def _prefixes(name: str) -> Iterable[str]:
    words = name.split(" ")
    for n in range(len(words), 0, -1):
        yield fold(" ".join(words[:n]).rstrip(".'\u2019"))


def _lookup(name: str, kinds: frozenset[str]) -> set[str]:
    """The countries of the longest prefix of `name` that the gazetteer holds as one of `kinds`."""
    gaz = world()
    for key in _prefixes(name):
        found = {p.country for p in gaz.places.get(key, ()) if p.kind in kinds and p.country}
        if found:
            return found
    return set()


AREAS = frozenset({"country", *SUBDIVISIONS})
TOWNS = frozenset({"city", *SUBDIVISIONS})


def near_countries(text: str, mentions: list[dict], places: list[Place]) -> set[str]:
    """Countries the mentions' own words put this place in: a country or state after a comma, or a
    town before one; only those among the candidates' countries (a list of countries, "France,
    Italy, Georgia", says nothing of where Georgia is)."""
    ours = {p.country for p in places}
    out = countries_after(text, mentions) & ours
    for m in mentions:
        before = BEFORE.search(text, max(0, m["start"] - 40), m["start"])
        if before and not LISTED.match(text, m["end"]) and not text[: before.start(1)].endswith(", ") \
                and not any(p.kind == "country" for p in world().places.get(fold(before[1]), ())):
            out |= _lookup(before[1], TOWNS) & ours
    return out


def countries_after(text: str, mentions: list[dict]) -> set[str]:
    """The countries of a country or state named after a comma right after a mention ("X, Ghana")."""
    return {c for m in mentions if (after := _qualifier(text, m["end"])) for c in _lookup(after, AREAS)}


def _qualifier(text: str, end: int) -> str | None:
    """The name after a comma right after offset `end`, unless a list goes on after it."""
    after = AFTER.match(text, end)
    return after[1] if after and not LISTED.match(text, after.end(1)) else None


def outside_country(text: str, mentions: list[dict], places: list[Place]) -> str | None:
    """The country of the country or state named after a comma behind a town with no candidate there
    ("Ashfield, Nottinghamshire"): the place is in that country, though the gazetteer does not know it."""
    if any(p.kind in {"country", "continent", "region"} for p in places):
        return None  # "Holland, Belgium": a list of countries
    for m in mentions:
        if after := _qualifier(text, m["end"]):
            found = _lookup(after, AREAS)
            if len(found) == 1:
                return next(iter(found))
    return None


def within(text: str, mentions: list[dict], countries_at: dict[int, str]) -> str | None:
    """The country of the located place (`countries_at`: country by a mention's start) named after
    "in", "near" or "outside" right after a mention, or after a list it opens ("Kelby Green in Leeds",
    "Ashby and Kelby in Leeds")."""
    for m in mentions:
        site = SITE_AFTER.match(text, m["end"])  # "the Kelby hotel in Leeds"
        found = WITHIN.match(text, site.end() if site else m["end"])
        if found and (country := countries_at.get(found.end())):
            return country
    return None


def owner_town(text: str, mentions: list[dict], countries_at: dict[int, str]) -> str | None:
    """The country of the located place named last before a mention after "the city's" ("died in
    Paris ... his grave at the city's Pere Kelby")."""
    for m in mentions:
        if OWNED.search(text, max(0, m["start"] - 20), m["start"]):
            before = [k for k in countries_at if k < m["start"]]
            if before:
                return countries_at[max(before)]
    return None


def nation_of(text: str, mentions: list[dict]) -> str | None:
    """The country of the nationality adjective in "the <nationality> island of" (region, province,
    resort ...) right before a mention ("the Thai island of X")."""
    nationality = world().nationality
    for m in mentions:
        found = NATION_OF.search(text, max(0, m["start"] - 60), m["start"])
        if found and (country := nationality.get(fold(found[1]))):
            return country
    return None


def placed(text: str, mentions: list[dict]) -> bool:
    """Some mention reads as a place: a preposition of place before it ("in the Tamsa Valley", "at
    Kelby") or a site's noun after it ("its Kelby stadium"); a head word alone is not enough (the
    "Downing Street" of a story set abroad)."""
    for m in mentions:
        if PLACE_BEFORE.search(text, max(0, m["start"] - 12), m["start"]) or SITE_AFTER.match(text, m["end"]):
            return True
    return False


def as_nation(text: str, mentions: list[dict], person_ends: set[int]) -> bool:
    """A mention reads as a nation: "<person> of X", "<person> (X)", "X's president"."""
    for m in mentions:
        start = m["start"]
        head = text[max(0, start - 24) : start]
        for lead in (" of ", " of the Republic of ", " (", " of the "):
            if head.endswith(lead) and start - len(lead) in person_ends:
                return True
        if NATION_HEADS.match(text, m["end"]):
            return True
    return False


def sentence_country(text: str, mentions: list[dict], at: dict[int, str], venue: bool) -> str | None:
    """The one country of the located places (`at`: country by a mention's start) of the
    sentence of a mention that reads as a place ("troops fired on protesters in X" of a sentence
    naming only China and Beijing); with `venue`, only after "at" ("at X", not "to X")."""
    for m in mentions:
        if not placed(text, [m]) or (venue and text[max(0, m["start"] - 3) : m["start"]] != "at "):
            continue
        first = max(0, m["start"] - SENTENCE_REACH)
        start = max((e.end() for e in SENTENCE_END.finditer(text, first, m["start"])), default=first)
        end = SENTENCE_END.search(text, m["end"])
        stop = end.start() if end else len(text)
        found = {c for k, c in at.items() if start <= k < stop}
        if len(found) == 1:
            return found.pop()
    return None
