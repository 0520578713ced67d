"""Token pieces for the numbers stage: a `Piece` is a token or part of a glued token ("USD115", "10k",
"5.25%-5.5"); `pieces_of` turns a Doc into pieces, `parse_numeral` reads a numeral written with digits.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from spacy.attrs import IDX, ORTH

from pipeline.numbers.registry import is_unit
from pipeline.numbers.tables import (
    ABBREVS,
    CUR_CODES,
    DENOMS,
    FOLD_WORDS,
    FRACTION_DENOMS,
    SUBUNITS,
    UNITS,
    VULGAR,
)

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
DOLLAR_OF = re.compile(r"(?:US|A|NZ|C|HK|S)\d")
ORDINAL_RE = re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:st|nd|rd|th)", re.I)  # "21st", "1,000th"
_PRE = (r"\$(?:US|A|NZ|C|HK|S)(?=\d)|(?:[A-Za-z]{1,3}\.?)?\$|[A-Z]{3}|[Rr][Ss]\.?|RM|PS|Y="
        r"|[£€¥₹₩₽₴₺₪₦₱฿₫₡₭₿]|[A-Z]{1,2}[£€]")
_SUF = r"[^\d\W][\w/²³]*|\u00d710|[%°″\"]|[\[{<(].*"
GLUED_RE = re.compile(rf"(?P<pre>{_PRE})?(?P<num>{_NUM})(?P<suf>{_SUF})?")
POWER_RE = re.compile(rf"({_NUM})(\^)([-+]?\d+)")
COMPARISON_RE = re.compile(r"([^\W\d]\w*)(>=|<=|[<>≥≤])(\S*\d\S*)")
PREFIXED_RE = re.compile(r"(~|(?:sub|minus)-)(\S*\d\S*)", re.I)  # "~1.2mm", "sub-300", "minus-130"
SCALE_DASH_RE = re.compile(r"(million|billion|trillion|thousand|bn|m)([-\u2013])(\d\S*)", re.I)  # "3m-4m"
SUSPENDED_RE = re.compile(rf"({_NUM})-")  # "a 7- or 8-inch screen": the hyphen waits for a unit


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


def split_glued(text: str, start: int, i: int, scaled: bool = False) -> list[Piece]:
    """Split a token such as "USD115", "115USD", "10k", "HK$3.4", "45{kg" into pieces; else one piece."""
    if LIST_RE.fullmatch(text) and not NUMERAL_RE.fullmatch(text):  # "22,24,26" (a list), "1,3" (a decimal)
        if DECIMAL_COMMA_RE.fullmatch(text):
            return [Piece(text, start, start + len(text), i)]
        out, off = [], start
        for part in text.split(","):
            out.append(Piece(part, off, off + len(part), i))
            off += len(part) + 1
        return out
    joined = _prefixed(text, start, i)
    if joined is not None:
        return joined
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
    if pre == "PS" and not (scaled or m.group("suf") or "," in m.group("num") or "." in m.group("num")):
        return [Piece(text, start, start + len(text), i)]  # "PS5" the console; "PS6m", "PS21,700" are pounds
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


def _prefixed(text: str, start: int, i: int) -> list[Piece] | None:
    """A number glued to what comes before or after it by a hyphen or a tilde: "~1.2" (about), "sub-300"
    (below), "minus-130" (a sign), "million-2" (the dash of a range), "7-" (a suspended hyphen: "7- or
    8-inch") -> the word or sign, the dash where it separates, then the number's pieces."""
    if (m := SUSPENDED_RE.fullmatch(text)) is not None:
        e = start + m.end(1)
        return [Piece(m.group(1), start, e, i, glued=True), Piece("-", e, e + 1, i, glued=True)]
    if (m := PREFIXED_RE.fullmatch(text)) is not None:
        word = m.group(1).rstrip("-")
        return [Piece(word, start, start + len(word), i, glued=True)] \
            + split_glued(m.group(2), start + m.start(2), i)
    if (m := SCALE_DASH_RE.fullmatch(text)) is not None:
        k = start + m.start(2)
        return [Piece(m.group(1), start, k, i, glued=True), Piece(m.group(2), k, k + 1, i, glued=True)] \
            + split_glued(m.group(3), k + 1, i)
    return None


def words(p: list[Piece], j: int, n: int) -> str:
    """The n lower-cased pieces from j joined by spaces, or "" if fewer are left."""
    if n == 1 and j >= 0:
        return p[j].low if j < len(p) else ""
    return " ".join([x.low for x in p[j:j + n]]) if j + n <= len(p) else ""


MEMO_LIMIT = 200_000


class WordMemo:
    """Facts that depend on a word alone (its lexeme, by ORTH hash), one memo per name and vocab (the
    cache holds the vocab, so ids are never reused); a memo starts afresh past MEMO_LIMIT words, so
    that memory stays flat over any number of articles."""

    _memos: dict[tuple[str, int], tuple[object, dict]] = {}

    @classmethod
    def of(cls, name: str, vocab) -> dict:
        held = cls._memos.get((name, id(vocab)))
        if held is None or held[0] is not vocab:
            held = cls._memos[name, id(vocab)] = (vocab, {})
        if len(held[1]) >= MEMO_LIMIT:
            held[1].clear()
        return held[1]


def _kind(t) -> str | bool:
    """True for a space token, the text of a word that is one piece whatever its neighbours (no
    digit, no "$", no "-fold", no final dot), False for the others."""
    if t.is_space:
        return True
    text = t.text
    plain = text != "$" and not HAS_DIGIT(text) and t.lower_ not in FOLD_WORDS \
        and not (len(text) > 1 and text[-1] == ".")
    return text if plain else False


def pieces_of(doc, text: str) -> tuple[list[Piece], list[int]]:
    """Doc tokens as pieces (glued numerals split), and each token's first piece index. Plain words
    are read from the Doc's columns and a memo per word; only the others become Token objects."""
    out: list[Piece] = []
    kinds = WordMemo.of("pieces", doc.vocab)
    for i, (orth, idx) in enumerate(doc.to_array([ORTH, IDX]).tolist() if len(doc) else []):
        kind = kinds.get(orth)
        if kind is None:
            kind = kinds[orth] = _kind(doc[i])
        if kind is True:
            continue
        if kind:
            out.append(Piece(kind, idx, idx + len(kind), i))
            continue
        t = doc[i]
        if t.text == "$" and t.i + 1 < len(doc) and not t.whitespace_ and DOLLAR_OF.match(t.nbor().text):
            continue  # "$US113", "$A82": the dollar of a country, read with the number's token
        if t.i and DOLLAR_OF.match(t.text) and t.nbor(-1).text == "$" and not t.nbor(-1).whitespace_:
            out.extend(split_glued("$" + t.text, t.idx - 1, t.i))
        elif HAS_DIGIT(t.text) and not ORDINAL_RE.fullmatch(t.text):
            scaled = not t.whitespace_ and t.i + 1 < len(doc) and t.nbor().lower_ in ABBREVS  # "PS6" "m"
            out.extend(split_glued(t.text, t.idx, t.i, scaled))
        elif t.lower_ in FOLD_WORDS:  # "sixfold": the number and "fold"
            e = t.idx + len(t) - 4
            out += [Piece(t.text[:-4], t.idx, e, t.i, glued=True),
                    Piece(t.text[-4:], e, e + 4, t.i, glued=True)]
        elif len(t) > 1 and t.text[-1] == "." and t.i and _after_number(t.nbor(-1)) \
                and (t.lower_[:-1] in UNITS or t.lower_[:-1] in ABBREVS or t.text[:-1] in SUBUNITS
                     or is_unit(t.text[:-1])):
            # "£5m." ending a sentence, "EUR4" "m.", "at 125 p."
            e = t.idx + len(t)
            out += [Piece(t.text[:-1], t.idx, e - 1, t.i), Piece(".", e - 1, e, t.i)]
        else:
            out.append(Piece(t.text, t.idx, t.idx + len(t.text), t.i))
    merged: list[Piece] = []
    for x in out:  # "40 000": thousands separated by a (thin) space
        if not x.text.isdigit():
            merged.append(x)
            continue
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


def _after_number(prev) -> bool:
    return prev.text[-1].isdigit() or prev.like_num or prev.text == "/"


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
    low = first[n_tokens]
    for t in range(n_tokens - 1, -1, -1):  # each token's own first piece, else the next token's
        if first[t] < low:
            low = first[t]
        first[t] = low
    return first
