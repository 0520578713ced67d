"""Which ISO 4217 currencies can bear a currency word, from pycountry's currency names: "pesos" ->
{ARS, CLP, COP, CUP, DOP, MXN, PHP}; "francs" -> the francs. A word that names no currency there (a
subunit such as "sen" or "cents") gives the empty set: nothing is known against any currency."""

from __future__ import annotations

import re
from functools import lru_cache

import pycountry

_LAST_WORD = re.compile(r"([^\W\d_]+)\W*$")


@lru_cache(maxsize=1)
def _by_last_word() -> dict[str, frozenset[str]]:
    """Each word of a currency's English name (lower case) -> the codes whose name holds it
    ("Pound Sterling" gives both "pound" and "sterling")."""
    found: dict[str, set[str]] = {}
    for currency in pycountry.currencies:
        for word in re.findall(r"[^\W\d_]+", currency.name.lower()):
            found.setdefault(word, set()).add(currency.alpha_3)
    return {w: frozenset(codes) for w, codes in found.items()}


@lru_cache(maxsize=1024)
def currencies_named(text: str) -> frozenset[str]:
    """The codes whose name holds the last word of `text` ("24.2 trillion pesos" -> the pesos),
    singular or plural; empty when no currency is named so."""
    match = _LAST_WORD.search(text)
    if not match:
        return frozenset()
    word, table = match.group(1).lower(), _by_last_word()
    for form in (word, word[:-1], word[:-2]):  # "pesos", "francs", "rupees"; "peso"; "dollares"
        if form in table:
            return table[form]
    return frozenset()
