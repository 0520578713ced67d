"""Value normaliser for the numbers stage: numerals, spelled-out numbers, fractions, multipliers,
currencies and units.

Works on `Piece`s (a token, or part of a glued token such as "USD115" or "10k"), so nothing here
needs a parsed Doc. `read_number(pieces, i)` reads the longest number phrase starting at `i`;
`read_item` adds the currency, multiplier, percent sign or unit around it. Tables live in
`data/numbers.json`.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from pathlib import Path

TABLES: dict = json.loads((Path(__file__).parent / "data" / "numbers.json").read_text(encoding="utf-8"))

_SMALL_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
                "nineteen")
SMALL = {w: n for n, w in enumerate(_SMALL_WORDS)}
SMALL.update({"nought": 0, "naught": 0})
_TENS_WORDS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
TENS = {w: 10 * n for n, w in enumerate(_TENS_WORDS, 2)}
SCALES: dict[str, float] = {k: float(v) for k, v in TABLES["scales"].items() if k != "hundred"}
ABBREVS: dict[str, float] = {k: float(v) for k, v in TABLES["scale_abbrevs"].items()}
VAGUE: dict[str, float] = {k: float(v) for k, v in TABLES["vague"].items()}
NOT_HALF = {"the", "first", "second", "last", "latter", "former", "other", "back", "top", "bottom", "this"}
DOZEN = {"dozen", "dozens", "doz", "dozs"}
_ORD_UNITS = {"third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
              "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
              "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
              "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
              "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100, "thousandth": 1e3,
              "millionth": 1e6, "billionth": 1e9, "trillionth": 1e12}
DENOMS: dict[str, float] = {"half": 2, "halves": 2, "quarter": 4, "quarters": 4}
for _w, _n in _ORD_UNITS.items():
    DENOMS[_w] = DENOMS[_w + "s"] = _n
COMPOUND_ORD = {"first": 1, "second": 2, **{k: v for k, v in _ORD_UNITS.items() if v < 10}}
ORDINALS = {"first": 1, "second": 2, **{k: v for k, v in _ORD_UNITS.items() if v <= 90}}
VULGAR = {"½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅖": 0.4, "⅗": 0.6, "⅘": 0.8,
          "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875}
NUMBER_WORDS = set(SMALL) | set(TENS) | set(SCALES) | {"hundred"} | DOZEN

CUR_SYMBOLS: dict[str, str | None] = TABLES["currency_symbols"]
CUR_CODES: dict[str, str] = {c.lower(): c for c in TABLES["currency_codes"]} | TABLES["currency_code_aliases"]
CUR_NAMES: dict[str, str | None] = TABLES["currency_names"]
CUR_ADJ: dict[str, dict[str, str]] = TABLES["currency_adjectives"]
SUBUNITS: dict[str, list] = TABLES["currency_subunits"]
LOWER_CODES = set(TABLES["words"]["lower_codes"])
UNITS: dict[str, str] = TABLES["units"]
FULL: dict[str, str] = TABLES["unit_full_names"]
TIME_UNITS = set(TABLES["time_units"])
PERCENT = set(TABLES["percent"])
TEMPORAL, MONTHS = set(TABLES["words"]["temporal"]), set(TABLES["words"]["months"])
FRACTION_DENOMS = {2, 3, 4, 5, 6, 8, 10, 16, 32, 64, 100}
PER_WHAT = {"share", "barrel", "gallon", "head", "month", "year", "week", "day", "hour", "tonne", "ton",
            "person"}
AMBIGUOUS_UNITS = {"in", "t", "l", "g", "h", "w", "j", "ha"}  # only glued to a number ("5t") or "5 ft 2 in"

_NUM = r"[-+\u2212]?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)(?:[eE][-+]?\d+)?"
NUMERAL_RE = re.compile(rf"{_NUM}|\d+/\d+|[{''.join(VULGAR)}]|\d+[{''.join(VULGAR)}]")
SPACED_RE = re.compile(r"(?<=\d)[ \u202f\u00a0](?=\d{3}(?!\d))")
PTB_RE = re.compile(r"(?<=\d) (?:\. (?=\d)|, (?=\d{3}(?!\d)))")
DECIMAL_COMMA_RE = re.compile(r"\d+,\d{1,2}")
DASHED_RE = re.compile(r"(.*\d\D{0,3})([-\u2013])(\D{0,4}\d.*)")
LIST_RE = re.compile(r"\d+(?:,\d+)+")
YEAR4_RE = re.compile(r"(?:1[5-9]|20)\d\d")
HAS_DIGIT = re.compile(r"\d").search
THOUSANDS_RE = re.compile(r"\d{1,3}(?:[ \u202f\u00a0]\d{3})*")
ORDINAL_RE = re.compile(r"\d+(?:st|nd|rd|th)", re.I)
_PRE = r"(?:[A-Za-z]{1,3}\.?)?\$|[A-Z]{3}|[Rr][Ss]\.?|[£€¥₹₩₽₴₺₪₦₱฿₫₡₭₿]|[A-Z]{1,2}[£€]"
_SUF = r"[^\d\W][\w/²³]*|\u00d710|[%°″\"]|[\[{<(].*"
GLUED_RE = re.compile(rf"(?P<pre>{_PRE})?(?P<num>{_NUM})(?P<suf>{_SUF})?")
POWER_RE = re.compile(rf"({_NUM})(\^)([-+]?\d+)")
COMPARISON_RE = re.compile(r"([^\W\d]\w*)(>=|<=|[<>≥≤])(\S*\d\S*)")


@dataclass(slots=True)
class Piece:
    """A token or part of a glued token: text, char offsets, token index, glued to its neighbour."""

    text: str
    start: int
    end: int
    i: int
    glued: bool = False
    nl: bool = False  # a line break comes before it: numbers, units and ranges do not run across
    low: str = ""

    def __post_init__(self) -> None:
        self.low = self.text.lower()


def parse_numeral(text: str) -> float | None:
    """Value of a numeral written with digits ("1,234.5", ".75", "-3", "1/4", "½", "2½", "1e6")."""
    s = SPACED_RE.sub(",", text.replace("\u2212", "-"))
    s = PTB_RE.sub(lambda m: m.group()[1], s)
    if DECIMAL_COMMA_RE.fullmatch(s):
        return float(s.replace(",", "."))
    if not s or not NUMERAL_RE.fullmatch(s):
        return None
    if s in VULGAR:
        return VULGAR[s]
    if s[-1] in VULGAR:
        return float(s[:-1]) + VULGAR[s[-1]]
    try:
        if "/" in s:  # "3/4"; not "9/11" or "24/7"
            a, b = (float(x) for x in s.split("/"))
            return a / b if b in FRACTION_DENOMS and a < b else None
        value = float(s.replace(",", ""))
    except (ValueError, OverflowError):
        return None
    return value if math.isfinite(value) else None


def split_glued(text: str, start: int, i: int) -> list[Piece]:
    """Split a token such as "USD115", "115USD", "10k", "HK$3.4", "45{kg" into pieces; else one piece."""
    if LIST_RE.fullmatch(text) and not NUMERAL_RE.fullmatch(text):  # "22,24,26" (a list), "1,3" (a decimal)
        if DECIMAL_COMMA_RE.fullmatch(text):
            return [Piece(text, start, start + len(text), i)]
        out, off = [], start
        for part in text.split(","):
            out.append(Piece(part, off, off + len(part), i))
            off += len(part) + 1
        return out
    k = text.find(";")
    if k > 0 and HAS_DIGIT(text[:k]) and HAS_DIGIT(text[k + 1:]):  # "£227bn;331bn": two amounts, one token
        return split_glued(text[:k], start, i) + [Piece(";", start + k, start + k + 1, i)] \
            + split_glued(text[k + 1:], start + k + 1, i)
    g = POWER_RE.fullmatch(text)  # "-1.1^+23"
    if g is not None:
        return [Piece(g.group(n), start + g.start(n), start + g.end(n), i, glued=True) for n in (1, 2, 3)]
    g = COMPARISON_RE.fullmatch(text)  # "x>10", "t<40C"
    if g is not None:
        return [Piece(g.group(n), start + g.start(n), start + g.end(n), i, glued=True) for n in (1, 2)] \
            + split_glued(g.group(3), start + g.start(3), i)
    d = DASHED_RE.fullmatch(text)
    if d is not None and GLUED_RE.fullmatch(d.group(1)) and GLUED_RE.fullmatch(d.group(3)):  # "5.25%-5.5"
        k = start + d.start(2)
        return split_glued(d.group(1), start, i) + [Piece(d.group(2), k, k + 1, i, glued=True)] + split_glued(
            d.group(3), k + 1, i)
    m = GLUED_RE.fullmatch(text)
    if m is None and len(text) > 2 and text[-1] == ".":  # "113F." ending a sentence
        inner = split_glued(text[:-1], start, i)
        if len(inner) > 1:
            return inner + [Piece(".", start + len(text) - 1, start + len(text), i, glued=True)]
    if m is None or (m.group("pre") is None and m.group("suf") is None):
        return [Piece(text, start, start + len(text), i)]
    pre = m.group("pre")
    if pre is not None and pre.isalpha() and len(pre) == 3 and pre.lower() not in CUR_CODES:
        return [Piece(text, start, start + len(text), i)]  # a name: "ITV1", "BBC2", not "USD5"
    out = []
    for name in ("pre", "num", "suf"):
        if m.group(name):
            a, b = m.span(name)
            out.append(Piece(text[a:b], start + a, start + b, i, glued=True))
    suf = m.group("suf")
    if suf and len(suf) > 1 and suf.endswith("."):  # "£5m." at the end of a sentence
        out[-1] = Piece(suf[:-1], out[-1].start, out[-1].end - 1, i, glued=True)
        out.append(Piece(".", out[-1].end, out[-1].end + 1, i, glued=True))
    if suf and suf[0] in "[{<(":  # "45{kg)": keep the numeral only
        out = out[:-1]
    return out


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
    if num == 1 and p[k - 1].text not in ("-", "\u2013") and p[k].low != "half" and nxt is not None and (
            nxt.text[:1].isalpha() and nxt.low not in SCALES and nxt.low != "of" or nxt.text == "-"):
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
            if sc is None and w == "half" and _is(p, j + 1, "of") and not (j and p[j - 1].low in NOT_HALF):
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
            cont = last in ("hundred", "scale") and (nxt in SMALL or nxt in TENS or (
                parse_numeral(p[j + 1].text) or 1e9) < 100)
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


def _is(p: list[Piece], j: int, word: str) -> bool:
    return j < len(p) and p[j].low == word


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


def words(p: list[Piece], j: int, n: int) -> str:
    """The n lower-cased pieces from j joined by spaces, or "" if fewer are left."""
    return " ".join(x.low for x in p[j:j + n]) if j + n <= len(p) else ""


def currency_after(p: list[Piece], j: int) -> tuple[str | None, float, int] | None:
    """Currency after an amount at p[j]: "USD", "$", "us dollars", "pence" -> (ISO, factor, next j)."""
    for n in (3, 2, 1):
        if j + n > len(p):
            continue
        words = [x.low for x in p[j:j + n]]
        if n > 1:  # "us dollars", "hong kong dollars", "turkish lira"
            adj, name = " ".join(words[:-1]), words[-1].rstrip("s") if words[-1] != "reais" else "real"
            if adj in CUR_ADJ and name in CUR_ADJ[adj]:
                return CUR_ADJ[adj][name], 1.0, j + n
            if name == "cent":  # "us cents", "euro cents"
                main = CUR_ADJ[adj].get("dollar") if adj in CUR_ADJ else CUR_NAMES.get(adj.rstrip("s"))
                if main is not None:
                    return main, 0.01, j + n
            continue
        w = words[0]
        if w in CUR_CODES and (p[j].text.isupper() or p[j].glued or w in LOWER_CODES):
            return CUR_CODES[w], 1.0, j + 1
        if len(w) == 4 and w[0] == "m" and w[1:] in CUR_CODES and p[j].text.isupper():
            return CUR_CODES[w[1:]], 1e6, j + 1
        if w in CUR_SYMBOLS and not w.isalpha() and not (j + 1 < len(p) and p[j + 1].start == p[j].end
                                                          and parse_numeral(p[j + 1].text) is not None):
            return CUR_SYMBOLS[w], 1.0, j + 1
        for form in (w, w.rstrip("s"), w[:-2] if w.endswith("es") else w):
            if form in CUR_NAMES:
                return CUR_NAMES[form], 1.0, j + 1
            if form in SUBUNITS and (form != "p" or p[j].glued):
                return SUBUNITS[form][1], float(SUBUNITS[form][0]), j + 1
        if w in ("pound", "pounds") and j + 1 < len(p) and p[j + 1].low == "sterling":
            return "GBP", 1.0, j + 2
    return None


def currency_before(p: list[Piece], j: int) -> tuple[str | None, float, int] | None:
    """Currency before an amount starting at p[j]: "$", "US$", "c $", "USD", "MEUR" -> (ISO, scale, start)."""
    if j == 0:
        return None
    w = p[j - 1].low
    if w in CUR_SYMBOLS and not w.isalpha():
        if w == "$" and j >= 2 and not p[j - 2].glued and p[j - 2].end == p[j - 1].start - 1:
            pre = p[j - 2].low.rstrip(".")
            if pre + "$" in CUR_SYMBOLS and pre not in ("s", "a", "r"):
                return CUR_SYMBOLS[pre + "$"], 1.0, j - 2
        return CUR_SYMBOLS[w], 1.0, j - 1
    if w in CUR_CODES and p[j - 1].text.isupper() or (p[j - 1].glued and w in CUR_CODES):
        return CUR_CODES[w], 1.0, j - 1
    if len(w) == 4 and w[0] == "m" and w[1:] in CUR_CODES and p[j - 1].text.isupper():
        return CUR_CODES[w[1:]], 1e6, j - 1
    if w in ("dollar", "sen", "rs", "rs."):
        return CUR_NAMES.get(w, CUR_SYMBOLS.get(w)), 1.0, j - 1
    if w == "." and j >= 2 and p[j - 2].low == "rs" and p[j - 2].end == p[j - 1].start:  # "Rs. 300"
        return CUR_SYMBOLS["rs"], 1.0, j - 2
    return None


def unit_after(p: list[Piece], j: int, short: bool = False) -> tuple[str, int] | None:
    """A unit at p[j] (after the number): "km", "square metres", "metric tons", "km/h" -> (unit, next j)."""
    if j < len(p) and p[j].glued and p[j].text in ("C", "F"):  # "45C", "113F"
        return ("degree celsius" if p[j].text == "C" else "degree fahrenheit"), j + 1
    for n in (3, 2, 1):
        if j + n > len(p) or (n > 1 and not all(p[k].start <= p[k - 1].end + 1 for k in range(j + 1, j + n))):
            continue
        raw = words(p, j, n)
        compact = all(p[k].start == p[k - 1].end or "/" in (p[k].text, p[k - 1].text)
                      for k in range(j + 1, j + n))
        forms = (raw, raw.replace(" ", "") if compact else raw, raw[:-1] if raw.endswith("s") else raw,
                 raw[:-2] if raw.endswith("es") else raw)
        for form in forms:
            if form in UNITS and (n > 1 or short or form not in AMBIGUOUS_UNITS or p[j].glued) \
                    and (form != "\"" or _closes_no_quote(p, j)):
                unit, k = UNITS[form], j + n
                if k + 1 < len(p) and p[k].low in ("per", "/") and (den := unit_after(p, k + 1)):
                    return f"{FULL.get(unit, unit)} per {FULL.get(den[0], den[0])}", den[1]
                return unit, k
    return None


def _closes_no_quote(p: list[Piece], j: int) -> bool:
    """A '"' after a number is an inch mark unless it closes a quotation opened before it."""
    closing = sum(x.text == '"' for x in p[max(0, j - 200):j]) % 2 == 1
    return not closing and not YEAR4_RE.fullmatch(p[j - 1].text)


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
    if k < len(p) and p[k].start == p[k - 1].end and p[k].text[:1].isalnum() and not (
            currency_after(p, k) or unit_after(p, k)):
        return None  # "11a", "1.3x10", "5G", "10am": not a plain amount
    if k < len(p) and p[k].text in ("-", "–") and k + 1 < len(p) and p[k + 1].start == p[k].end:
        k2 = k + 1  # compound adjective: "3-inch", "12-cent", "one-yen"
        if currency_after(p, k2) or unit_after(p, k2):
            k = k2
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
            if tail is None and e < len(p) and p[e].low in NUMBER_WORDS:
                pass
            elif tail is None or tail[1] < 1:
                it.value, it.b = it.value + sub / 100, tail[2] if tail else e
    elif it.type == "money" and k < len(p) and (after := currency_after(p, k)) and after[0] == it.currency:
        it.b = after[2]  # "$10 dollars"
    elif it.type != "money":
        if k < len(p) and (p[k].low in PERCENT or p[k].low[:-1] in PERCENT or words(p, k, 2) in PERCENT):
            n = 2 if words(p, k, 2) in PERCENT else 1
            w = words(p, k, n)
            unit = "basis point" if w.startswith(("basis", "bp")) else "percentage point" if "point" in w \
                else "percent"
            it.type, it.unit, it.b = "percent", unit, k + n
        elif (u := _bracketed_unit(p, k) or unit_after(p, k)) is not None and u[0] not in TIME_UNITS:
            it.type, it.unit, it.b = "quantity", u[0], u[1]
            if u[0] == "pound" and it.scaled:  # "3.5 million pounds": money
                it.type, it.unit, it.currency = "money", None, "GBP"
            if (ft := _feet_inches(p, u[1])) is not None and u[0] == "foot":
                it.value, it.b = value + ft[0] / 12, ft[1]
    per = it.b + 1 if words(p, it.b, 1) in ("per", "a", "an") else it.b + 3 \
        if words(p, it.b, 3) in ("- a -", "- an -", "- per -") else 0  # "a £2m-a-year deal"
    if it.type == "money" and per and per < len(p):
        u = unit_after(p, per)
        if u is not None or p[per].low in PER_WHAT:  # "$3.50 a gallon", "$80 per barrel"
            it.unit = "per " + (u[0] if u else p[per].low)
    return it


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
    for x in p[it.a:it.b]:
        best = max(best, SCALES.get(x.low, 1.0), ABBREVS.get(x.low, 1.0) if x.low not in ("m", "b") or x.glued
                   or x.text == "M" else 1.0)
    return best


def as_age(it: Item, p: list[Piece]) -> bool:
    """ "aged 45", "45 years old", "45-year-old" -> a quantity of years (extends the span)."""
    after = [x.low for x in p[it.b:it.b + 6] if x.text != "-"]
    before = p[it.a - 1].low if it.a > 0 else ""
    if before in ("aged", "age", "ages") or after[:2] in (["years", "old"], ["year", "old"]) \
            or after[:3] == ["years", "of", "age"]:
        it.type, it.unit = "quantity", "year"
        if words(p, it.b, 4) == "- year - old":
            it.b += 4
        elif words(p, it.b, 1) in ("years", "year"):
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


def as_ratio(it: Item, p: list[Piece]) -> None:
    """ "one over three", "2 out of 5" -> the fraction (unless a unit, currency or time word follows)."""
    k = it.b + 1 if words(p, it.b, 1) == "over" else it.b + 2 if words(p, it.b, 2) == "out of" else 0
    if not k or k >= len(p) or not numberish(p[k]):
        return
    den, e = read_number(p, k)
    if den and e < len(p) and (p[e].low in TEMPORAL or p[e].low in PERCENT or unit_after(p, e)
                               or currency_after(p, e)):
        return
    if den and (words(p, it.b, 1) == "over" or abs(it.value) <= den):  # "12 out of 10": two counts
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


def pieces_of(doc, text: str) -> tuple[list[Piece], list[int]]:
    """Doc tokens as pieces (glued numerals split), and each token's first piece index."""
    out: list[Piece] = []
    for t in doc:
        if t.is_space:
            continue
        if HAS_DIGIT(t.text) and not ORDINAL_RE.fullmatch(t.text):
            out.extend(split_glued(t.text, t.idx, t.i))
        elif len(t) > 1 and t.text[-1] == "." and (t.lower_[:-1] in UNITS or t.lower_[:-1] in ABBREVS) \
                and t.i and (t.nbor(-1).text[-1].isdigit() or t.nbor(-1).like_num or t.nbor(-1).text == "/"):
            # "£5m." ending a sentence, "EUR4" "m."
            e = t.idx + len(t)
            out += [Piece(t.text[:-1], t.idx, e - 1, t.i), Piece(".", e - 1, e, t.i)]
        else:
            out.append(Piece(t.text, t.idx, t.idx + len(t.text), t.i))
    merged: list[Piece] = []
    for x in out:  # "40 000": thousands separated by a (thin) space
        y = merged[-1] if merged else None
        if y is not None and x.text.isdigit() and len(x.text) == 3 and x.start == y.end + 1 \
                and text[y.end] in " \u202f\u00a0" and THOUSANDS_RE.fullmatch(y.text):
            merged[-1] = Piece(text[y.start:x.end], y.start, x.end, y.i)
        elif y is not None and x.text.isdigit() and len(merged) >= 2 and (y.text == "." or y.text == ","
                                                                          and len(x.text) == 3) \
                and x.start == y.end + 1 == merged[-2].end + 3 and merged[-2].text.isdigit():
            z = merged.pop(-2)  # "4 . 8", "80 , 000": numbers split by a tokenised (PTB) corpus
            merged[-1] = Piece(text[z.start:x.end], z.start, x.end, z.i)
        else:
            merged.append(x)
    merged = _unhyphenate(merged)
    for a, b in zip(merged, merged[1:], strict=False):
        b.nl = "\n" in text[a.end:b.start]
    return merged, first_pieces(merged, len(doc))


def _unhyphenate(p: list[Piece]) -> list[Piece]:
    """ "two-and-a-half" reads as "two and a half": drop the hyphens of that chain (offsets are kept)."""
    drop: set[int] = set()
    for j in range(1, len(p) - 4):
        if p[j].low == "and" and p[j + 2].low in ("a", "an") and p[j + 4].low in DENOMS \
                and all(p[k].text == "-" and p[k - 1].end == p[k].start == p[k + 1].start - 1
                        for k in (j - 1, j + 1, j + 3)):
            drop.update((j - 1, j + 1, j + 3))
    return [x for k, x in enumerate(p) if k not in drop] if drop else p


def first_pieces(p: list[Piece], n_tokens: int) -> list[int]:
    """For each token index (and one past the end), the index of its first piece (or the next one)."""
    first = [len(p)] * (n_tokens + 1)
    for j in range(len(p) - 1, -1, -1):
        first[p[j].i] = j
    for t in range(n_tokens - 1, -1, -1):
        first[t] = min(first[t], first[t + 1])
    return first
