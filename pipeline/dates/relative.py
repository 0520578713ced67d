"""Relative expressions for the date normaliser, resolved against the reference date and tense:
days ("yesterday", "last Friday"), clock times and parts of days, calendar units ("last year",
"this weekend"), quarters and seasons without a year, "next March", anaphors ("the following day")
and "three years ago".
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from pipeline.dates.absolute import absolute_date
from pipeline.dates.calendar import (
    ORDINALS,
    PARTS,
    SEASON_MONTH,
    SEASONS,
    UNITS,
    UNKNOWN,
    Result,
    iso_week,
    shift,
    weekday_near,
    year_for,
)
from pipeline.dates.durations import NUM_RE, UNIT_RE
from pipeline.vocab import MONTHS, WEEKDAYS


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
        return weekday_near(ref, WEEKDAYS[t], tense).isoformat(), True
    res = absolute_date(t, ref, tense)
    if res and res[0] == "DATE" and res[1] and len(res[1]) == 10:
        return res[1], res[2]
    return None


ZONE = re.compile(r" ?\(?\b(?:utc|gmt) ?([+-])?(\d{1,2})?(?::?([0-5]\d))?\)?(?= |$)")
_TZ = r"(?: (?:est|edt|cst|cdt|pst|pdt|gmt|bst|cet|utc|local time|et))?"
_DAY_PART_HOUR = re.compile(r"\b(\d{1,2}(?::\d\d)?) (?:o'clock )?in the (morning|afternoon|evening)\b")
_NIGHT_HOUR = re.compile(r"\b([5-9]|1[01])(:\d\d)? (?:o'clock )?at night\b")
_ZONED_HHMM = re.compile(r"\b([01]\d|2[0-3])([0-5]\d)(?= (?:gmt|bst|cet|utc|local time)\b)")  # "1830 GMT"
_DOTTED = re.compile(r"\b(\d{1,2})\.([0-5]\d) ?(am|pm)\b")  # "10.38am"
_HOUR = re.compile(r"^(?:(.*?) )??(?:at )?(\d{1,2})(?::([0-5]\d))?(?: ?(am|pm)| o'clock)?" + _TZ
                   + r"(?: (?:on )?(.*))?$")
_NOON = re.compile(r"^(?:(.*?) )?(noon|midday|midnight)" + _TZ + r"(?: (?:on )?(.*))?$")
_PART_DAY = re.compile(r"^(?:(?:early|late|mid) )?(morning|afternoon|evening|night) (?:of |on )?"
                       r"(yesterday|today|tomorrow|\w+day)$")  # "mid-afternoon yesterday"
_DAY_PART = re.compile(r"^(the |this|tonight|last|yesterday|tomorrow|today|\w+day)? ?((?:early|late|mid) )?"
                       r"(morning|afternoon|evening|night)?$")


def clock_time(t: str, ref: date | None, tense: str) -> Result | None:
    """A clock time with its zone: UTC/GMT as `Z`, a stated offset ("GMT +8") as `+08:00`
    (ISO 8601); named local zones (EST, CET) are dropped, as TimeBank drops them."""
    t = _ZONED_HHMM.sub(r"\1:\2", t)  # "1830 GMT"
    m = ZONE.search(t)
    res = _clock_time(ZONE.sub("", t, count=1).strip() if m else t, ref, tense)
    if m is None or res is None or res[0] != "TIME" or not re.search(r"T\d\d:\d\d$", res[1] or ""):
        return res
    hours, minutes = int(m.group(2) or 0), int(m.group(3) or 0)
    zone = "Z" if hours == minutes == 0 else f"{m.group(1) or '+'}{hours:02d}:{minutes:02d}"
    return res[0], res[1] + zone, res[2]


def _clock_time(t: str, ref: date | None, tense: str) -> Result | None:
    """Clock times with their day ('10 am thursday', 'noon', '4 in the morning') and day parts."""
    t = _DAY_PART_HOUR.sub(lambda m: m.group(1) + (" am" if m.group(2) == "morning" else " pm"), t)
    t = _NIGHT_HOUR.sub(r"\1\2 pm", t)
    t = _ZONED_HHMM.sub(r"\1:\2", t)  # "1830 GMT"
    t = _DOTTED.sub(r"\1:\2 \3", t)  # "10.38am"
    m = _HOUR.match(t)
    word = _NOON.match(t)
    if m and (m.group(4) or "o'clock" in t or m.group(3)) and int(m.group(2)) < 24:
        hour, minute = int(m.group(2)), int(m.group(3) or 0)
        if m.group(4):
            hour = hour % 12 + (12 if m.group(4) == "pm" else 0)
        day_words = " ".join(x for x in (m.group(1), m.group(5)) if x)
    elif word:
        hour, minute = (24, 0) if word.group(2) == "midnight" else (12, 0)
        day_words = " ".join(x for x in (word.group(1), word.group(3)) if x)
    else:
        t = _PART_DAY.sub(r"\2 \1", t)  # "mid-afternoon yesterday"
        m = _DAY_PART.match(t)
        if not m or not m.group(3) and m.group(1) != "tonight":
            return None
        first = (m.group(1) or "").strip()
        if first in ("", "the") and (m.group(3) == "night" or not (first or m.group(2))):
            return None  # "the night" is vague, a bare "morning" may be a show's ("morning talk show")
        first = "" if first == "the" else first  # "the morning", "mid afternoon": the day last mentioned
        if first == "last" and m.group(3) == "night":
            day = _day_value("yesterday", ref, tense)
        elif first == "tonight":
            return ("DATE", ref.isoformat(), True) if ref else ("DATE", "XXXX-XX-XX", False)
        else:
            day = _day_value(first if first != "last" else "", ref, tense)
        if day is None:
            return None
        return "TIME", day[0] + PARTS[m.group(3)], day[1]  # TIMEX3: "Friday night" -> ...TNI
    day_words = re.sub(r"^(?:about|around|at|approximately|by|on|shortly after|before|after) ?", "",
                       day_words).strip()
    day = _day_value(day_words, ref, tense)
    if day is None:
        return None
    return "TIME", f"{day[0]}T{hour:02d}:{minute:02d}", day[1]


def day_rule(t: str, ref: date | None, tense: str) -> Result | None:
    """today / yesterday / tomorrow / (last|next) Friday / the week of March 6."""
    m = re.fullmatch(r"(?:the )?week of (.+)", t)
    if m:
        day = _day_value(m.group(1), ref, tense)
        if day is None:
            return None
        if "X" in day[0]:
            return "DATE", UNKNOWN["W"], False
        return "DATE", iso_week(date.fromisoformat(day[0])), day[1]
    if t in ("today", "tonight", "yesterday", "tomorrow"):
        day = _day_value(t, ref, tense)
        return "DATE", day[0], day[1]
    if t == "the day before yesterday" and ref:
        return "DATE", (ref - timedelta(days=2)).isoformat(), True
    t = re.sub(r"^the (?:previous|preceding|prior) (?=\w+day$)", "last ", t)  # anaphors: see dates.context
    t = re.sub(r"^the (?:following|next) (?=\w+day$)", "next ", t)
    m = re.fullmatch(r"(?:(last|next|this|earlier|late|early) )?(\w+)", t)
    if not m or m.group(2) not in WEEKDAYS:
        return None
    if ref is None:
        return "DATE", f"XXXX-WXX-{WEEKDAYS[m.group(2)] + 1}", False
    return "DATE", weekday_from(ref, WEEKDAYS[m.group(2)], m.group(1) or "", tense).isoformat(), True


def weekday_from(day: date, wd: int, mod: str, tense: str) -> date:
    """The weekday `wd` seen from `day`: strictly before it (last), strictly after (next), or near."""
    if mod == "last":
        return day - timedelta(days=(day.weekday() - wd - 1) % 7 + 1)
    if mod == "next":
        return day + timedelta(days=(wd - day.weekday() - 1) % 7 + 1)
    return weekday_near(day, wd, tense)


REL = (r"(last|this|next|the full|full|the current|current|the coming|coming|the previous|previous|"
       r"the past|past|the following|following|the latest|latest|the same|same|the|earlier this|"
       r"later this)")
_LATEST_PERIOD = re.compile(r"^the latest period$")
_YEAR_END = re.compile(r"^(?:around |by )?(?:the )?year end$")
_REL_UNIT = re.compile(REL + r" (?:fiscal )?(day|week|weekend|month|quarter|year|decade|century)")
_THE = re.compile(r"^the ?")


REL_STEP = {"last": -1, "previous": -1, "past": -1, "next": 1, "coming": 1, "following": 1}


def unit_rule(t: str, ref: date | None, tense: str) -> Result | None:
    """last/this/next/the + calendar unit: 'last year', 'this weekend', 'the quarter'."""
    t = _LATEST_PERIOD.sub("the latest quarter", t)  # results stories
    t = _YEAR_END.sub("this year", t)  # TIMEX3: the year (mod END)
    m = _REL_UNIT.fullmatch(t)
    if not m:
        return None
    unit = UNITS[m.group(2)]
    rel = _THE.sub("", m.group(1)).replace("full", "this")
    if rel == "past" and unit in ("DE", "CE"):
        return "DURATION", "P10Y" if unit == "DE" else "P100Y", False  # the ten years up to now
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
        return "DATE", iso_week(sat) + "-WE", True
    if rel == "" and unit == "M":
        return "DATE", ref.strftime("%Y-%m"), True
    if rel == "" and unit in ("W", "DE", "CE"):
        return "DATE", str(ref.year) + UNKNOWN[unit][4:], True  # "the week": TimeBank's 1989-WXX
    return "DATE", shift(ref, unit, n), True


WEEK_OF = re.compile(r"(?:the )?(first|second|third|fourth|last|final) week of "
                     r"(?:(\w+)(?: (\d{4}))?|(this|last|next) month)")


def week_of_rule(t: str, ref: date | None, tense: str) -> Result | None:
    """'the first week of March (2025)', 'the last week of this month': the ISO week holding that
    week's Thursday, as ISO 8601 assigns weeks to months."""
    m = WEEK_OF.fullmatch(t)
    if m is None or m.group(2) and m.group(2) not in MONTHS:
        return None
    if m.group(3):
        year, mon = int(m.group(3)), MONTHS[m.group(2)]
    elif ref is None:
        return "DATE", UNKNOWN["W"], False
    elif m.group(4):
        step = {"last": -1, "next": 1}.get(m.group(4), 0)
        first = date(ref.year, ref.month, 1) + relativedelta(months=step)
        year, mon = first.year, first.month
    else:
        mon = MONTHS[m.group(2)]
        year = year_for(ref, mon, 15, tense)
    nth = m.group(1)
    if nth in ("last", "final"):
        day = (date(year, mon, 1) + relativedelta(months=1)) - timedelta(days=4)
    else:
        day = date(year, mon, 4) + timedelta(days=7 * (ORDINALS[nth] - 1))
    return "DATE", iso_week(day), bool(ref) and not m.group(3)


def part_rule(t: str, ref: date | None, tense: str) -> Result | None:
    """Quarters, halves and seasons without a year: 'the third quarter', 'last fall'."""
    t = re.sub(r"^(?:its|his|their|our|the) (?=(?:fiscal |calendar )?(?:first|second|third|fourth|"
               r"1st|2nd|3rd|4th|last|final) (?:quarter|half))", "the ", t)
    t = re.sub(r"\b(?:fiscal|calendar) (?=(?:first|second|third|fourth|1st|2nd|3rd|4th) )", "", t)
    t = re.sub(r"^(?:the )?(last|this|next) year (?=(?:first|second|third|fourth) )", r"\1 ", t)
    t = re.sub(r"^(?:the )?(first|second|third|fourth|last|final) (quarter|half) of (the|this|last|next) "
               r"year$", lambda m: f"{m.group(3).replace('the', 'this')} {m.group(1)} {m.group(2)}", t)
    t = re.sub(r"^(last|this|next) (last|final) (quarter|half)$",
               lambda m: f"{m.group(1)} {'fourth' if m.group(3) == 'quarter' else 'second'} {m.group(3)}", t)
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


SEASON_OF = re.compile(r"(this|last|next|the current|the coming|the past|the last|the next)(?: \w+)? season")


def season_rule(t: str, ref: date | None, tense: str) -> Result | None:
    """ "this hurricane season", "last season": the year it falls in (a sports or weather season,
    not a season of the calendar)."""
    m = SEASON_OF.fullmatch(t)
    if m is None:
        return None
    if ref is None:
        return "DATE", "XXXX", False
    return "DATE", shift(ref, "Y", REL_STEP.get(m.group(1).split()[-1], 0)), True


def month_rule(t: str, ref: date | None, tense: str) -> Result | None:
    """'last April', 'next March', 'June last year'."""
    m = re.fullmatch(r"(last|this|next|earlier this|later this) (\w+)", t)
    if m and m.group(2) in MONTHS:
        mon = MONTHS[m.group(2)]
        if ref is None:
            return "DATE", f"XXXX-{mon:02d}", False
        y = ref.year
        if m.group(1) == "last":
            y = ref.year - 1 if mon >= ref.month - 1 else ref.year  # in March, "last February" is a year back
        elif m.group(1) == "next":
            y = ref.year + 1 if mon <= ref.month else ref.year
        return "DATE", f"{y}-{mon:02d}", True
    m = re.fullmatch(r"(last|this|next) (\w+) (\d{1,2})(?:st|nd|rd|th)?", t)
    if m and m.group(2) in MONTHS and 1 <= int(m.group(3)) <= 31:  # "last Oct. 23"
        mon, day = MONTHS[m.group(2)], int(m.group(3))
        if ref is None:
            return "DATE", f"XXXX-{mon:02d}-{day:02d}", False
        side = {"last": "before", "next": "after"}.get(m.group(1), tense)
        return "DATE", f"{year_for(ref, mon, day, side)}-{mon:02d}-{day:02d}", True
    m = re.fullmatch(r"(\w+) (?:of )?(last|this|next) year", t)  # "June last year", "March of next year"
    if m and m.group(1) in MONTHS:
        if ref is None:
            return "DATE", f"XXXX-{MONTHS[m.group(1)]:02d}", False
        y = ref.year + {"last": -1, "this": 0, "next": 1}[m.group(2)]
        return "DATE", f"{y}-{MONTHS[m.group(1)]:02d}", True
    return None


ORDINAL_DAY = re.compile(r"(?:(?:the|a|his|her|its|their|our) )?(?:\w+(?:st|nd|rd|th)|first|second|third) "
                         r"(?:(?:full|trading|business|working) )?day")


def ordinal_day_rule(t: str, ref: date | None, tense: str) -> Result | None:
    """'the eighth day (of the operation)', 'his first day in office': a day counted from an event,
    unknown here; `pipeline.dates` takes the reference date for 'today is the eighth day'."""
    return ("DATE", "XXXX-XX-XX", False) if ORDINAL_DAY.fullmatch(t) else None


ANAPHOR = re.compile(r"(?:(?:earlier|later) (?:in |on )?)?"
                     r"(that|the same|that same|the following|the next|the previous|the preceding|the prior) "
                     r"(year|quarter|month|week|day|morning|afternoon|evening|night)"
                     r"|the (year|month|week|day) (before|after)")
ANAPHOR_STEP = {"the following": 1, "the next": 1, "after": 1, "the previous": -1, "the preceding": -1,
                "the prior": -1, "before": -1}


SAME_LAST_YEAR = re.compile(r"(?:the )?same (month|day) (?:last year|a year (?:ago|earlier))")


def anaphor_rule(t: str, ref: date | None, tense: str) -> Result | None:
    """'that year', 'the following day', 'the next morning': values from the reference date here
    (X for 'that ...'); `pipeline.dates.context` resolves them against the time last mentioned."""
    m = SAME_LAST_YEAR.fullmatch(t)
    if m:  # "the same month last year": the reference month a year back, unless one was named
        code = "M" if m.group(1) == "month" else "D"
        if ref is None:
            return "DATE", UNKNOWN[code], False
        back = ref - relativedelta(years=1)
        return "DATE", back.strftime("%Y-%m") if code == "M" else back.isoformat(), True
    m = ANAPHOR.fullmatch(t)
    if m is None or m.group(1) == "the next" and m.group(2) in ("year", "month", "week"):
        return None
    det, unit = (m.group(1), m.group(2)) if m.group(2) else (m.group(4), m.group(3))
    if unit == "quarter":  # "that quarter": the quarter last mentioned (`pipeline.dates.context`)
        return ("DATE", "XXXX-QX", False) if det in ("that", "that same", "the same") else None
    code = {"year": "Y", "month": "M", "week": "W"}.get(unit, "D")
    n = ANAPHOR_STEP.get(det)
    if ref is None or n is None:
        return "DATE", UNKNOWN[code], False
    value = shift(ref, code, n)
    if unit in PARTS:
        return "TIME", value + PARTS[unit], True
    return "DATE", value, True


_YEAR_AGO = re.compile(r"^(?:the |a |one )?(?:comparable |corresponding )?year (ago|earlier|before)"
                       r"(?: (?:first |second |third |fourth )?(?:quarter|period|nine months|six months))?$")
_PERIOD_AGO = re.compile(r"^(?:the )?(?:same |corresponding |comparable )?(?:fiscal )?(?:quarter|period) "
                         r"(?:a year (ago|earlier)|last year)$|^last year (?:fiscal )?(?:quarter|period)$")
_THE_UNIT_AGO = re.compile(r"^the (month|week|day) (ago|earlier|before)$")
_UNITS_AGO = re.compile(NUM_RE + " " + UNIT_RE + r" (?:or so )?(?:ago|earlier|before|previously|back)")


def ago_rule(t: str, ref: date | None, tense: str) -> Result | None:
    """'three years ago', 'a year earlier', 'the year-ago quarter' (a year back, TimeBank style)."""
    t = _YEAR_AGO.sub(r"a year \1", t)
    t = _PERIOD_AGO.sub(lambda m: f"a year {m.group(1) or 'ago'}", t)  # "the corresponding period last year"
    t = _THE_UNIT_AGO.sub(r"a \1 \2", t)
    m = _UNITS_AGO.fullmatch(t)
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
    return "DATE", shift(ref, unit, -k), True
