"""Currencies and units around an amount for the numbers stage: `currency_before` ("$", "US$",
"MEUR"), `currency_after` ("USD", "us dollars", "pence") and `unit_after` ("km", "square metres",
"km/h"); `unit_words` reads a unit from plain words for the entities stage ("54 Mbps": no name).
"""

from __future__ import annotations

from pipeline.numbers.pieces import YEAR4_RE, Piece, parse_numeral, words
from pipeline.numbers.registry import registry_unit, symbol_unit
from pipeline.numbers.tables import (
    AMBIGUOUS_UNITS,
    CUR_ADJ,
    CUR_CODES,
    CUR_NAMES,
    CUR_PREFIXES,
    CUR_SYMBOLS,
    FULL,
    LOWER_CODES,
    SUBUNITS,
    UNITS,
)


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
            name = form == "cent" and p[j].text[0].isupper()  # "50 Cent", the rapper
            if form in SUBUNITS and (form != "p" or p[j].glued or _spaced_pence(p, j)) and not name:
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
    if w in CUR_PREFIXES and p[j - 1].glued:
        return CUR_PREFIXES[w], 1.0, j - 1
    if w in CUR_CODES and p[j - 1].text.isupper() or (p[j - 1].glued and w in CUR_CODES):
        return CUR_CODES[w], 1.0, j - 1
    if len(w) == 4 and w[0] == "m" and w[1:] in CUR_CODES and p[j - 1].text.isupper():
        return CUR_CODES[w[1:]], 1e6, j - 1
    if w in ("dollar", "sen", "rs", "rs.", "rp"):
        return CUR_NAMES.get(w, CUR_SYMBOLS.get(w)), 1.0, j - 1
    if w == "." and j >= 2 and p[j - 2].low == "rs" and p[j - 2].end == p[j - 1].start:  # "Rs. 300"
        return CUR_SYMBOLS["rs"], 1.0, j - 2
    return None


def unit_after(p: list[Piece], j: int, short: bool = False) -> tuple[str, int] | None:
    """A unit at p[j] (after the number): "km", "square metres", "metric tons", "km/h", "MPa",
    "kV/cm" -> (unit, next j). Our table first, then pint's registry (`registry_unit`)."""
    if j >= len(p):
        return None
    if p[j].text in ("C", "F") and (p[j].glued or _temperature_near(p, j)):  # "45C", "113F", "8 C"
        return ("degree celsius" if p[j].text == "C" else "degree fahrenheit"), j + 1
    found = _table_unit(p, j, short) or registry_unit(p, j)
    if found is None:
        return None
    unit, k = found
    if k + 1 < len(p) and p[k].low in ("per", "/") and (den := unit_after(p, k + 1)):
        return f"{FULL.get(unit, unit)} per {FULL.get(den[0], den[0])}", den[1]
    return unit, k


def unit_words(texts: list[str]) -> tuple[str, int] | None:
    """The unit the words `texts` open with, read as after a number (`unit_after`: "Mbps", "megabits
    per second") -> (unit, words read), or None: for other stages, which hold words, not pieces."""
    pieces, start = [Piece("1", 0, 1, 0)], 2
    for k, text in enumerate(texts, 1):
        pieces.append(Piece(text, start, start + len(text), k))
        start += len(text) + 1
    found = unit_after(pieces, 1)
    return (found[0], found[1] - 1) if found else None


def _table_unit(p: list[Piece], j: int, short: bool) -> tuple[str, int] | None:
    if p[j].text == "Nm":  # torque, not nanometres ("nm")
        return "newton meter", j + 1
    for n in (3, 2, 1):
        if j + n > len(p) or (n > 1 and not all(p[k].start <= p[k - 1].end + 1 for k in range(j + 1, j + n))):
            continue
        raw = words(p, j, n)
        compact = all(p[k].start == p[k - 1].end or "/" in (p[k].text, p[k - 1].text)
                      for k in range(j + 1, j + n))
        forms = (raw, raw.replace(" ", "") if compact else raw, raw[:-1] if raw.endswith("s") else raw,
                 raw[:-2] if raw.endswith("es") else raw)
        for form in forms:
            if form in UNITS and (n > 1 or short or form not in AMBIGUOUS_UNITS or _attached(p, j)) \
                    and (form != "\"" or _closes_no_quote(p, j)) and not _wrong_case(p[j].text, form):
                return UNITS[form], j + n
    return None


def _attached(p: list[Piece], j: int) -> bool:
    """p[j] is glued to the number, also when the tokenizer split it off ("3g", "5t")."""
    return p[j].glued or j > 0 and p[j].start == p[j - 1].end


def _wrong_case(text: str, form: str) -> bool:
    """A capital letter where the unit's symbol is a small one: "3G" (the mobile standard) is not 3
    grams, nor "10M" ten metres nor "2H" two hours; "5W", "2L" are watts and litres (pint's symbols)."""
    return len(text) == 1 and text.isupper() and form.islower() and symbol_unit(text) != UNITS[form]


TEMPERATURE_WORDS = {"temperature", "temperatures", "degree", "degrees", "warm", "warmer", "hot", "hotter",
                     "cold", "colder", "heat", "freezing", "celsius", "fahrenheit", "°", "thermometer"}


def _temperature_near(p: list[Piece], j: int) -> bool:
    """A spaced "C" or "F" after a number is a temperature when the words around speak of one."""
    nxt = p[j + 1].text if j + 1 < len(p) else ""
    if (nxt[:1].isupper() or nxt[:1].isdigit()) and not p[j + 1].nl:
        return False  # "Category 4 C Street", "8 C 9"
    return any(x.low in TEMPERATURE_WORDS for x in p[max(0, j - 15):j + 8])


def _closes_no_quote(p: list[Piece], j: int) -> bool:
    """A '"' after a number is an inch mark unless it opens a quoted word or closes a quotation
    opened before it."""
    if j + 1 < len(p) and p[j + 1].start == p[j].end and p[j + 1].text[:1].isalpha():
        return False  # 'eight "critical" flaws'
    closing = sum(x.text == '"' for x in p[max(0, j - 200):j]) % 2 == 1
    return not closing and not YEAR4_RE.fullmatch(p[j - 1].text)


def _spaced_pence(p: list[Piece], j: int) -> bool:
    """ "down 68 p at 1112 p": a lower-case "p" standing alone after a number, as share prices are
    quoted, also ending a sentence; not "p. 12" (a page) nor the start of a word."""
    if p[j].text != "p" or j + 1 < len(p) and p[j + 1].text == "-" and not p[j + 1].nl:
        return False
    end = j + 1 < len(p) and p[j + 1].text == "." and not p[j + 1].nl
    return not end or j + 2 == len(p) or p[j + 2].nl or p[j + 2].text[:1].isupper()  # "at 125.8 p." ends it
