"""A country's or a people's word opening a currency's name ("3.4bn Danish kroner", "the US dollar",
"Hong Kong dollars") names no entity: the currency word after it is a pycountry currency name's last
word (singular or plural) and the currency's ISO 4217 code opens with the country's ISO 3166 code."""

from __future__ import annotations

import re
from functools import cache

import pycountry

from pipeline.entities import candidates as C
from pipeline.entities.gazetteer import world

LABELS = frozenset({"NORP", "GPE"})
VERBS = frozenset({"VERB", "AUX"})  # "a South Korean won gold"


@cache
def _countries_by_word() -> dict[str, frozenset[str]]:
    """The last word of each currency's English name (lower case, out of brackets) -> the countries
    of its codes; the first word too of a name of two that no people's word opens ("Pound Sterling")."""
    found: dict[str, set[str]] = {}
    peoples = world().nationality
    for currency in pycountry.currencies:
        words = re.findall(r"[^\W\d_]+", re.sub(r"\(.*?\)", "", currency.name.lower()))
        heads = words[-1:] + (words[:1] if len(words) == 2 and words[0] not in peoples else [])
        for word in heads:
            found.setdefault(word, set()).add(currency.alpha_3[:2])
    return {w: frozenset(codes) for w, codes in found.items()}


def _currency_countries(word: str) -> frozenset[str]:
    """Countries whose currency `word` names ("kroner" -> DK, NO...); empty for any other word."""
    table = _countries_by_word()
    for form in (word, word[:-1], word[:-2]):  # "dollars", "francs", "rupees" / "kroner"
        if form in table:
            return table[form]
    return frozenset()


def _country(key: str) -> str | None:
    """The country a key names as a people ("danish") or as a country ("us", "hong kong")."""
    gaz = world()
    if key in gaz.nationality:
        return gaz.nationality[key]
    return next((p.country for p in gaz.places.get(key, []) if p.kind == "country"), None)


def currency_names(ctx: C.DocCtx, cands: list[C.Cand]) -> list[C.Cand]:
    """`cands` without a people's or a country's word opening a currency's name."""
    words, n = ctx.words, len(ctx.words)
    kept = []
    for c in cands:
        if c.label in LABELS and c.end < n and words[c.end].isalpha() and ctx.toks[c.end].pos_ not in VERBS:
            countries = _currency_countries(words[c.end].lower())
            if countries and _country(ctx.norm_of(c.start, c.end)) in countries:
                continue
        kept.append(c)
    return kept
