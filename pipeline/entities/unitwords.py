"""Units of measure the model took for names ("a 56 Kbps modem", "two gigawatts (GW)"): no entity.

`unit_words` drops a one-word mention the numbers stage reads as a unit (`numbers.unit_words`: its
own table, then pint's registry) where the article uses it as one: right after a number ("a 40
GHz link", "at 12 Mbps") or in brackets after the unit spelled out, the same unit ("nine kilobytes
per second (KBps)", "two megahertz (MHz)"). A word that is a unit only by pint's reading of a name
("EU", "Kohm") never reaches it: the number or the spelled unit must be there. A capitalised word
must be the unit's name or a prefix's letter on a unit ("90 Fahrenheit", "Mbps"; not "Rad", a
radian's symbol), and a number before it counts outside sports reports only (a results table:
"Kelby 1 Rad 0"). No list of units.
"""

from __future__ import annotations

import pipeline.numbers as NUM
from pipeline.entities.candidates import Cand, DocCtx

SPELLED_MAX = 3  # words of a unit spelled out before its bracketed symbol: "megabits per second"


def unit_words(ctx: DocCtx, cands: list[Cand]) -> list[Cand]:
    """`cands` less the one-word mentions used as units (see the module)."""
    return [c for c in cands if c.end - c.start != 1 or not _unit_use(ctx, c.start)]


def _unit_use(ctx: DocCtx, i: int) -> bool:
    """Token i is a unit after a number, or bracketed after the same unit spelled out."""
    words, w = ctx.words, ctx.words[i]
    if i == 0 or not w[:1].isalpha():
        return False
    counted = ctx.toks[i - 1].like_num
    bracketed = words[i - 1] == "(" and i + 1 < len(words) and words[i + 1] == ")"
    if not (counted or bracketed) or (w.istitle() and not _capital_unit(w)):
        return False  # the context first: the registry is asked of few words
    if counted:
        return not ctx.sports and _unit([w]) is not None  # no results table's "Kelby 1 Rad 0"
    unit = _unit([w])
    return unit is not None and any(
        _unit(words[i - 1 - n : i - 1]) == unit for n in range(1, min(SPELLED_MAX, i - 1) + 1)
    )


def _capital_unit(w: str) -> bool:
    """A capitalised word is a unit as the unit's own name ("Fahrenheit"), as pint's symbol so cased
    ("Hz") or as a prefix's letter on a unit's symbol ("Mbps"); not as another case of a symbol
    ("Rad": a radian's "rad", a name)."""
    named = (_unit([w]) or "").split()[-1:] == [w.lower()]
    return named or NUM.symbol_unit(w) is not None or _unit([w[1:]]) is not None


def _unit(texts: list[str]) -> str | None:
    """The unit all the words `texts` spell, read as after a number, or None."""
    found = NUM.unit_words(texts)
    return found[0] if found and found[1] == len(texts) else None
