"""Other names of the gazetteer's places, for the geographic fields of a name the text labels a place.

The gazetteer's names (`Gazetteer.places`) label text; the names here only locate a name the model
or the rules already call a place and the gazetteer otherwise does not know (`Gazetteer.aliases`,
read by `geo` after every other look-up has failed), so a wrong alias can misplace a place but never
make a place of a word. Built from the same packages, no list of places:

- GeoNames' alternate names of cities of at least `ALIAS_POPULATION` people ("Kiev" for Kyiv,
  "Bombay" for Mumbai, "Seville" for Sevilla): the English names of cities of countries whose first
  language is not English, never over a name of the gazetteer (an English-speaking country's cities
  go by their own names; their alternates are nicknames and old names other towns bear:
  "Twickenham", "Park City");
- the accent-free and German-transliterated forms of every city ("Armentieres", "Ruesselsheim",
  "Trollhaettan") and the short form of every qualified name ("Hanau" of "Hanau am Main");
- the parts of a country's or subdivision's name joined by "and" ("Bosnia" of "Bosnia and
  Herzegovina", "Kashmir" of "Jammu and Kashmir");
- a subdivision's name without its generic word: the last word when it ends at least `GENERIC_MIN`
  names of one country's subdivisions ("Fujian" of "Fujian Sheng"), the compass word before it
  ("Darfur" of "North Darfur", "Lanarkshire" of "South Lanarkshire": a region of that country,
  which `geo` trusts only where the article names that country by other places).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.entities.gazetteer import Gazetteer, Place

ALIAS_POPULATION = 100_000  # smaller towns' alternate names are often other towns' names
GENERIC_MIN = 3  # "Sheng" ends 22 Chinese provinces' names; "Island" ends a few, "Bay" one
COMPASS = re.compile(r"^(?:North|South|East|West|Central|Upper|Lower|Northern|Southern|Eastern|Western)"
                     r"(?:[- ](?:East|West|North|South)(?:ern)?)? (?P<rest>.+)$")
UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})
ALTERNATE = re.compile(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*")  # "Kiev", "Pusan", "Port Said": Latin, capitalised


def add_alias(gaz: Gazetteer, name: str, place: Place, fresh: bool = False) -> None:
    """`name` locates `place` unless the gazetteer's other tiers hold it (or, if `fresh`, it already
    locates another place). Call once those tiers are complete."""
    from pipeline.entities.gazetteer import ascii_fold, fold

    for key in {fold(name), fold(ascii_fold(name))} if not name.isascii() else (fold(name),):
        _put(gaz, key, place, fresh)


def _put(gaz: Gazetteer, key: str, place: Place, fresh: bool) -> None:
    if dict.__contains__(gaz.places, key) or dict.__contains__(gaz.label, key) or key in gaz.located:
        return
    found = gaz.aliases.setdefault(key, [])
    if not found or (not fresh and place not in found):
        found.append(place)


@cache
def english_countries() -> frozenset[str]:
    """Countries whose first language is English (countryinfo)."""
    from pipeline.entities.gazetteer import _countryinfo

    return frozenset(iso for iso, row in _countryinfo().items() if (row.get("languages") or [""])[0] == "en")


def wanted(place: Place) -> bool:
    """A city whose other names are wanted: not ASCII, qualified, or big outside English-speaking
    countries."""
    name = place.name
    big = place.population >= ALIAS_POPULATION and place.country not in english_countries()
    return big or not name.isascii() or bool(_qualified(name))


def _qualified(name: str) -> str | None:
    from pipeline.entities.gazetteer import QUALIFIED

    short = QUALIFIED.match(name)
    return short["short"] if short and len(short["short"]) > 3 else None


def city_aliases(gaz: Gazetteer, cities: Iterable[tuple[Place, list[str]]]) -> None:
    """Alternate names of big cities outside English-speaking countries; transliterated and short
    forms of every city (module doc)."""
    for place, alternates in cities:
        name = place.name
        if not name.isascii():
            add_alias(gaz, name.translate(UMLAUTS), place)
        if short := _qualified(name):
            add_alias(gaz, short.translate(UMLAUTS), place)
        if place.population >= ALIAS_POPULATION and place.country not in english_countries():
            for alt in alternates:
                if len(alt) > 3 and alt.isascii() and alt[0].isupper() and ALTERNATE.fullmatch(alt):
                    _put(gaz, alt.casefold(), place, fresh=True)  # letters only: its own key


def joined_parts(gaz: Gazetteer, name: str, place: Place) -> None:
    """Each part of a name joined by "and" ("Bosnia", "Herzegovina"; "Trinidad", "Tobago")."""
    from pipeline.entities.gazetteer import BRACKETS

    parts = [p.strip() for p in re.split(r",| and | & ", BRACKETS.sub("", name))]
    if len(parts) > 1:
        for part in parts:
            if len(part) > 3 and part[:1].isupper():
                add_alias(gaz, part, place)


def subdivision_aliases(gaz: Gazetteer, subdivisions: list[dict], countries: dict[str, Place]) -> None:
    """Subdivision names without their generic word, and the regions named after compass words
    (module doc); the parts of names joined by "and"; the parts of countries' names too."""
    from pipeline.entities.gazetteer import BRACKETS, Place

    for country in countries.values():
        joined_parts(gaz, country.name, country)
    ends = Counter((s["code"][:2], s["name"].rsplit(" ", 1)[-1]) for s in subdivisions if " " in s["name"])
    regions: set[tuple[str, str]] = set()
    for s in subdivisions:
        name, iso = BRACKETS.sub("", s["name"]).strip(), s["code"][:2]
        place = Place(name, "admin2" if "parent" in s else "admin1", iso, s["code"])
        head, _, last = name.rpartition(" ")
        if head and (last.islower() or ends[iso, last] >= GENERIC_MIN) and len(head) > 3:
            add_alias(gaz, head, place)  # "Fujian" of "Fujian Sheng"
        joined_parts(gaz, name, place)
        if (m := COMPASS.match(name)) and len(m["rest"]) > 3:
            regions.add((m["rest"], iso))
    for rest, iso in regions:
        add_alias(gaz, rest, Place(rest, "region", iso))
