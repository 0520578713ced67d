"""Units beyond our table, from pint's unit registry: engineering and science ("61.4 MPa", "4500 mAh",
"352 μm", "127 gigatonnes", "9 ksi"). `registry_unit(pieces, j)` reads the piece after a number as
a unit name or symbol of pint's registry, with the rules that keep English words and acronyms that
happen to be unit symbols ("a", "at", "EV", "league games") out. The index of names and symbols is
built from pint on first use and kept in the table cache (`pipeline.tablecache`), keyed by pint's
version and this module's code: a process that finds it never imports pint (importing pint and
loading its registry take one to three seconds).
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from spacy.lang.en.stop_words import STOP_WORDS

from pipeline import tablecache
from pipeline.numbers.tables import LOOKALIKE_UNITS, MONTHS, TEMPORAL

if TYPE_CHECKING:
    from pipeline.numbers.pieces import Piece

BRITISH = (("metre", "meter"), ("litre", "liter"))
_Index = tuple[dict[str, str], dict[str, str]]
SYMBOL_RE = re.compile(r"[^\W\d_][\w°µμΩ·/]*")
PREFIXED_NON_METRIC = {"byte", "bit", "calorie"}  # "GB", "KiB", "kbit", "kcal"
AFTER_SINGULAR = {"of", "per", "a", "an", "each", "every", "and", "or", "to"}
CACHE_NAME, CACHE_PACKAGES = "pint-units", ("pint",)  # the table cache's name and key packages


@lru_cache(maxsize=1)
def _index() -> _Index:
    """The index from the table cache when it is there (pint is then never imported), else built."""
    return tablecache.cached(CACHE_NAME, build_index, [Path(__file__)], CACHE_PACKAGES)


def cache_path() -> Path | None:
    """Where the index is cached: named by a hash of this module's code and pint's version."""
    return tablecache.cache_path(CACHE_NAME, [Path(__file__)], CACHE_PACKAGES)


def build_index() -> _Index:
    """(word forms -> unit name, symbols -> unit name) from pint's default registry, prefixes included."""
    import pint  # noqa: PLC0415 - only when the cache misses

    reg = pint.UnitRegistry()
    names: dict[str, str] = {}
    symbols: dict[str, str] = {}
    prefixes = {d.name: (d.symbol, _decimal(d.converter.scale)) for d in reg._prefixes.values()
                if len(d.name) >= 4 and _decimal(d.converter.scale)}
    prefixed: list[tuple[list[str], list[str], str, bool]] = []
    for d in reg._units.values():  # units first, so that "dB" is a decibel and "kt" a knot
        words = [w for w in (d.name, *d.aliases)
                 if w.replace("_", "").isalpha() and w.islower() and len(w) >= 3]
        if not words:
            continue
        base = words[1] if "_" in d.name and len(words) > 1 else d.name
        plain = base.replace("_", " ").lower()
        syms = [x for x in (d.symbol, *d.aliases) if x and x not in words]
        for w in words:
            names.setdefault(w.replace("_", " "), plain)
        for sym in syms:
            symbols.setdefault(sym, plain)
        if _metric(d) or d.name in ("gram", "meter", "second", "ampere"):
            prefixed.append((words, syms, plain, d.name in ("bit", "byte")))
    for words, syms, plain, binary in prefixed:  # then "kilopascals", "GPa", "mAh"; "KiB"
        for pre, (psym, base) in prefixes.items():
            if base == 2 and not binary:
                continue  # binary prefixes are for bytes: no "Tim" (tebimetre), "Pig", "Kim"
            for w in words:
                names.setdefault(pre + w.replace("_", " "), pre + plain)
            for sym in syms:
                if psym:
                    symbols.setdefault(psym + sym, pre + plain)
    return names, symbols


def _decimal(scale: float) -> int:
    """The base of an SI (10) or binary (2) prefix ("kilo", "kibi"); 0 for "semi" or "sesqui"."""
    for base, step in ((10, 1), (2, 10)):
        k = round(math.log(scale, base))
        if k and k % step == 0 and math.isclose(base ** k, scale):
            return base
    return 0


def _metric(d) -> bool:
    """A unit that takes SI prefixes: a multiple by a power of ten of what defines it ("tonne", "bar",
    "pascal", "watt hour"), or a byte or calorie; not a mile, foot or pound ("3ami" is no attomile)."""
    if d.name in PREFIXED_NON_METRIC or not d.is_multiplicative or d.is_base:
        return d.name in PREFIXED_NON_METRIC
    scale = d.converter.scale
    return scale > 0 and math.isclose(10 ** round(math.log10(scale)), scale)


def _spelling(w: str) -> str:
    for a, b in BRITISH:
        w = w.replace(a, b)
    return w


@lru_cache(maxsize=4096)
def _lookup(text: str) -> tuple[str, bool] | None:
    """A unit name for a word or symbol -> (name, was a word), or None."""
    names, symbols = _index()
    low = text.lower()
    if text.isascii() and text.isalpha() and text.islower() and len(text) >= 4:
        for form in (low, low[:-1] if low.endswith("s") else low, low[:-2] if low.endswith("es") else low):
            for f in (form, _spelling(form)):
                if f in names and f not in LOOKALIKE_UNITS and low not in LOOKALIKE_UNITS:
                    return _spelling(names[f]), True
        return None
    if len(text) < 2 or text.isalpha() and text.isupper() or low in TEMPORAL or low.rstrip(".") in MONTHS \
            or low in LOOKALIKE_UNITS or low in STOP_WORDS:
        return None  # "a", "EV", "pm", "in", "are"
    unit = symbols.get(text) or (names.get(text) if text.islower() else None)  # "MPa", "ppm"
    return (_spelling(unit), False) if unit else None


def symbol_unit(text: str) -> str | None:
    """The unit that `text` is the symbol of, case as written ("W" -> "watt", "G" -> "gauss")."""
    unit = _index()[1].get(text)
    return _spelling(unit) if unit else None


def is_unit(text: str) -> bool:
    """`text` is a unit name or symbol of the registry ("dB", "kPa")."""
    return bool(SYMBOL_RE.fullmatch(text)) and _lookup(text) is not None


def registry_unit(p: list[Piece], j: int) -> tuple[str, int] | None:
    """The unit at p[j] from pint's registry -> (unit name, next j), or None. A symbol must be a symbol
    (two characters or more, not an acronym in capitals, not a word: "MPa", "mAh", "ksi", "μm"); a
    word must be a unit's name ("gigatonnes", "kilopascals") and, singular after a count, not the
    modifier of a noun ("68 league games")."""
    x = p[j]
    if not SYMBOL_RE.fullmatch(x.text) or j == 0:
        return None
    found = _lookup(x.text)
    if found is None:
        return None
    name, word = found
    if word and not x.low.endswith("s") and j + 1 < len(p) and p[j + 1].text.isalpha() \
            and p[j + 1].low not in AFTER_SINGULAR:
        return None
    return name, j + 1
