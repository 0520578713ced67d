"""Units of measure the model took for names ("a 56 Kbps modem", "two gigawatts (GW)"): no entity.

`unit_words` drops a one-word mention the numbers stage reads as a unit (`numbers.units.unit_after`:
its own table, then pint's registry) where the article uses it as one: right after a number ("a 40
GHz link", "at 12 Mbps") or in brackets after the unit spelled out, the same unit ("nine kilobytes
per second (KBps)", "two megahertz (MHz)"). A word that is a unit only by pint's reading of a name
("EU", "Rohm") never reaches it: the number or the spelled unit must be there. A capitalised word
must be the unit's name or a prefix's letter on a unit ("90 Fahrenheit", "Mbps"; not "Rad", a
radian's symbol), and a number before it counts outside sports reports only (a results table:
"Kelby 1 Rad 0"). No list of units.
"""

from __future__ import annotations

from pipeline.entities.candidates import Cand, DocCtx
from pipeline.numbers.pieces import Piece, parse_numeral
from pipeline.numbers.registry import symbol_unit
from pipeline.numbers.units import unit_after

SPELLED_MAX = 3  # words of a unit spelled out before its bracketed symbol: "megabits per second"


def unit_words(ctx: DocCtx, cands: list[Cand]) -> list[Cand]:
    """`cands` less the one-word mentions used as units (see the module)."""
    return [c for c in cands if c.end - c.start != 1 or not _unit_use(ctx, c.start)]


def _unit_use(ctx: DocCtx, i: int) -> bool:
    """Token i is a unit after a number, or bracketed after the same unit spelled out."""
    words, w = ctx.words, ctx.words[i]
    if i == 0 or not w[:1].isalpha() or (w.istitle() and not _capital_unit(w)):
        return False
    if parse_numeral(words[i - 1]) is not None:
        return not ctx.sports and _unit(["1", w]) is not None  # no results table's "Kelby 1 Rad 0"
    if words[i - 1] != "(" or i + 1 >= len(words) or words[i + 1] != ")":
        return False
    unit = _unit(["1", words[i]])
    return unit is not None and any(
        _unit(["1", *words[i - 1 - n : i - 1]], n) == unit for n in range(1, min(SPELLED_MAX, i - 1) + 1)
    )


def _capital_unit(w: str) -> bool:
    """A capitalised word is a unit as the unit's own name ("Fahrenheit"), as pint's symbol so cased
    ("Hz") or as a prefix's letter on a unit's symbol ("Mbps"); not as another case of a symbol
    ("Rad": a radian's "rad", a name)."""
    name = _unit(["1", w]) or ""
    return name.split()[-1:] == [w.lower()] or symbol_unit(w) is not None or _unit(["1", w[1:]]) is not None


def _unit(texts: list[str], span: int = 1) -> str | None:
    """The unit the words after the number "1" in `texts` spell, all `span` of them, or None."""
    pieces, start = [], 0
    for k, text in enumerate(texts):
        pieces.append(Piece(text, start, start + len(text), k))
        start += len(text) + 1
    found = unit_after(pieces, 1)
    return found[0] if found and found[1] == 1 + span else None
