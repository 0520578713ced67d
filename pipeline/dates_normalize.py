"""Temporal expression text -> (TIMEX3 type, value, anchored): classify first, then normalise.

`normalise(text, ref, tense)` is pure and cached. `ref` is the reference date (or None); `tense` is
the governing verb's tense ("past" | "future" | "modal" | "present" | ""), which decides whether a
year-less month, day or weekday lies before or after the reference date: a weekday is the article's
own day, else the next one (future; modal unless the last one was at most two days ago) or the
last one (otherwise).

Without a reference date, values relative to it keep the unknown parts as X at the expression's own
granularity, and `anchored` is false: "yesterday" -> XXXX-XX-XX, "Thursday" -> XXXX-WXX-4,
"Feb 12" -> XXXX-02-12, "last year" -> XXXX, "last month" -> XXXX-XX, "next week" -> XXXX-WXX,
"the first quarter" -> XXXX-Q1, "this weekend" -> XXXX-WXX-WE.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

import dateparser
from dateutil.relativedelta import relativedelta

Result = tuple[str, str | None, bool]  # (type, value, anchored)

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9,
    "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12,
    "december": 12,
}
WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5,
    "sunday": 6, "sun": 6,
}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
SEASON_MONTH = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}
PARTS = {"morning": "TMO", "afternoon": "TAF", "evening": "TEV", "night": "TNI"}
UNITS = {
    "second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W", "weekend": "WE",
    "month": "M", "quarter": "Q", "year": "Y", "decade": "DE", "century": "CE",
}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "a": 1, "an": 1, "a couple of": 2, "couple of": 2, "a dozen": 12, "dozen": 12,
    "a hundred": 100, "hundred": 100, "a half": 0.5, "half a": 0.5, "half an": 0.5,
}
REFS = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF",
    "current": "PRESENT_REF", "then current": "PAST_REF",
    "at present": "PRESENT_REF", "the present": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "recently": "PAST_REF", "more recently": "PAST_REF", "recent": "PAST_REF", "the past": "PAST_REF",
    "recent years": "PAST_REF", "lately": "PAST_REF", "previously": "PAST_REF",
    "soon": "FUTURE_REF", "the future": "FUTURE_REF", "the near future": "FUTURE_REF",
    "the coming months": "FUTURE_REF", "the near term": "FUTURE_REF", "the long term": "FUTURE_REF",
    "the short term": "FUTURE_REF", "these days": "PRESENT_REF", "the time": "PAST_REF",
    "future quarters": "FUTURE_REF", "a later date": "FUTURE_REF", "future years": "FUTURE_REF",
    "as soon as possible": "FUTURE_REF",
}
SETS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
        "hourly": "PT1H", "nightly": "P1D"}
HEDGES = re.compile(
    r"^(?:about|around|approximately|roughly|nearly|almost|just|only|barely|over|under|within|"
    r"up to|at least|at most|more than|less than|no more than|fewer than|some|sometime|fully|"
    r"as early as|as late as|as recently as|as of|by|since|until|till|both|an estimated|another|"
    r"the first|the final|the last|the past|the next|the previous|the coming|the following|"
    r"the remaining|the latest|last|past|next|first|final|previous|coming|following|remaining|"
    r"its|his|her|their|our|the) "
)
EDGES = re.compile(r"^(?:early|late|mid|the end of|end of|the beginning of|beginning of|the start of|"
                   r"start of|the middle of|middle of|the close of|(?:later|earlier)(?: in)?|the rest of|"
                   r"the (?:early|small|wee) hours of) ")


MID = re.compile(r"\bmid[- ]?(?=\d|'|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|"
                 r"fall|autumn|winter|morning|afternoon|evening|week|month|year|quarter|decade|century)"
                 r"(?!\w*day))")


def clean(text: str) -> str:
    """Lower-case, unify dashes/apostrophes, drop dots after abbreviations and possessive 's."""
    t = text.lower().replace("\u2019", "'").replace("\u2013", "-").replace("\u2014", "-")
    t = re.sub(r"'s\b", "", t)
    t = re.sub(r"\b(a|p)\.\s?m\.?", r"\1m", t)
    t = re.sub(r"\b([a-z]{3,5})\.", r"\1", t)
    t = re.sub(r"(?<=[a-z])-(?=[a-z])", " ", t)
    t = re.sub(r"(?<=\d)-(?=[a-z])", " ", t)
    t = MID.sub("mid ", t)  # "mid-1990s", "mid November"; never "midnight", "middle"
    t = re.sub(r"[,;]", " ", t)
    return re.sub(r"\s+", " ", t).strip(" .")


def words_to_numbers(t: str) -> str:
    """'twenty four' -> '24', 'nineteen ninety six' -> '1996', '2 1/2' -> '2.5'."""
    tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    unit = "one|two|three|four|five|six|seven|eight|nine"
    t = re.sub(rf"\b({tens}) ({unit})\b", lambda m: str(SMALL[m.group(1)] + SMALL[m.group(2)]), t)
    teen = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    t = re.sub(rf"\b({teen}) (\d\d|{tens}|{unit})\b(?! (?:year|month|day|week|hour|minute))",
               lambda m: str(SMALL[m.group(1)] * 100 + int(words_to_numbers(m.group(2)))), t)
    numword = "|".join(w for w in SMALL if " " not in w and w not in ("a", "an", "dozen", "hundred"))
    t = re.sub(rf"\b(?:the year )?two thousand(?: and)?(?: (\d+|{numword}))?\b(?! (?:years|days))",
               lambda m: str(2000 + (int(words_to_numbers(m.group(1))) if m.group(1)
                                     and words_to_numbers(m.group(1)).isdigit() else 0)), t)
    words = sorted((w for w in SMALL if w not in ("a", "an")), key=len, reverse=True)
    t = re.sub(r"\b(" + "|".join(words) + r")\b", lambda m: _num(SMALL[m.group(1)]), t)
    t = re.sub(r"\b(\d+) (100|thousand)\b",
               lambda m: str(int(m.group(1)) * (100 if m.group(2) == "100" else 1000)), t)
    t = re.sub(r"\b(\d+) 1/2\b", lambda m: str(int(m.group(1)) + 0.5), t)
    return re.sub(r"\b(\d+|an?) (\w+ )?and (?:a )?(?:half|0\.5)\b",
                  lambda m: str(int(m.group(1)) if m.group(1)[0].isdigit() else 1) + ".5 "
                  + (m.group(2) or ""), t).replace("  ", " ").strip()


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else str(x)


def _weekday_near(ref: date, wd: int, tense: str) -> date:
    """The article's own weekday is that day; otherwise future -> next, else the most recent."""
    if ref.weekday() == wd:
        return ref
    ahead = ref + timedelta(days=(wd - ref.weekday()) % 7)
    back = ref - timedelta(days=(ref.weekday() - wd) % 7)
    if tense == "modal":  # weak: "could be located Wednesday" on a Thursday is yesterday
        return back if (ref - back).days <= 2 else ahead
    return ahead if tense == "future" else back


def _week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _quarter(d: date) -> tuple[int, int]:
    return d.year, (d.month - 1) // 3 + 1


def _shift(ref: date, unit: str, n: int) -> str:
    """Reference date moved by n units, written at that unit's granularity."""
    if unit == "D":
        return (ref + timedelta(days=n)).isoformat()
    if unit in ("W", "WE"):
        return _week(ref + timedelta(weeks=n)) + ("-WE" if unit == "WE" else "")
    if unit == "M":
        return (ref + relativedelta(months=n)).strftime("%Y-%m")
    if unit == "Q":
        y, q = _quarter(ref + relativedelta(months=3 * n))
        return f"{y}-Q{q}"
    if unit == "DE":
        return str(ref.year // 10 + n)
    if unit == "CE":
        return str(ref.year // 100 + n)
    return str(ref.year + n)


UNKNOWN = {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "WE": "XXXX-WXX-WE", "M": "XXXX-XX", "Q": "XXXX-QX",
           "Y": "XXXX", "DE": "XXX", "CE": "XX"}


def _year_for(ref: date, month: int, day: int, tense: str) -> int:
    """Year of a year-less month(/day): future tense -> the next one; past tense -> the last one,
    unless the next lies within two months (reported plans); otherwise the nearest one."""
    cands = [date(y, month, min(day, 28)) for y in (ref.year - 1, ref.year, ref.year + 1)]
    nxt = min(d for d in cands if d >= ref)
    prev = max(d for d in cands if d <= ref)
    if tense in ("future", "modal"):
        return nxt.year
    if tense == "past":
        return nxt.year if (nxt - ref).days < 60 else prev.year
    if tense in ("before", "after"):  # "last Oct. 23", "next March 3": strictly before / after
        return max(d for d in cands if d < ref).year if tense == "before" else \
            min(d for d in cands if d > ref).year
    return min(cands, key=lambda d: abs((d - ref).days)).year


def _duration(n: str, unit: str) -> str:
    code = UNITS[unit]
    if n != "X":
        x = float(n)
        if code == "DE":
            return f"P{_num(x * 10)}Y"
        if code == "CE":
            return f"P{_num(x * 100)}Y"
        if code == "WE":
            return f"P{_num(x * 2)}D"
        if not x.is_integer():
            half = {"Y": ("Y", 6, "M"), "M": ("M", 15, "D"), "D": ("D", 12, "H"), "W": ("W", 3.5, "D")}
            if code in half and unit not in ("minute", "second"):
                big, sub, sub_code = half[code]
                return f"P{int(x)}{big}{_num(sub)}{sub_code}" if sub_code != "H" else \
                    f"P{int(x)}DT12H"
            if unit == "hour":
                return f"PT{int(x)}H30M"
            if unit == "minute":
                return f"PT{int(x)}M30S"
        n = _num(x)
    if code == "DE":
        code = "DE" if n == "X" else "Y"
    t = "T" if unit in ("hour", "minute", "second") else ""
    return f"P{t}{n}{code}"


UNIT_RE = r"(second|minute|hour|day|week|weekend|month|quarter|year|decade|century)(?:s|es)?"
CENTURY_RE = re.compile(r"^(?:the |a )?(\d{1,2})(?:st|nd|rd|th) century$")
NUM_RE = r"(\d+(?:\.\d+)?|a|an|several|a few|few|some|many|a couple of|couple of|the)"


@lru_cache(maxsize=20000)
def normalise(text: str, ref: date | None, tense: str = "") -> Result | None:
    """Classify a temporal expression and return (type, value, anchored), or None if not one."""
    try:
        t = re.sub(r" or so$", "", words_to_numbers(clean(text)))  # "the next year or so"
        if not t:
            return None
        return _classify(t, ref, tense)
    except (ValueError, OverflowError, KeyError):
        return None


def _classify(t: str, ref: date | None, tense: str) -> Result | None:
    for rule in (_ref_or_set, _clock, _absolute, _holiday_rule, _day_rule, _anaphor_rule, _ago_rule,
                 _unit_rule, _part_rule, _month_rule, _duration_rule):
        res = rule(t, ref, tense)
        if res is not None:
            return res
    core = EDGES.sub("", t)
    if core == t:
        core = re.sub(r"^(?:about|around|almost|nearly|roughly|approximately|some|just|only|more than|"
                      r"less than|over|at least|the) ", "", t)
    if core != t:
        return _classify(core, ref, tense)
    return None


def _ref_or_set(t: str, ref: date | None, tense: str) -> Result | None:
    if t in REFS:
        return "DATE", REFS[t], False
    if t in SETS:
        return "SET", SETS[t], False
    m = re.fullmatch(r"(recent|coming|the coming|past|the past|future|the next few|the past few|"
                     r"the last few|next few|past few|last few) (second|minute|hour|day|week|month|"
                     r"quarter|year|decade)s", t) or re.fullmatch(
        r"the (second|minute|hour|day|week|month|quarter|year|decade)s (?:ahead|to come)", t)
    if m:
        return "DURATION", _duration("X", m.group(m.lastindex)), False
    m = re.match(r"^(?:every|each|per|a|an) (other )?" + UNIT_RE + "$", t)
    if m and (t.split()[0] in ("every", "each", "per") or m.group(2) in ("year", "month", "week", "day")):
        code = UNITS[m.group(2)]
        n = "2" if m.group(1) else "1"
        return "SET", f"P{'T' if m.group(2) in ('hour', 'minute') else ''}{n}{code}", False
    m = re.match(r"^(?:every|each) (\d+) " + UNIT_RE + "$", t)
    if m:
        return "SET", _duration(m.group(1), m.group(2)), False
    m = re.match(r"^(?:every|each|on) (\w+?)s?(?: (morning|afternoon|evening|night)s?)?$", t)
    if m and m.group(1) in WEEKDAYS and (t.startswith(("every", "each")) or t.endswith("s")):
        part = PARTS.get(m.group(2) or "", "")
        return "SET", f"XXXX-WXX-{WEEKDAYS[m.group(1)] + 1}{part}", False
    m = re.match(r"^(?:every|each) (\w+)$", t)
    if m and m.group(1) in MONTHS:
        return "SET", f"XXXX-{MONTHS[m.group(1)]:02d}", False
    return None


def _day_value(t: str, ref: date | None, tense: str) -> tuple[str, bool] | None:
    """A day reference inside a time expression: today, yesterday, a weekday, a month-day."""
    if t in ("", "today", "tonight", "this"):
        return (ref.isoformat(), True) if ref else ("XXXX-XX-XX", False)
    if t == "yesterday":
        return ((ref - timedelta(days=1)).isoformat(), True) if ref else ("XXXX-XX-XX", False)
    if t == "tomorrow":
        return ((ref + timedelta(days=1)).isoformat(), True) if ref else ("XXXX-XX-XX", False)
    if t in WEEKDAYS:
        if ref is None:
            return f"XXXX-WXX-{WEEKDAYS[t] + 1}", False
        return _weekday_near(ref, WEEKDAYS[t], tense).isoformat(), True
    res = _absolute(t, ref, tense)
    if res and res[0] == "DATE" and res[1] and len(res[1]) == 10:
        return res[1], res[2]
    return None


def _clock(t: str, ref: date | None, tense: str) -> Result | None:
    tz = r"(?: (?:est|edt|cst|cdt|pst|pdt|gmt|utc|local time|et))?"
    m = re.match(r"^(?:(.*?) )?(?:at )?(\d{1,2})(?::(\d\d))?(?: ?(am|pm)| o'clock)" + tz +
                 r"(?: (?:on )?(.*))?$", t)
    word = re.match(r"^(?:(.*?) )?(noon|midday|midnight)" + tz + r"(?: (?:on )?(.*))?$", t)
    if m and (m.group(4) or "o'clock" in t):
        hour, minute = int(m.group(2)), int(m.group(3) or 0)
        hour = hour % 12 + (12 if m.group(4) == "pm" else 0)
        day_words = " ".join(x for x in (m.group(1), m.group(5)) if x)
    elif word:
        hour, minute = (24, 0) if word.group(2) == "midnight" else (12, 0)
        day_words = " ".join(x for x in (word.group(1), word.group(3)) if x)
    else:
        t = re.sub(r"^(?:(?:early|late|mid) )?(morning|afternoon|evening|night) (?:of |on )?"
                   r"(yesterday|today|tomorrow|\w+day)$", r"\2 \1", t)  # "mid-afternoon yesterday"
        m = re.match(r"^(this|tonight|last|yesterday|tomorrow|today|\w+day)? ?(?:(?:early|late|mid) )?"
                     r"(morning|afternoon|evening|night)?$", t)
        if not m or not m.group(2) and m.group(1) != "tonight":
            return None
        first = m.group(1) or ""
        if not first:
            return None  # a bare "morning" / "the night" has no day to belong to
        if first == "last" and m.group(2) == "night":
            day = _day_value("yesterday", ref, tense)
        elif first == "tonight":
            return ("DATE", ref.isoformat(), True) if ref else ("DATE", "XXXX-XX-XX", False)
        else:
            day = _day_value(first if first != "last" else "", ref, tense)
        if day is None:
            return None
        return "TIME", day[0] + PARTS[m.group(2)], day[1]  # TIMEX3: "Friday night" -> ...TNI
    day_words = re.sub(r"^(?:about|around|at|approximately|by|on|shortly after|before|after) ?", "",
                       day_words).strip()
    day = _day_value(day_words, ref, tense)
    if day is None:
        return None
    return "TIME", f"{day[0]}T{hour:02d}:{minute:02d}", day[1]


ABS_PATTERNS = [  # (regex, granularity) for forms handled without dateparser
    (re.compile(r"^(?:\w+day )?(?P<mon>[a-z]+) (?P<day>\d{1,2})(?:st|nd|rd|th)? (?P<year>\d{4})$"), "D"),
    (re.compile(r"^(?:\w+day )?(?:the )?(?P<day>\d{1,2})(?:st|nd|rd|th)? (?:of )?(?P<mon>[a-z]+) "
                r"(?P<year>\d{4})$"), "D"),
    (re.compile(r"^(?:\w+day )?(?P<mon>[a-z]+) (?:of )?(?P<year>\d{4})$"), "M"),
    (re.compile(r"^(?:\w+day )?(?P<mon>[a-z]+) (?P<day>\d{1,2})(?:st|nd|rd|th)?$"), "D"),
    (re.compile(r"^(?:\w+day )?(?:the )?(?P<day>\d{1,2})(?:st|nd|rd|th)? (?:of )?(?P<mon>[a-z]+)$"), "D"),
    (re.compile(r"^(?P<mon>[a-z]+)$"), "M"),
]


def _absolute(t: str, ref: date | None, tense: str) -> Result | None:
    t = re.sub(r"^(?:the )?(?:fiscal|calendar|year|fy) (?=\d{4}$)", "", t)
    t = re.sub(r"^(?:the )?(\d{4}) (?:period|season|fiscal year|year|quarter)$", r"\1", t)
    if re.fullmatch(r"1[0-9]\d\d|20\d\d|21\d\d", t):
        return "DATE", t, False
    m = re.fullmatch(r"(?:the )?(?:(early|late|mid) )?(?:(\d{2})(\d)0|'?(\d)0) ?'?s", t)
    if m:
        dec = m.group(2) + m.group(3) if m.group(2) else "19" + m.group(4)
        return "DATE", dec, False
    m = re.fullmatch(r"(?:the )?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)", t)
    if m:
        return "DATE", "19" + str(["twenties", "thirties", "forties", "fifties", "sixties", "seventies",
                                   "eighties", "nineties"].index(m.group(1)) + 2), False
    m = CENTURY_RE.match(t)
    if m:
        return "DATE", f"{int(m.group(1)) - 1:02d}", False
    t = re.sub(r"^(?:the )?(?:last|final) (quarter|half) (?=(?:of )?\d{4}$)",
               lambda m: ("fourth " if m.group(1) == "quarter" else "second ") + m.group(1) + " ", t)
    m = re.fullmatch(r"(?:the )?(?:(first|second|third|fourth|1st|2nd|3rd|4th) (quarter|half)|"
                     r"(spring|summer|fall|autumn|winter)) (?:of )?(\d{4})", t)
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
        y = ref.year if gran == "M" and mon == ref.month else _year_for(ref, mon, day or 1, tense)
        return "DATE", f"{y}-{mon:02d}" + (f"-{day:02d}" if gran == "D" else ""), True
    if re.search(r"\d", t) and re.fullmatch(r"[\d/.\- ]+|\d{4}-\d\d-\d\dt[\d:]+", t):
        return _numeric(t)
    return None


def _numeric(t: str) -> Result | None:
    """Numeric dates (2022-02-12, 12/02/2022) through dateparser, granularity from the form."""
    if re.fullmatch(r"\d{4}-\d\d-\d\d", t):
        return "DATE", t, False
    if not re.fullmatch(r"\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}[/.]\d{1,2}[/.]\d{1,2}", t):
        return None
    order = "YMD" if re.match(r"\d{4}", t) else "DMY" if "." in t else "MDY"  # 12.02.2022 is European
    d = dateparser.parse(t, languages=["en"], settings={
        "PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False, "DATE_ORDER": order,
        "REQUIRE_PARTS": ["day", "month", "year"], "STRICT_PARSING": True})
    return ("DATE", d.date().isoformat(), False) if d else None


REL = (r"(last|this|next|the full|full|the current|current|the coming|coming|the previous|previous|"
       r"the past|past|the following|following|the latest|latest|the same|same|the|earlier this|"
       r"later this)")


HOLIDAYS = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
            "new year day": (1, 1), "new year eve": (12, 31), "independence day": (7, 4),
            "halloween": (10, 31), "valentine day": (2, 14), "thanksgiving": (11, 0),
            "thanksgiving day": (11, 0), "election day": (11, 0)}


def _holiday(name: str, year: int) -> date:
    """Fixed-date holidays; Thanksgiving (4th Thursday of November) and US Election Day."""
    month, day = HOLIDAYS[name]
    if day:
        return date(year, month, day)
    if name.startswith("thanksgiving"):
        first = date(year, 11, 1)
        return first + timedelta(days=(3 - first.weekday()) % 7 + 21)
    first_monday = date(year, 11, 1) + timedelta(days=(0 - date(year, 11, 1).weekday()) % 7)
    return first_monday + timedelta(days=1)


def _holiday_rule(t: str, ref: date | None, tense: str) -> Result | None:
    """'Thanksgiving', 'last Christmas', 'Election Day 2024'."""
    m = re.fullmatch(r"(?:(last|this|next) )?(.+?)(?: (\d{4}))?", t)
    if not m or m.group(2) not in HOLIDAYS:
        return None
    if m.group(3):
        return "DATE", _holiday(m.group(2), int(m.group(3))).isoformat(), False
    if ref is None:
        return "DATE", f"XXXX-{HOLIDAYS[m.group(2)][0]:02d}-XX", False
    cands = [_holiday(m.group(2), y) for y in (ref.year - 1, ref.year, ref.year + 1)]
    mod = m.group(1) or {"past": "last", "future": "next", "modal": "next"}.get(tense, "")
    if mod == "last":
        return "DATE", max(d for d in cands if d <= ref).isoformat(), True
    if mod == "next":
        return "DATE", min(d for d in cands if d >= ref).isoformat(), True
    return "DATE", min(cands, key=lambda d: abs((d - ref).days)).isoformat(), True


def _day_rule(t: str, ref: date | None, tense: str) -> Result | None:
    """today / yesterday / tomorrow / (last|next) Friday / the week of March 6."""
    m = re.fullmatch(r"(?:the )?week of (.+)", t)
    if m:
        day = _day_value(m.group(1), ref, tense)
        if day is None:
            return None
        if "X" in day[0]:
            return "DATE", UNKNOWN["W"], False
        return "DATE", _week(date.fromisoformat(day[0])), day[1]
    if t in ("today", "tonight", "yesterday", "tomorrow"):
        day = _day_value(t, ref, tense)
        return "DATE", day[0], day[1]
    if t == "the day before yesterday" and ref:
        return "DATE", (ref - timedelta(days=2)).isoformat(), True
    m = re.fullmatch(r"(?:(last|next|this|earlier|late|early) )?(\w+)", t)
    if not m or m.group(2) not in WEEKDAYS:
        return None
    if ref is None:
        return "DATE", f"XXXX-WXX-{WEEKDAYS[m.group(2)] + 1}", False
    mod, wd = m.group(1), WEEKDAYS[m.group(2)]
    if mod == "last":
        d = ref - timedelta(days=(ref.weekday() - wd - 1) % 7 + 1)
    elif mod == "next":
        d = ref + timedelta(days=(wd - ref.weekday() - 1) % 7 + 1)
    else:
        d = _weekday_near(ref, wd, tense)
    return "DATE", d.isoformat(), True


REL_STEP = {"last": -1, "previous": -1, "past": -1, "next": 1, "coming": 1, "following": 1}


def _unit_rule(t: str, ref: date | None, tense: str) -> Result | None:
    """last/this/next/the + calendar unit: 'last year', 'this weekend', 'the quarter'."""
    t = re.sub(r"^the latest period$", "the latest quarter", t)  # results stories
    t = re.sub(r"^(?:around |by )?(?:the )?year end$", "this year", t)  # TIMEX3: the year (mod END)
    m = re.fullmatch(REL + r" (?:fiscal )?(day|week|weekend|month|quarter|year|decade|century)", t)
    if not m:
        return None
    unit = UNITS[m.group(2)]
    rel = re.sub(r"^the ?", "", m.group(1)).replace("full", "this")
    if unit == "D":
        if rel in ("same", "following", "previous", ""):
            return None
        return "DATE", ref.isoformat() if ref else UNKNOWN["D"], ref is not None
    if ref is None:
        return "DATE", UNKNOWN[unit], False
    n = REL_STEP.get(rel, 0)
    if unit == "Q" and (rel == "latest" or rel == "" and tense not in ("future", "modal")):
        n = -1  # "the quarter" in a results story: the one just reported
    if unit == "WE" and rel in ("", "this"):
        back = tense == "past" or rel == "" and tense not in ("future", "modal")
        sat = ref - timedelta(days=(ref.weekday() - 5) % 7) if back else \
            ref + timedelta(days=(5 - ref.weekday()) % 7)
        return "DATE", _week(sat) + "-WE", True
    if rel == "" and unit == "M":
        return "DATE", ref.strftime("%Y-%m"), True
    if rel == "" and unit in ("W", "DE", "CE"):
        return "DATE", str(ref.year) + UNKNOWN[unit][4:], True  # "the week": TimeBank's 1989-WXX
    return "DATE", _shift(ref, unit, n), True


def _part_rule(t: str, ref: date | None, tense: str) -> Result | None:
    """Quarters, halves and seasons without a year: 'the third quarter', 'last fall'."""
    t = re.sub(r"^(?:its|his|their|our|the) (?=(?:fiscal |calendar )?(?:first|second|third|fourth|"
               r"1st|2nd|3rd|4th|last|final) (?:quarter|half))", "the ", t)
    t = re.sub(r"\b(?:fiscal|calendar) (?=(?:first|second|third|fourth|1st|2nd|3rd|4th) )", "", t)
    t = re.sub(r"^(?:the )?(last|this|next) year (?=(?:first|second|third|fourth) )", r"\1 ", t)
    t = re.sub(r"^(?:the )?(last|final) (?=(?:quarter|half)$)", "fourth ", t)
    m = re.fullmatch(r"(?:the )?(\d{4}) (first|second|third|fourth) (quarter|half)", t)
    if m:
        return "DATE", f"{m.group(1)}-{'Q' if m.group(3) == 'quarter' else 'H'}{ORDINALS[m.group(2)]}", False
    m = re.fullmatch(r"(?:(last|this|next|the|this past|early|late) )?(?:(first|second|third|fourth|1st|"
                     r"2nd|3rd|4th) (quarter|half)|(spring|summer|fall|autumn|winter))", t)
    if not m:
        return None
    rel = (m.group(1) or "").replace("this past", "last")
    code = (f"{'Q' if m.group(3) == 'quarter' else 'H'}{ORDINALS[m.group(2)]}" if m.group(2)
            else SEASONS[m.group(4)])
    if ref is None:
        return "DATE", f"XXXX-{code}", False
    y = ref.year + {"last": -1, "next": 1}.get(rel, 0)
    if m.group(2) and rel in ("", "the") and tense == "past" and \
            ORDINALS[m.group(2)] > (ref.month - 1) // (3 if m.group(3) == "quarter" else 6) + 1:
        y -= 1  # "the fourth quarter" in a January results story is last year's
    if m.group(4):
        y = _season_year(ref, code, rel, tense)
    return "DATE", f"{y}-{code}", True


def _season_year(ref: date, code: str, rel: str, tense: str) -> int:
    cur = {12: "WI", 1: "WI", 2: "WI"}.get(ref.month) or next(
        s for s, mm in SEASON_MONTH.items() if abs(mm - ref.month) <= 1)
    if rel == "last" or (tense == "past" and rel != "this" and code != cur):
        return ref.year - (1 if SEASON_MONTH[code] >= ref.month or code == cur else 0)
    if rel == "next" or tense in ("future", "modal") and SEASON_MONTH[code] < ref.month and code != cur:
        return ref.year + 1
    return ref.year


def _month_rule(t: str, ref: date | None, tense: str) -> Result | None:
    """'last April', 'next March', 'June last year'."""
    m = re.fullmatch(r"(last|this|next|earlier this|later this) (\w+)", t)
    if m and m.group(2) in MONTHS:
        mon = MONTHS[m.group(2)]
        if ref is None:
            return "DATE", f"XXXX-{mon:02d}", False
        y = ref.year
        if m.group(1) == "last":
            y = ref.year - 1 if mon >= ref.month else ref.year
        elif m.group(1) == "next":
            y = ref.year + 1 if mon <= ref.month else ref.year
        return "DATE", f"{y}-{mon:02d}", True
    m = re.fullmatch(r"(last|this|next) (\w+) (\d{1,2})(?:st|nd|rd|th)?", t)
    if m and m.group(2) in MONTHS and 1 <= int(m.group(3)) <= 31:  # "last Oct. 23"
        mon, day = MONTHS[m.group(2)], int(m.group(3))
        if ref is None:
            return "DATE", f"XXXX-{mon:02d}-{day:02d}", False
        side = {"last": "before", "next": "after"}.get(m.group(1), tense)
        return "DATE", f"{_year_for(ref, mon, day, side)}-{mon:02d}-{day:02d}", True
    m = re.fullmatch(r"(\w+) (last|this|next) year", t)
    if m and m.group(1) in MONTHS:
        if ref is None:
            return "DATE", f"XXXX-{MONTHS[m.group(1)]:02d}", False
        y = ref.year + {"last": -1, "this": 0, "next": 1}[m.group(2)]
        return "DATE", f"{y}-{MONTHS[m.group(1)]:02d}", True
    return None


ANAPHOR = re.compile(r"(?:(?:earlier|later) (?:in |on )?)?(that|the same|that same|the following|the next|"
                     r"the previous|the preceding|the prior) (year|month|day|morning|afternoon|evening|night)"
                     r"|the (year|month|day) (before|after)")
ANAPHOR_STEP = {"the following": 1, "the next": 1, "after": 1, "the previous": -1, "the preceding": -1,
                "the prior": -1, "before": -1}


def _anaphor_rule(t: str, ref: date | None, tense: str) -> Result | None:
    """'that year', 'the following day', 'the next morning': values from the reference date here
    (X for 'that ...'); `pipeline.dates_context` resolves them against the time last mentioned."""
    m = ANAPHOR.fullmatch(t)
    if m is None or m.group(1) == "the next" and m.group(2) in ("year", "month"):
        return None
    det, unit = (m.group(1), m.group(2)) if m.group(2) else (m.group(4), m.group(3))
    code = {"year": "Y", "month": "M"}.get(unit, "D")
    n = ANAPHOR_STEP.get(det)
    if ref is None or n is None:
        return "DATE", UNKNOWN[code], False
    value = _shift(ref, code, n)
    if unit in PARTS:
        return "TIME", value + PARTS[unit], True
    return "DATE", value, True


def _ago_rule(t: str, ref: date | None, tense: str) -> Result | None:
    """'three years ago', 'a year earlier', 'the year-ago quarter' (a year back, TimeBank style)."""
    t = re.sub(r"^(?:the |a |one )?(?:comparable |corresponding )?year (ago|earlier|before)"
               r"(?: (?:first |second |third |fourth )?(?:quarter|period|nine months|six months))?$",
               r"a year \1", t)
    t = re.sub(r"^(?:the )?(?:same |corresponding |comparable )?(?:fiscal )?(?:quarter|period) "
               r"(?:a year (ago|earlier)|last year)$|^last year (?:fiscal )?(?:quarter|period)$",
               lambda m: f"a year {m.group(1) or 'ago'}", t)  # "the corresponding period last year"
    t = re.sub(r"^the (month|week|day) (ago|earlier|before)$", r"a \1 \2", t)
    m = re.fullmatch(NUM_RE + " " + UNIT_RE + r" (?:or so )?(?:ago|earlier|before|previously|back)", t)
    if not m or m.group(2) in ("second", "minute", "hour"):
        return None
    unit, n = UNITS[m.group(2)], m.group(1)
    if not (n[0].isdigit() or n in ("a", "an")):
        return "DATE", "PAST_REF", False  # "several years ago"
    if ref is None:
        return "DATE", UNKNOWN.get(unit, "PAST_REF"), False
    k = int(float(n)) if n[0].isdigit() else 1
    if unit == "DE":
        unit, k = "Y", 10 * k
    return "DATE", _shift(ref, unit, -k), True


def _duration_rule(t: str, ref: date | None, tense: str) -> Result | None:
    core = t
    while True:
        stripped = HEDGES.sub("", core)
        if stripped == core:
            break
        core = stripped
    core = re.sub(r" (?:later|long|old|or so|more|straight|running|in a row)$", "", core)
    core = re.sub(r"^an? (?=\d)", "", core)  # "a two-day rally"
    core = re.sub(r"^(\d+(?:\.\d+)?|an?) (?:more|additional|extra|straight|consecutive|full) ", r"\1 ", core)
    core = re.sub(r" (?:trading|business|working|calendar) (?=days?$)", " ", core)  # "eight trading days"
    m = re.fullmatch(NUM_RE + " " + UNIT_RE, core) or re.fullmatch(UNIT_RE, core)
    if m:
        if m.re.pattern == UNIT_RE:
            if core.endswith("s") and core != "weekends":
                return "DURATION", _duration("X", m.group(1)), False
            return None
        n = m.group(1)
        if not (n[0].isdigit() or n in ("a", "an")):
            n = "X"
        elif n in ("a", "an"):
            n = "1"
        return "DURATION", _duration(n, m.group(2)), False
    m = re.fullmatch(r"(\d+)(?: to | or |-)(\d+) " + UNIT_RE, core)
    if m:
        return "DURATION", _duration(m.group(2), m.group(3)), False
    if re.fullmatch(r"(?:\d+ )?(?:weeks|months|years|days) (?:or|and|to) (?:weeks|months|years|days)", core):
        return "DURATION", _duration("X", core.split()[-3].rstrip("s") if core[0].isdigit()
                                     else core.split()[0].rstrip("s")), False
    return None
