"""Diminutives of English given names ("Tommy" of "Thomas", "Bob" of "Robert"), from the `nicknames`
package's public table (Apache-2.0), read on first use and kept by `tablecache`.

`fulls(word)` gives the full given names a diminutive stands for, as lower-case keys.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from pipeline import tablecache


def fulls(word: str) -> frozenset[str]:
    """The given names `word` (a lower-case key) is a diminutive of; empty when none."""
    return _table().get(word, frozenset())


@cache
def _table() -> dict[str, frozenset[str]]:
    """Read from the table cache, else built from the package's CSV (a tenth of a second)."""
    return tablecache.cached("diminutives", _build, [Path(__file__)], ("nicknames",))


def _build() -> dict[str, frozenset[str]]:
    from nicknames import NickNamer

    return {short: frozenset(longs) for short, longs in NickNamer().canonical_lookup.items()}
