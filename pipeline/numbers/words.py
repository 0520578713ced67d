"""Number phrases for the numbers stage: `read_number(pieces, i)` reads the longest number at `i`,
in digits or words ("three hundred and two", "twenty-one trillion", "two thirds", "half a million",
"point seventy-one"), multipliers included ("15m", "1.2 bn").
"""

from __future__ import annotations

from pipeline.numbers.pieces import Piece, parse_numeral, words
from pipeline.numbers.tables import (
    ABBREVS,
    AMBIGUOUS_UNITS,
    COMPOUND_ORD,
    CUR_NAMES,
    DENOMS,
    DOZEN,
    NOT_HALF,
    SCALES,
    SMALL,
    TENS,
    UNITS,
)


def _denom(p: list[Piece], j: int) -> tuple[float, int] | None:
    """A fraction denominator at j: "thirds", "half", "twenty-first(s)" -> (denominator, next index)."""
    if j >= len(p):
        return None
    w = p[j].low
    if w in DENOMS:
        return DENOMS[w], j + 1
    if w in TENS:
        k = j + 1 + (j + 1 < len(p) and p[j + 1].text == "-")
        if k < len(p) and p[k].low.rstrip("s") in COMPOUND_ORD:
            return TENS[w] + COMPOUND_ORD[p[k].low.rstrip("s")], k + 1
    return None


def _small_int(p: list[Piece], j: int) -> tuple[float, int] | None:
    """A word number below 100 at j ("seven", "forty two", "twenty-one") -> (value, next index)."""
    if j >= len(p):
        return None
    w = p[j].low
    if w in SMALL:
        return float(SMALL[w]), j + 1
    if w in TENS:
        k = j + 1 + (j + 1 < len(p) and p[j + 1].text == "-")
        if k < len(p) and p[k].low in SMALL and 0 < SMALL[p[k].low] < 10 and not p[k].nl:
            return float(TENS[w] + SMALL[p[k].low]), k + 1
        return float(TENS[w]), j + 1
    return None


def _fraction(p: list[Piece], j: int) -> tuple[float, int] | None:
    """A fraction phrase: "a half", "one fourth", "three fifths", "two-thirds", "a twenty-first"."""
    if j >= len(p):
        return None
    if p[j].low in ("a", "an"):
        num, k = 1.0, j + 1
    else:
        got = _small_int(p, j)
        if got is None:
            return None
        num, k = got
    if k < len(p) and p[k].text in ("-", "\u2013"):
        k += 1
    d = _denom(p, k)
    if d is None or p[k].low == "second" or num != 1 and not p[d[1] - 1].low.endswith(("s", "half")):
        return None
    nxt = p[d[1]] if d[1] < len(p) else None
    article = p[j].low in ("a", "an")
    if article and p[k - 1].text not in ("-", "\u2013") and p[k].low != "half" and nxt is not None and (
            nxt.text[:1].isalpha() and nxt.low not in SCALES and nxt.low != "of"
            or nxt.text == "-" and not (d[1] + 1 < len(p) and p[d[1] + 1].low in SCALES)):
        return None  # an ordinal: "a third party", "a sixth-grader"
    return num / d[0], d[1]


def _scale_at(p: list[Piece], j: int, money: bool) -> float | None:
    """A multiplier word at j: million, bn, k, lakh ... ("m" only for money or as capital "M")."""
    if j >= len(p):
        return None
    w = p[j].low
    if w in SCALES:
        return SCALES[w]
    if w in ABBREVS and j > 0 and p[j - 1].low not in SCALES and parse_numeral(p[j - 1].text) is not None:
        nxt = p[j + 1].low.rstrip("s") if j + 1 < len(p) else ""
        if w == "m" and not (money or p[j].text == "M" or nxt in UNITS and nxt not in AMBIGUOUS_UNITS
                             or nxt in CUR_NAMES):  # "5m tonnes", not "the 100m in 9.8 seconds"
            return None
        if w == "b" and not p[j].glued:
            return None
        return ABBREVS[w]
    return None


def read_number(p: list[Piece], i: int, money: bool = False) -> tuple[float | None, int]:
    """Read the longest number phrase at p[i:] -> (value, end index); (None, i) if none starts here.

    A left-to-right reader: `group` is the part below a thousand being built ("three hundred and two"),
    `total` what the multipliers have already taken ("twenty-one trillion"), `last` the kind of the
    previous word, which decides what may follow (a unit after tens, "hundred" after a unit, ...).
    Fractions: "two thirds", "and a half", "half a million"; decimals: "point seventy-one".
    """
    n = len(p)
    j, sign = i, 1.0
    if j < n and (p[j].low in ("minus", "negative") or p[j].text in ("-", "\u2212")) and j + 1 < n:
        sign, j = -1.0, j + 1
    total, group, last, last_scale = 0.0, 0.0, None, 0.0
    while j < n and (j == i or not p[j].nl):
        w = p[j].low
        val = parse_numeral(p[j].text)
        if val is not None and not w.startswith(("+", "-")) or val is not None and last is None:
            if last is None:
                group, last, j = val, "digit", j + 1
                frac = parse_numeral(p[j].text) if j < n and "/" in p[j].text else None
                if frac is not None and frac < 1 and float(group).is_integer():
                    group, j = group + (frac if group >= 0 else -frac), j + 1
                continue
            nxt_scale = j + 1 < n and (p[j + 1].low in SCALES or p[j + 1].low == "hundred")
            if last in ("hundred", "and") and val < 100 and float(val).is_integer() and not nxt_scale \
                    or last == "scale" and _is(p, j + 1, "hundred"):
                group, last, j = group + val, "digit", j + 1
                continue
            break
        frac_here = _fraction(p, j) if last in (None, "and") or w in DENOMS else None
        if frac_here is not None and (last is None or last == "and"):
            f, k = frac_here
            skip = 2 if words(p, k, 2) in ("of a", "of an") else int(k < n and p[k].low in ("a", "an"))
            sc = _scale_at(p, k + skip, money)  # "half a million", "a quarter of a million"
            if sc is None and not skip and k + 1 < n and p[k].text == "-" and p[k].start == p[k - 1].end:
                sc, skip = _scale_at(p, k + 1, money), 1  # "a half-million"
            if sc is not None:
                k = k + 1 + skip
                if last == "and" and last_scale == 0:  # "one and a half million"
                    total, group, f, last_scale = (total + group + f) * sc, 0.0, 0.0, sc
                else:
                    f *= sc
            elif last == "and" and last_scale >= 1e3 and group == 0:
                f *= last_scale
            total, group, last, j = total + group + f, 0.0, "frac", k
            continue
        if last in ("unit", "tens", "hundred", "scale") and (d := _denom(p, j)) is not None and d[0] > 4:
            total, group, last, j = (total + group) / d[0], 0.0, "frac", d[1]
            continue
        if last is None and w in DENOMS and DENOMS[w] in (2, 4) and not w.endswith("s"):
            k = j + 1 + (j + 1 < n and p[j + 1].low in ("a", "an"))
            sc = _scale_at(p, k, money)
            if sc is None and w == "half" and j + 1 < n and p[j + 1].low in HALF_OF \
                    and not (j and p[j - 1].low in NOT_HALF):
                sc, k = 1.0, j
            if sc is None:
                break
            total, last, j = DENOMS[w] ** -1 * sc, "frac", k + 1
            continue
        if w in ("a", "an") and last is None:
            if j + 1 < n and (p[j + 1].low in SCALES or p[j + 1].low in ("hundred", "dozen")):
                group, last, j = 1.0, "a", j + 1
                continue
            break
        small = _small_int(p, j) if w in SMALL or w in TENS else None
        if small is not None:
            if last in (None, "hundred", "scale", "and") or last == "tens" and 0 < SMALL.get(w, 0) < 10:
                group += small[0]
                last = "tens" if w in TENS and small[1] == j + 1 else "unit"
                j = small[1]
                continue
            break
        if w == "hundred" and last in (None, "a", "unit", "tens", "digit") and group < 100:
            group, last, j = (group or 1.0) * 100, "hundred", j + 1
            continue
        if w in DOZEN and last in ("a", "unit", "tens", "digit"):
            group, last, j = group * 12, "unit", j + 1
            continue
        if w == "-" and last in ("digit", "unit", "tens") and p[j - 1].end == p[j].start and j + 1 < n \
                and p[j + 1].low in SCALES:
            j += 1  # "$400-million"
            continue
        sc = _scale_at(p, j, money)
        if sc is not None and last in ("a", "unit", "tens", "digit", "hundred", "scale", "frac"):
            if last in ("scale", "frac") and group == 0:
                if sc <= last_scale and last == "scale":
                    break
                total *= sc
            elif total and sc > last_scale:
                total = (total + group) * sc
            else:
                total += (group if last != "a" or group else 1.0) * sc
            group, last, last_scale, j = 0.0, "scale", max(sc, last_scale), j + 1
            continue
        if w == "and" and last in ("hundred", "scale", "unit", "tens", "digit") and j + 1 < n:
            nxt = p[j + 1].low
            digits = (parse_numeral(p[j + 1].text) or 1e9) < 100 and (
                last == "hundred" or parse_numeral(p[i].text) is None)  # not "5 million and 3-4m euros"
            cont = last in ("hundred", "scale") and (nxt in SMALL or nxt in TENS or digits)
            if cont or _fraction(p, j + 1) is not None:
                last, j = "and", j + 1
                continue
            break
        if w == "point" and last in ("unit", "tens", "hundred", "digit") and j + 1 < n:
            digits, k = "", j + 1
            while (got := _small_int(p, k)) is not None and got[0] < 100:
                digits, k = digits + str(int(got[0])), got[1]
            if not digits:
                break
            group, last, j = group + float("0." + digits), "unit", k
            continue
        break
    if last is None or last == "a":
        return None, i
    if last == "and":
        j -= 1
    return sign * (total + group), j


HALF_OF = {"of", "the", "its", "their", "his", "her", "our", "my", "your", "all", "these", "those"}


def _is(p: list[Piece], j: int, word: str) -> bool:
    return j < len(p) and p[j].low == word
