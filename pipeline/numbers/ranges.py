"""Ranges for the numbers stage: two neighbouring amounts joined into one ("10 to 15", "between 10
and 15", "$10-15 million", "five or six"), and what looks like a range but is not: scores and
tallies ("3-1", "6-7 (4-7)"), fiscal years ("2012-13"), number chains ("2-4-6"), changes ("rose by
$19bn to $419.3bn").
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.numbers.filters import yearish
from pipeline.numbers.parse import Item, month_near, multiplier, numberish
from pipeline.numbers.pieces import Piece, words
from pipeline.numbers.tables import CHANGE_VERBS, LOWER_BOUND, TIME_UNITS, UPPER_BOUND


def join_ranges(items: list[Item], p: list[Piece], doc: Doc) -> list[Item]:
    """Join "10 to 15", "between 10 and 15", "10-15", "over 10 and under 40"; drop scores, fiscal years."""
    out: list[Item] = []
    k = 0
    while k < len(items):
        a = items[k]
        b = items[k + 1] if k + 1 < len(items) else None
        gap = words(p, a.b, b.a - a.b) if b else ""
        suspended = gap.startswith("- ") and p[a.b].glued and p[a.b].start == p[a.b - 1].end
        if suspended:  # "10- to 12-metre boats": a range; "a 7- or 8-inch screen": two sizes of one unit
            gap = gap[2:]
        if b is not None and gap in ("-", "–", "/") and p[a.b].start == p[a.b - 1].end == p[b.a].start - 1 \
                and a.type == b.type == "cardinal" and a.value is not None and b.value is not None:
            digits = p[a.b - 1].text.isdigit() and p[b.a].text.isdigit()
            if digits and (1000 <= a.value <= 2100 and b.value < 100 or b.value <= a.value
                           or _dash_chain(p, b.b) or _dash_chain(p, a.a - 3) or _score(a, b, p, doc)):
                k += 2  # fiscal year "2012-13", score or tally "3-1", "52-48", set scores "6-7 6-4"
                continue
        joined = _join(a, b, gap, p, doc) if b is not None and not any(x.nl for x in p[a.b:b.a + 1]) \
            and not (suspended and gap != "to") else None
        if joined is not None:
            out.append(joined)
            k += 2
        else:
            if b is not None and gap in ("to", "-", "–", "and", "or", "of the"):
                _share_unit(a, b, p, gap)
            out.append(a)
            k += 1
    return out


def _share_unit(a: Item, b: Item, p: list[Piece], gap: str) -> None:
    """The two ends of a change written with one unit ("increased from 13.5 to 14.0 mm" -> 13.5 mm),
    a currency shared by alternatives or by a part and its whole ("about 8 or $9", "raised 280
    million of the 1.5 billion shekels" -> money)."""
    if a.type != "cardinal" or a.unit is not None or a.value is None or yearish(a, p):
        return
    if b.type in ("quantity", "percent") and b.unit and b.unit not in TIME_UNITS and multiplier(b, p) == 1:
        a.type, a.unit = b.type, b.unit
    elif b.type == "money" and b.currency and b.unit is None and gap in ("or", "of the"):
        a.type, a.currency = "money", b.currency


SCORE_WORDS = {"win", "beat", "lose", "draw", "lead", "trail", "defeat", "victory", "loss", "score",
               "scoreline", "thrash", "edge", "triumph", "set", "game", "match", "final", "tie"}


def _score(a: Item, b: Item, p: list[Piece], doc: Doc) -> bool:
    """ "N-N" in a sports result: next to another result ("6-7 (4-7) 6-2") or to a word of winning."""
    if a.value >= 200 or b.value >= 200:
        return False
    near = [x for x in p[max(0, a.a - 4):a.a] + p[b.b:b.b + 4] if x.text not in ("(", ")", ",")]
    for k in range(len(near) - 2):
        if near[k].text.isdigit() and near[k + 1].text in ("-", "\u2013") and near[k + 2].text.isdigit():
            return True
    lo, hi = p[a.a].i, p[b.b - 1].i
    return any(t.lemma_.lower() in SCORE_WORDS for t in doc[max(0, lo - 3):hi + 3] if not lo <= t.i <= hi)


def _join(a: Item, b: Item, gap: str, p: list[Piece], doc: Doc) -> Item | None:
    """A range item from two neighbours, or None."""
    if a.value is None or b.value is None:
        return None
    if gap == "and" and a.approx in LOWER_BOUND | UPPER_BOUND and b.approx in LOWER_BOUND | UPPER_BOUND:
        lo, hi = (a, b) if a.approx in LOWER_BOUND else (b, a)
        if lo.approx == hi.approx or lo.value >= hi.value:
            return None
        return Item(a.a, b.b, None, b.type, "range", lo.value, hi.value, b.unit, b.currency or a.currency)
    between = a.a > 0 and p[a.a - 1].low == "between"
    frm = a.a > 0 and p[a.a - 1].low == "from"
    if gap == "or" and not between:
        return _either(a, b, p)
    if not (gap in ("to", "-", "–", "—", "through", "thru") or gap == "and" and between):
        return None
    if gap in ("-", "–") and (_dash_chain(p, a.a - 2) or _dash_chain(p, b.b - 1)):
        return None  # a sequence of numbers, not a range: "three-nought-four", "2-4-6"
    if a.approx not in ("exact", "about") or b.approx not in ("exact", "about"):
        return None
    before = doc[p[a.a].i - 1] if p[a.a].i else None
    if not between and before is not None and (before.lemma_.lower() in CHANGE_VERBS or before.lower_ == "by"
                               or frm and before.head.lemma_.lower() in CHANGE_VERBS
                               or doc[p[a.a].i].head.lemma_.lower() in CHANGE_VERBS):
        return None  # a change, not a range: "fell 5 to 286", "rose from 10 to 15", "fell by 2 to 40"
    measured = (b.unit and b.unit not in TIME_UNITS or b.currency) and multiplier(b, p) == 1
    if (yearish(a, p) or yearish(b, p)) and not measured:
        return None  # "from 2011 to 2016" (the dates stage's); not "1500 - 1800 calories"
    if month_near(p, a.a, a.b):
        return None  # "Sept. 30 to $747.8 million"
    m = multiplier(b, p)
    if a.type == "money" and b.type == "quantity" and b.unit == "meter" and p[b.b - 1].low == "m":
        b.type, b.unit, b.currency, b.value, m = "money", None, a.currency, b.value * 1e6, 1e6  # "£5-6m"
    lo = a.value
    if m > 1 and multiplier(a, p) == 1 and lo * m <= b.value:
        lo *= m
    types = {a.type, b.type} - {"cardinal"}
    if len(types) > 1 or lo >= b.value or a.unit and b.unit and a.unit != b.unit:
        return None
    if a.type != b.type and a.type != "cardinal" and not (between or frm) and b.value > 20 * lo:
        return None  # "by 46% to 420 million": a change, then a level
    start = a.a - 1 if between or frm else a.a
    return Item(start, b.b, None, types.pop() if types else "cardinal", "range", lo, b.value,
                b.unit or a.unit, b.currency or a.currency)


def _either(a: Item, b: Item, p: list[Piece]) -> Item | None:
    """ "five or six", "six or seven million": an uncertain amount, a range of two close values."""
    if a.approx != "exact" or b.approx != "exact" or a.low is not None or b.low is not None \
            or a.type not in ("cardinal", b.type) or a.unit and a.unit != b.unit:
        return None
    if words(p, a.a - 1, 1) == ",":
        return None  # the end of a list, not a range: "£30m, £40m or £50m"
    lo, m = a.value, multiplier(b, p)
    if m > 1 and multiplier(a, p) == 1:
        lo *= m
    if not 0 < lo < b.value <= 3 * lo:
        return None
    return Item(a.a, b.b, None, b.type, "range", lo, b.value, b.unit or a.unit, b.currency or a.currency)


def _dash_chain(p: list[Piece], j: int) -> bool:
    """p[j], a dash and p[j + 2] are numbers glued together: "nought-four"."""
    return j >= 0 and j + 2 < len(p) and p[j + 1].text in ("-", "–") and numberish(p[j]) \
        and numberish(p[j + 2]) and p[j].end == p[j + 1].start and p[j + 1].end == p[j + 2].start
