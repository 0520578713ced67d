"""Acronyms of a region: a name in capitals that is the ISO 3166-2 code of a first-level subdivision
("KRN" of "XX-KRN" Kerva-Rundi, "T&V" of "XX-TV" Tolna and Vesk; the code's letters abbreviate
the name) is that place (GPE), not the body the model guessed.

`coded_places` runs after the vote. A name of two to four capitals ("&" or "-" between them
allowed) held a body or a person is the subdivision whose code it spells where the article names
that subdivision in full ("Kerva-Rundi ... KRN"), or names its country and puts every mention after
a place's preposition ("in KR"). Never a country's own code ("CA", "GB": the gazetteer's), a name
the article defines, nor in a sports report.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import NamedTuple

import pycountry

from pipeline.entities import context as X
from pipeline.entities.candidates import EVIDENCE, Cand, DocCtx, by_key, relabel
from pipeline.entities.gazetteer import ascii_fold, keys, world

HELD = frozenset({"ORG", "PERSON"})
PREPS = X.PLACE_PREPS | {"from"}
JOINERS = str.maketrans("", "", "&-")  # "J&K", "J-K": the code "JK"


class Region(NamedTuple):
    """A first-level subdivision: its name and its country's ISO 3166-1 code."""

    name: str
    country: str


@cache
def region_codes() -> dict[str, tuple[Region, ...]]:
    """The first-level subdivisions (pycountry) of each code's part after the country ("UP" of "IN-UP")."""
    out: dict[str, tuple[Region, ...]] = {}
    for s in pycountry.subdivisions:
        code = s.code.split("-", 1)[1]
        if s.parent_code is None and _abbreviates(code, s.name):
            out[code] = out.get(code, ()) + (Region(s.name, s.country_code),)
    return {code: rs for code, rs in out.items() if code.isalpha() and code not in world().codes}


def coded_places(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """Relabel GPE the capital acronyms that spell a region of the article (see the module's doc)."""
    if ctx.sports:
        return
    codes = region_codes()
    found = [c for c in cands if c.end - c.start <= 3 and _code(ctx, c) in codes]
    countries: set[str | None] | None = None  # the article's countries, read once when first needed
    for key, ms in by_key(ctx, found, key_of).items():
        held = labels.get(key, ms[0].label)
        if held not in HELD or any(c.src in EVIDENCE for c in ms):
            continue
        regions = codes[_code(ctx, ms[0])]
        placed = all(_placed(ctx, c) for c in ms)
        if placed and countries is None:
            countries = _countries(ctx, cands)
        if any(_named(ctx, p) or placed and p.country in (countries or ()) for p in regions):
            relabel(ctx, ms, labels, key_of, "GPE")


def _code(ctx: DocCtx, c: Cand) -> str:
    """The mention's letters if it is two to four capitals, "&" or "-" between them, else ""."""
    text = "".join(ctx.words[c.start : c.end])
    letters = text.translate(JOINERS)
    ok = 2 <= len(letters) <= 4 and letters.isalpha() and letters.isupper() and text[0] not in "&-"
    return letters if ok and not text.endswith(("&", "-")) else ""


def _abbreviates(code: str, name: str) -> bool:
    """The code's letters are the name's, in order, the first its first ("NSW" of "New South Wales"; not
    "OU" of "West", Cameroon's "Ouest")."""
    rest = iter(ascii_fold(name).casefold())
    return code[0].casefold() == ascii_fold(name)[:1].casefold() and all(ch in rest for ch in code.casefold())


def _named(ctx: DocCtx, p: Region) -> bool:
    """The article writes the region's name in full, capitalised ("Kerva-Rundi"; not "central")."""
    found = (re.search(rf"\b{re.escape(k)}\b", ctx.text, re.IGNORECASE) for k in keys(p.name))
    return any(m and m.group(0)[:1].isupper() for m in found)


def _countries(ctx: DocCtx, cands: list[Cand]) -> set[str | None]:
    """The codes of the countries the article's names are, or are the people of ("Norvia", "Norvian")."""
    gaz, out = world(), set()
    for c in cands:
        key = ctx.norm_of(c.start, c.end)
        out |= {p.country for p in gaz.places.get(key, ()) if p.kind == "country"}
        out.add(gaz.nationality.get(key))
    return out


def _placed(ctx: DocCtx, c: Cand) -> bool:
    """The mention right after a place's preposition ("in KR", "from KR")."""
    return c.start > 0 and ctx.words[c.start - 1].lower() in PREPS
