"""Diminutives of English given names ("Tommy" of "Thomas", "Bob" of "Robert"), from the `nicknames`
package's public table (Apache-2.0), read on first use and kept by `tablecache`.

`fulls(word)` gives the full given names a diminutive stands for, as lower-case keys; `pets(word)`
the diminutives of a given name, or of the full names it shortens itself ("stevie" of "steve").
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from pipeline import tablecache


def fulls(word: str) -> frozenset[str]:
    """The given names `word` (a lower-case key) is a diminutive of; empty when none."""
    return _table().get(word, frozenset())


@cache
def pets(word: str) -> frozenset[str]:
    """The diminutives of the given name `word` (a lower-case key) or of the full names it stands
    for, but itself: "tommy" of "thomas" or "tom"."""
    inverse = _inverse()
    return frozenset().union(*(inverse.get(f, ()) for f in fulls(word) | {word})) - {word}


@cache
def _inverse() -> dict[str, frozenset[str]]:
    """Each full given name's diminutives."""
    out: dict[str, set[str]] = {}
    for short, longs in _table().items():
        for long in longs:
            out.setdefault(long, set()).add(short)
    return {long: frozenset(shorts) for long, shorts in out.items()}


@cache
def _table() -> dict[str, frozenset[str]]:
    """Read from the table cache, else built from the package's CSV (a tenth of a second)."""
    return tablecache.cached("diminutives", _build, [Path(__file__)], ("nicknames",))


def _build() -> dict[str, frozenset[str]]:
    from nicknames import NickNamer

    return {short: frozenset(longs) for short, longs in NickNamer().canonical_lookup.items()}
