"""Amounts for the numbers stage: `read_item(pieces, j)` reads one amount, i.e. a number (from
`numbers.words`) with the currency, multiplier, percent sign or unit around it (from `numbers.units`),
into an `Item`; the helpers after it refine items (ages, ratios, vague counts) for `pipeline.numbers`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from pipeline.numbers.pieces import Piece, parse_numeral, words
from pipeline.numbers.tables import (
    ABBREVS,
    DENOMS,
    FULL,
    MONTHS,
    NUMBER_WORDS,
    PER_WHAT,
    PERCENT,
    SCALES,
    TEMPORAL,
    TIME_UNITS,
    UNITS,
    VAGUE,
)
from pipeline.numbers.units import currency_after, currency_before, unit_after
from pipeline.numbers.words import read_number


@dataclass(slots=True)
class Item:
    """An amount being built: piece range [a, b), value and attributes."""

    a: int
    b: int
    value: float | None
    type: str = "cardinal"
    approx: str = "exact"
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    currency: str | None = None
    scaled: bool = False
    core: int = -1  # where the amount starts, after any hedge


def _times_ten_to(p: list[Piece], k: int, value: float) -> tuple[float, int]:
    """Scientific notation and powers: "1.3x10^6", "3 × 10^8", "10^6", "2.5^-1" -> (value, next index)."""
    n = 1 if words(p, k, 1) in ("x10", "\u00d710") else 2 if words(p, k, 2) in ("x 10", "\u00d7 10") else 0
    if n and words(p, k + n, 1) == "^" and k + n + 1 < len(p):
        exp = parse_numeral(p[k + n + 1].text)
        if exp is not None and exp.is_integer() and abs(exp) < 300:
            return value * 10.0 ** exp, k + n + 2
    if not n and words(p, k, 1) == "^" and k + 1 < len(p) and p[k - 1].end == p[k].start \
            and p[k].end == p[k + 1].start:
        exp = parse_numeral(p[k + 1].text)  # a power glued to its base: "-1.1^23" is -(1.1^23)
        if exp is not None and exp.is_integer() and abs(exp) < 300 and (value or exp > 0):
            try:
                return math.copysign(abs(value) ** exp, value), k + 2
            except OverflowError:
                return value, k
    return value, k


def read_item(p: list[Piece], j: int, floor: int = 0) -> Item | None:
    """Read one amount starting at p[j]: currency, number, multiplier, currency/unit/percent after.
    Pieces before `floor` belong to the previous amount: "10 $ 30 $" is two amounts, "10 $" and "30 $"."""
    cur = currency_before(p, j)
    if cur is not None and cur[2] < floor:
        cur = None
    value, k = read_number(p, j, money=cur is not None)
    if value is None:
        return None
    value, k = _times_ten_to(p, k, value)
    it = Item(j if cur is None else cur[2], k, value, scaled=k - j > 1)
    if cur is not None:
        it.type, it.currency, it.value = "money", cur[0], value * cur[1]
    if k < len(p) and p[k].nl:
        return it
    fold = k + (words(p, k, 1) == "-" and p[k].start == p[k - 1].end)
    if words(p, fold, 1) == "fold" and p[fold].start == p[fold - 1].end:
        it.b = fold + 1  # a factor: "sixfold", "a 3-fold rise"
        return it
    if k < len(p) and p[k].start == p[k - 1].end and p[k].text[:1].isalnum() and not (
            currency_after(p, k) or unit_after(p, k) or p[k].low in PERCENT):
        return None  # "11a", "1.3x10", "5G", "10am": not a plain amount
    hyphen = False
    if k < len(p) and p[k].text in ("-", "–") and k + 1 < len(p) and p[k + 1].start == p[k].end:
        k2 = k + 1  # compound adjective: "3-inch", "12-cent", "one-yen"
        if currency_after(p, k2) or unit_after(p, k2):
            k, hyphen = k2, True
    if it.type != "money" and (after := currency_after(p, k)) is not None:
        it.type, it.currency, it.value, it.b = "money", after[0], value * after[1], after[2]
        k = after[2]
        if k < len(p) and p[k].low in ("million", "billion", "trillion", "mn", "bn", "mln", "m"):
            it.value, it.b, k = it.value * {"m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9}.get(
                p[k].low, {"million": 1e6, "billion": 1e9, "trillion": 1e12}.get(p[k].low, 1)), k + 1, k + 1
        cents = k + (k < len(p) and p[k].low == "and")
        sub, e = read_number(p, cents) if cents < len(p) else (None, cents)
        if e < len(p) and e > cents and p[e].i == p[e - 1].i and p[e].glued:
            sub = None
        if sub is not None and 0 < sub < 100 and float(sub).is_integer() and after[1] == 1.0:
            tail = currency_after(p, e)
            if tail is None and e < len(p) and (p[e].low in NUMBER_WORDS or p[e].text == "-"):
                pass  # "5 dollars 50" has cents, "a 1.5bn euro one-time charge" has not
            elif tail is None or tail[1] < 1:
                it.value, it.b = it.value + sub / 100, tail[2] if tail else e
    elif it.type == "money" and k < len(p) and (after := currency_after(p, k)) and after[0] == it.currency:
        it.b = after[2]  # "$10 dollars"
    elif it.type != "money":
        if k < len(p) and p[k].low not in UNITS and (
                p[k].low in PERCENT or p[k].low[:-1] in PERCENT or words(p, k, 2) in PERCENT):
            n = 2 if words(p, k, 2) in PERCENT else 1
            w = words(p, k, n)
            unit = "basis point" if w.startswith(("basis", "bp")) else "percentage point" if "point" in w \
                else "percent"
            it.type, it.unit, it.b = "percent", unit, k + n
        elif (u := _bracketed_unit(p, k) or unit_after(p, k)) is not None \
                and (u[0] not in TIME_UNITS or not hyphen and _length_of_time(p, k)):
            it.type, it.unit, it.b = "quantity", u[0], u[1]
            if u[0] == "pound" and it.scaled:  # "3.5 million pounds": money
                it.type, it.unit, it.currency = "money", None, "GBP"
            if (ft := _feet_inches(p, u[1])) is not None and u[0] == "foot":
                it.value, it.b = value + ft[0] / 12, ft[1]
    _rate(it, p)
    return it


def _length_of_time(p: list[Piece], k: int) -> bool:
    """The time unit at p[k] measures a length ("four years in jail", "after 70 minutes", "two years
    ago"), not a clock reading or a name ("3 o'clock", "24 Hours of Le Mans")."""
    return not (p[k].text[:1].isupper() and not p[k].text.isupper() and k + 1 < len(p)
                and p[k + 1].low == "of")


def _rate(it: Item, p: list[Piece]) -> None:
    """An amount per unit of something: "$80 per barrel" (money: unit "per barrel"), "1.2 million
    barrels a day", "40 hours a week" (quantity: "barrel per day"); not "$1.4bn a year earlier"."""
    per = it.b + 1 if words(p, it.b, 1) in ("per", "a", "an", "/") else it.b + 3 \
        if words(p, it.b, 3) in ("- a -", "- an -", "- per -") else 0  # "a £2m-a-year deal"
    if not per or per >= len(p) or p[per].nl or words(p, per + 1, 1) in NOT_RATE_AFTER:
        return  # "$1.4bn a year earlier": a time, not a rate
    u = unit_after(p, per)
    if it.type == "money":
        if u is not None or p[per].low in PER_WHAT:  # "$3.50 a gallon", "$80 per barrel"
            it.unit = "per " + (u[0] if u else p[per].low)
    elif it.type == "quantity" and it.unit and "per" not in it.unit.split() and u is not None \
            and u[0] in TIME_UNITS and u[0] != it.unit:
        it.unit, it.b = f"{FULL.get(it.unit, it.unit)} per {u[0]}", u[1]  # "barrel per day"
    elif it.type == "cardinal" and u is not None and u[0] in TIME_UNITS and p[per - 1].low != "/":
        it.unit = "per " + u[0]  # a count in a stretch of time: "an average of 20 per week"


NOT_RATE_AFTER = {"earlier", "ago", "before", "later", "previously", "back"}


def _bracketed_unit(p: list[Piece], k: int) -> tuple[str, int] | None:
    """ "20 [kg]", "20 <kg>" -> (unit, index after the closing bracket)."""
    if k + 2 < len(p) and p[k].text in ("[", "<") and (u := unit_after(p, k + 1, True)) is not None \
            and u[1] < len(p) and p[u[1]].text in ("]", ">"):
        return u[0], u[1] + 1
    return None


def _feet_inches(p: list[Piece], k: int) -> tuple[float, int] | None:
    k += k < len(p) and p[k].low == "and"
    v, e = read_number(p, k) if k < len(p) else (None, k)
    if v is not None and (u := unit_after(p, e, True)) is not None and u[0] == "inch" and v < 12:
        return v, u[1]
    return None


def multiplier(it: Item, p: list[Piece]) -> float:
    """The largest multiplier word inside an item ("15 million" -> 1e6), else 1."""
    best = 1.0
    for k in range(it.a, it.b):
        x = p[k]
        attached = x.glued or k > it.a and p[k - 1].end == x.start  # "4m", also as two tokens
        abbrev = ABBREVS.get(x.low, 1.0) if x.low not in ("m", "b") or attached or x.text == "M" else 1.0
        best = max(best, SCALES.get(x.low, 1.0), abbrev)
    return best


def as_age(it: Item, p: list[Piece]) -> bool:
    """ "aged 45", "45 years old", "45-year-old" -> a quantity of years (extends the span)."""
    after = [x.low for x in p[it.b:it.b + 6] if x.text != "-"]
    before = p[it.a - 1].low if it.a > 0 else ""
    if it.unit in TIME_UNITS and after[:1] == ["old"]:  # "nine months old", "15 year-old"
        it.b += 2 if p[it.b].text == "-" else 1
        return True
    unit = UNITS.get(after[0].rstrip("s")) if after else None
    if unit not in TIME_UNITS or after[1:2] != ["old"] and after[1:3] != ["of", "age"]:
        unit = None  # "45 years old", "a 9-month-old boy", "18 years of age"
    if before in ("aged", "age", "ages") or unit:
        it.type, it.unit = "quantity", unit or "year"
        if words(p, it.b, 4) in (f"- {after[0]} - old", f"- {after[0]} old") if after else False:
            it.b += 4
        elif unit:
            it.b += 1
        return True
    return False


def month_near(p: list[Piece], a: int, b: int) -> bool:
    """A day of the month: "Nov. 6", "oct . 25", "on may 19", "19 March"."""
    k = a - 1 - (a >= 2 and p[a - 1].text == ".")
    if k >= 0 and p[k].low.rstrip(".") in MONTHS:
        before = ("on", "in", "since", "until", "by", "of", ",", "from", "to")
        return p[k].low not in ("may", "march") or k == 0 or p[k - 1].low in before
    return b < len(p) and p[b].low.rstrip(".") in MONTHS - {"may", "march"}


def read_vague(p: list[Piece], j: int) -> Item | None:
    """ "dozens", "thousands of", "tens of thousands" -> a count with no value."""
    w = p[j].low
    if w not in VAGUE or j > 0 and numberish(p[j - 1]):
        return None
    b = j + 1
    if words(p, b, 1) == "of" and b + 1 < len(p) and p[b + 1].low in VAGUE:
        b += 2
    it = Item(j, b, None, approx="about")
    if words(p, b, 1) == "of" and (cur := currency_after(p, b + 1)) is not None:
        it.type, it.currency = "money", cur[0]
    return it


def as_ratio(it: Item, p: list[Piece], hedged: bool = False) -> None:
    """ "one over three", "2 out of 5", "one in five" -> the fraction (unless a unit, currency or time
    word follows; "in" only for a plain small count: "more than 2 in 5" keeps its hedge on the 2)."""
    k = it.b + 1 if words(p, it.b, 1) == "over" else it.b + 2 if words(p, it.b, 2) == "out of" else 0
    if not k and words(p, it.b, 1) == "in" and not hedged and it.value is not None and 0 < it.value <= 20 \
            and float(it.value).is_integer() and it.b + 1 < len(p) \
            and (p[it.b + 1].text.isalpha() or p[it.b + 1].text.isdigit() and int(p[it.b + 1].text) <= 100):
        k = it.b + 1  # "one in five", "two in three" (not "5 in 2004")
    if not k or k >= len(p) or not numberish(p[k]):
        return
    den, e = read_number(p, k)
    if den and e < len(p) and (p[e].low in TEMPORAL or p[e].low in PERCENT or unit_after(p, e)
                               or currency_after(p, e)):
        return
    if den and (words(p, it.b, 1) == "over" or abs(it.value) <= den):  # "12 out of 10": two counts
        if words(p, it.b, 1) == "in" and (den > 1000 or abs(it.value) >= den):
            return
        it.value, it.b = it.value / den, e


def numberish(x: Piece) -> bool:
    return parse_numeral(x.text) is not None or x.low in NUMBER_WORDS or x.low in DENOMS or x.low in VAGUE \
        or x.low in ("half", "minus", "negative")


def starts_number(p: list[Piece], j: int) -> bool:
    """p[j] starts the number after it: "a hundred", "minus five", "-5" (not the dash of "10 - 15")."""
    if j < 0 or p[j].low not in ("a", "an", "minus", "negative", "-", "\u2212"):
        return False
    if p[j].low in ("-", "\u2212"):
        if j + 1 >= len(p) or j > 0 and p[j].end != p[j + 1].start:
            return False  # a dash, not a sign: "war - one he waged"
        return j == 0 or not (numberish(p[j - 1]) or p[j - 1].end == p[j].start or unit_after(p, j - 1)
                              or currency_after(p, j - 1))
    return True
