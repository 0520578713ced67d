"""Absolute dates for the date normaliser: years, decades, centuries, quarters and seasons of a
given year, month-day(-year) forms, numeric dates (through dateparser) and holidays.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

import dateparser
from dateutil.easter import easter

from pipeline.dates.calendar import ORDINALS, SEASONS, Result, iso_week, year_for
from pipeline.vocab import MONTHS

CENTURY_RE = re.compile(r"^(?:the |a )?(\d{1,2})(?:st|nd|rd|th) century$")


WEEKDAY_FIRST = r"^(?:(?:(?:next|last|this) )?\w+day )?"  # "Thursday, April 6", "next Sunday, March 8"
NTH = {1: "first", 2: "second", 3: "third", 4: "fourth"}
PERIOD = {"q": "quarter", "h": "half"}
ABS_PATTERNS = [  # (regex, granularity) for forms handled without dateparser
    (re.compile(WEEKDAY_FIRST + r"(?P<mon>[a-z]+) (?P<day>\d{1,2})(?:st|nd|rd|th)? (?P<year>\d{4})$"), "D"),
    (re.compile(WEEKDAY_FIRST + r"(?:the )?(?P<day>\d{1,2})(?:st|nd|rd|th)? (?:of )?(?P<mon>[a-z]+) "
                r"(?P<year>\d{4})$"), "D"),
    (re.compile(WEEKDAY_FIRST + r"(?P<mon>[a-z]+) (?:of )?(?P<year>\d{4})$"), "M"),
    (re.compile(WEEKDAY_FIRST + r"(?P<mon>[a-z]+) (?P<day>\d{1,2})(?:st|nd|rd|th)?$"), "D"),
    (re.compile(WEEKDAY_FIRST + r"(?:the )?(?P<day>\d{1,2})(?:st|nd|rd|th)? (?:of )?(?P<mon>[a-z]+)$"), "D"),
    (re.compile(r"^(?P<mon>[a-z]+)$"), "M"),
]


_YEAR_WORD = re.compile(r"^(?:the )?(?:fiscal|calendar|year|fy) (?=\d{4}$)")
_YEAR_PERIOD = re.compile(r"^(?:the )?(\d{4}) (?:period|season|fiscal year|year|quarter)$")
_YEAR = re.compile(r"1[0-9]\d\d|20\d\d|21\d\d")
_DECADE = re.compile(r"(?:the )?(?:(early|late|mid) )?(?:(\d{2})(\d)0|'?(\d)0) ?'?s")
_DECADE_WORD = re.compile(r"(?:the )?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)")
_LAST_PART = re.compile(r"^(?:the )?(?:last|final) (quarter|half) (?=(?:of )?\d{4}$)")
_QH = re.compile(r"\b([qh])([1-4])\b")  # "Q3 2025"
_YEAR_PART = re.compile(r"^(?:the )?(\d{4}) ((?:first|second|third|fourth) (?:quarter|half))$")
_PART_OF_YEAR = re.compile(r"(?:the )?(?:(first|second|third|fourth|1st|2nd|3rd|4th) (quarter|half)|"
                           r"(spring|summer|fall|autumn|winter)) (?:of )?(?:fiscal |calendar )?(\d{4})")


def absolute_date(t: str, ref: date | None, tense: str) -> Result | None:
    t = _YEAR_WORD.sub("", t)
    t = _YEAR_PERIOD.sub(r"\1", t)
    if _YEAR.fullmatch(t):
        return "DATE", t, False
    m = _DECADE.fullmatch(t)
    if m:
        dec = m.group(2) + m.group(3) if m.group(2) else "19" + m.group(4)
        return "DATE", dec, False
    m = _DECADE_WORD.fullmatch(t)
    if m:
        return "DATE", "19" + str(["twenties", "thirties", "forties", "fifties", "sixties", "seventies",
                                   "eighties", "nineties"].index(m.group(1)) + 2), False
    m = CENTURY_RE.match(t)
    if m:
        return "DATE", f"{int(m.group(1)) - 1:02d}", False
    t = _LAST_PART.sub(lambda m: ("fourth " if m.group(1) == "quarter" else "second ") + m.group(1) + " ", t)
    t = _QH.sub(lambda m: f"{NTH[int(m.group(2))]} {PERIOD[m.group(1)]}", t)  # "Q3 2025"
    t = _YEAR_PART.sub(r"\2 \1", t)
    m = _PART_OF_YEAR.fullmatch(t)
    if m:
        if m.group(3):
            return "DATE", f"{m.group(4)}-{SEASONS[m.group(3)]}", False
        return "DATE", f"{m.group(4)}-{'Q' if m.group(2) == 'quarter' else 'H'}{ORDINALS[m.group(1)]}", False
    for rx, gran in ABS_PATTERNS:
        m = rx.match(t)
        if not m or m.group("mon") not in MONTHS:
            continue
        mon = MONTHS[m.group("mon")]
        day = int(m.groupdict().get("day") or 0)
        if gran == "D" and not 1 <= day <= 31:
            return None
        year = m.groupdict().get("year")
        if year:
            val = f"{year}-{mon:02d}" + (f"-{day:02d}" if gran == "D" else "")
            return "DATE", val, False
        if ref is None:
            return "DATE", f"XXXX-{mon:02d}" + (f"-{day:02d}" if gran == "D" else ""), False
        side = {"next": "after", "last": "before"}.get(t.split(" ", 1)[0], tense)  # "next Sunday, March 8"
        y = ref.year if gran == "M" and mon == ref.month else year_for(ref, mon, day or 1, side)
        return "DATE", f"{y}-{mon:02d}" + (f"-{day:02d}" if gran == "D" else ""), True
    if re.search(r"\d", t) and re.fullmatch(r"[\d/.\- ]+|\d{4}-\d\d-\d\dt[\d:]+", t):
        return _numeric(t, ref)
    m = re.fullmatch(r"(?:the )?(\d{1,2})(?:st|nd|rd|th)", t)
    if m and 1 <= int(m.group(1)) <= 31:
        return _day_of_month(int(m.group(1)), ref, tense)
    return None


def _day_of_month(day: int, ref: date | None, tense: str) -> Result:
    """'on the 12th': that day of the reference month, or of the month before (past) or after
    (future) when the reference month has not reached / has passed it."""
    if ref is None:
        return "DATE", f"XXXX-XX-{day:02d}", False
    first = date(ref.year, ref.month, 1)
    if tense == "past" and day > ref.day:
        first = (first - timedelta(days=1)).replace(day=1)
    elif tense in ("future", "modal") and day < ref.day:
        first = (first + timedelta(days=32)).replace(day=1)
    try:
        return "DATE", first.replace(day=day).isoformat(), True
    except ValueError:  # "the 31st" of a shorter month
        return "DATE", f"{first.year}-{first.month:02d}-XX", True


def _numeric(t: str, ref: date | None) -> Result | None:
    """Numeric dates (2022-02-12, 12/02/2022, 7/8/07), granularity from the form; day and month in
    the order the separator suggests (12.02.2022 is European); `pipeline.dates` puts an ambiguous one
    in the order of the article's other dates."""
    if re.fullmatch(r"\d{4}-\d\d-\d\d", t):
        return "DATE", t, False
    if NUMERIC_DMY.fullmatch(t):
        return numeric_date(t, ref, "DMY" if "." in t else "MDY")
    if not re.fullmatch(r"\d{4}[/.]\d{1,2}[/.]\d{1,2}", t):
        return None
    return _parse(t, "YMD")


NUMERIC_DMY = re.compile(r"(\d{1,2})([/.])(\d{1,2})\2(\d{4}|\d\d)")


def numeric_date(t: str, ref: date | None, order: str) -> Result | None:
    """ "12.02.2022", "7/8/07" read in `order` (DMY or MDY). A two-digit year takes the century that
    puts it nearest the reference date (and is then anchored); without one it is not resolved."""
    m = NUMERIC_DMY.fullmatch(t)
    if m is None:
        return None
    year, anchored = m.group(4), False
    if len(year) == 2:
        if ref is None:
            return None
        year = str(min((c * 100 + int(year) for c in range(ref.year // 100 - 1, ref.year // 100 + 2)),
                       key=lambda y: abs(y - ref.year)))
        anchored = True
    res = _parse(f"{m.group(1)}/{m.group(3)}/{year}", order)
    return (res[0], res[1], anchored) if res else None


def _parse(t: str, order: str) -> Result | None:
    d = dateparser.parse(t, languages=["en"], settings={
        "PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False, "DATE_ORDER": order,
        "REQUIRE_PARTS": ["day", "month", "year"], "STRICT_PARSING": True})
    return ("DATE", d.date().isoformat(), False) if d else None


MONTH_WORD = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b"
DAY_FIRST = re.compile(r"(?:^|\s)\d{1,2}(?:st|nd|rd|th)? (?:of )?" + MONTH_WORD, re.I)
MONTH_FIRST = re.compile(MONTH_WORD + r"\.? \d{1,2}(?:st|nd|rd|th)?\b(?!:)", re.I)


def article_order(texts: list[str]) -> str | None:
    """How the article writes dates: DMY when it puts the day first ("3 March", "25/12/2022") more
    often than the month, MDY for the opposite ("March 3", "12/25/2022"), None when it does not say."""
    dmy = mdy = 0
    for t in texts:
        m = NUMERIC_DMY.fullmatch(t)
        if m:
            dmy += 2 * (int(m.group(1)) > 12)  # the same form: stronger evidence
            mdy += 2 * (int(m.group(3)) > 12)
            continue
        dmy += DAY_FIRST.search(t) is not None
        mdy += MONTH_FIRST.search(t) is not None
    return "DMY" if dmy > mdy else "MDY" if mdy > dmy else None


HOLIDAYS = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
            "boxing day": (12, 26),
            "new year day": (1, 1), "new year eve": (12, 31), "independence day": (7, 4),
            "halloween": (10, 31), "valentine day": (2, 14), "thanksgiving": (11, 0),
            "thanksgiving day": (11, 0), "election day": (11, 0)}


EASTER_DAYS = {"easter": 0, "easter sunday": 0, "easter day": 0, "easter monday": 1, "good friday": -2,
               "palm sunday": -7, "ash wednesday": -46, "easter week": -6, "holy week": -6}
EASTER_WEEKS = {"easter week", "holy week"}  # the ISO week that ends on Easter Sunday, from its Monday


def _holiday(name: str, year: int) -> date:
    """Fixed-date holidays; Easter and the days set by it; Thanksgiving (4th Thursday of November)
    and US Election Day."""
    if name in EASTER_DAYS:
        return easter(year) + timedelta(days=EASTER_DAYS[name])
    month, day = HOLIDAYS[name]
    if day:
        return date(year, month, day)
    if name.startswith("thanksgiving"):
        first = date(year, 11, 1)
        return first + timedelta(days=(3 - first.weekday()) % 7 + 21)
    first_monday = date(year, 11, 1) + timedelta(days=(0 - date(year, 11, 1).weekday()) % 7)
    return first_monday + timedelta(days=1)


def holiday_rule(t: str, ref: date | None, tense: str) -> Result | None:
    """'Thanksgiving', 'last Christmas', 'Election Day 2024'."""
    m = re.fullmatch(r"(?:(last|this|next) )?(.+?)(?: (\d{4}))?", t)
    if not m or m.group(2) not in HOLIDAYS and m.group(2) not in EASTER_DAYS:
        return None
    name = m.group(2)
    show = iso_week if name in EASTER_WEEKS else date.isoformat
    if m.group(3):
        return "DATE", show(_holiday(name, int(m.group(3)))), False
    if ref is None:
        month, day = HOLIDAYS.get(name, (0, 0))
        unknown = "XXXX-WXX" if name in EASTER_WEEKS else f"XXXX-{month:02d}-{day:02d}" if day else \
            f"XXXX-{month:02d}-XX" if month else "XXXX-XX-XX"
        return "DATE", unknown, False
    cands = [_holiday(name, y) for y in (ref.year - 1, ref.year, ref.year + 1)]
    mod = m.group(1) or {"past": "last", "future": "next", "modal": "next"}.get(tense, "")
    if mod == "last":
        return "DATE", show(max(d for d in cands if d <= ref)), True
    if mod == "next":
        return "DATE", show(min(d for d in cands if d >= ref)), True
    return "DATE", show(min(cands, key=lambda d: abs((d - ref).days))), True
