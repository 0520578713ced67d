"""English names of subdivisions known locally by other names ("Bavaria" for Bayern, "Crete" for
Kriti, "Normandy", "Catalonia", "Sicily", "Flanders").

ISO 3166-2 names subdivisions in their own languages; the `iso3166-2` package (MIT) adds, per
subdivision, its other names tagged by language ("Bavaria (eng), Free State of Bavaria (eng)").
Its data file is read directly (the package is not imported). Only the English names of
subdivisions of countries whose first language is not English are kept: in English-speaking
countries the tagged names are nicknames ("Gopher State", "Second City"). A kept name must read
as a place name (`_usable`); `gazetteer._exonyms` then skips the names it already holds and common
words, and lets a given name only locate. The names are places like the local ones: they label a
name only where the text reads as a place (`entities.places`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from importlib.util import find_spec
from pathlib import Path

import msgspec

MAX_WORDS = 3
ENGLISH = re.compile(r"([^,()]+?) \(eng\)")
COMPASS = re.compile(r"(?:north|south)?(?:east|west)?(?:ern)?|north|south|central|centre|center")
STEM = 3  # "Nor" of Nordrhein-Westfalen and North Rhine-Westphalia
SOUNDS = str.maketrans("kv", "cf")  # "Crete" of Kriti, "Flanders" of Vlaanderen
NAME = re.compile(r"[A-Z][a-z]+(?:[ -](?:[A-Z][a-z]+|and|of|de|del|du))*")  # "Castile and Leon"


class _Sub(msgspec.Struct):
    name: str = ""
    localOtherName: str | None = None  # noqa: N815 (the package's field names)
    parentCode: str | None = None  # noqa: N815


def _data() -> dict[str, dict[str, _Sub]]:
    """The package's subdivisions by country code (the two fields read here, the rest skipped), or
    nothing when the package is absent."""
    spec = find_spec("iso3166_2")
    if spec is None or spec.origin is None:
        return {}
    raw = (Path(spec.origin).parent / "iso3166-2.json").read_bytes()
    return msgspec.json.decode(raw, type=dict[str, dict[str, _Sub]])


def english_names(english: frozenset[str]) -> Iterator[tuple[str, str, str, bool]]:
    """(English name, country code, subdivision code, has a parent) for each usable English name of a
    subdivision of a country not in `english`."""
    for iso, subs in _data().items():
        if iso in english:
            continue
        for code, sub in subs.items():
            others = sub.localOtherName or ""
            own = _words(sub.name) | _words(ENGLISH.sub("", others))
            for found in ENGLISH.finditer(others):
                name = found.group(1).strip().strip("'")
                if _usable(name, own):
                    yield name, iso, code, bool(sub.parentCode)


def tagged_names() -> Iterator[tuple[str, str, str]]:
    """(English name, country code, subdivision code) of every English-tagged name of a first-level
    subdivision, unfiltered ("Tibet" of Xizang, "Chechnya", "Crimea"): for `gazetteer._country_parts`."""
    for iso, subs in _data().items():
        for code, sub in subs.items():
            if not sub.parentCode:
                for found in ENGLISH.finditer(sub.localOtherName or ""):
                    yield found.group(1).strip().strip("'"), iso, code


def _usable(name: str, own: set[str]) -> bool:
    """A place name: capitalised words, no leading "The", at most `MAX_WORDS`. A name of several words
    shares a word's first letters with the local names (`own`: "Inner Mongolia" of Nei Mongol; not the
    nicknames "Big Apple", "Southern Capital"); one word begins with the sound of a local name but is
    no word of it, nor a compass word ("Crete" of Kriti; not "White" of Alba, "Continental" of
    Region Continental, "Southwest" of Sud-Ouest)."""
    if not NAME.fullmatch(name) or name.startswith("The ") or name.count(" ") >= MAX_WORDS:
        return False
    if " " in name:
        return bool({w[:STEM] for w in _words(name)} & {w[:STEM] for w in own})
    low = name.lower()
    initials = {w[0].translate(SOUNDS) for w in own}
    return low[:1].translate(SOUNDS) in initials and low not in own and not COMPASS.fullmatch(low)


def _words(text: str) -> set[str]:
    """The words of `text` of at least `STEM` letters, accents dropped, in lower case."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return {w for w in re.split(r"[^a-z]+", plain) if len(w) >= STEM}
