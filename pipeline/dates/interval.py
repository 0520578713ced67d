"""The calendar interval of a TIMEX3 value: its first and last day, so a date-range query finds weeks,
quarters and seasons as well as days.

`2026-02-14` is that day; `2026-02` and `2026` their month and year; `202` the 2020s; `20` the years
2000-2099 (a century is the two first digits of its years); `2026-W07` Monday to Sunday of ISO week
7, `2026-W07-WE` its Saturday and Sunday, `2026-W07-3` its Wednesday; `2026-Q1` and `2026-H2`
quarters and halves. Seasons are the meteorological ones of the northern hemisphere (`SP`
March-May, `SU` June-August, `FA` September-November), and `2026-WI` is the winter whose January
falls in 2026 (December 2025 to February 2026), as the dates stage places "this winter". A time of
day (`2026-02-12T15:00`, `2026-02-12TMO`) is its day. Durations, sets, references (`PRESENT_REF`)
and values with an unknown part (`XXXX-02-12`) have no interval: None.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

Interval = tuple[date, date]

_SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11)}
_FORM = re.compile(
    r"(?P<y>\d{4})(?:-(?:(?P<m>\d{2})(?:-(?P<d>\d{2}))?|W(?P<w>\d{2})(?:-(?P<wd>WE|[1-7]))?"
    r"|Q(?P<q>[1-4])|H(?P<h>[12])|(?P<s>SP|SU|FA|WI)))?"
    r"|(?P<decade>\d{3})|(?P<century>\d{2})")


def _month(year: int, first: int, last: int) -> Interval:
    return date(year, first, 1), date(year, last, calendar.monthrange(year, last)[1])


def _week(year: int, week: int, day: str | None) -> Interval:
    monday = date.fromisocalendar(year, week, 1)
    if day == "WE":
        return monday + timedelta(days=5), monday + timedelta(days=6)
    if day:
        return (monday + timedelta(days=int(day) - 1),) * 2
    return monday, monday + timedelta(days=6)


def _parts(m: re.Match) -> Interval:
    """The interval of a value that matched `_FORM` (ValueError for an impossible date)."""
    if m["decade"]:
        return date(int(m["decade"]) * 10, 1, 1), date(int(m["decade"]) * 10 + 9, 12, 31)
    if m["century"]:
        return date(max(1, int(m["century"]) * 100), 1, 1), date(int(m["century"]) * 100 + 99, 12, 31)
    y = int(m["y"])
    if m["d"]:
        return (date(y, int(m["m"]), int(m["d"])),) * 2
    if m["m"]:
        return _month(y, int(m["m"]), int(m["m"]))
    if m["w"]:
        return _week(y, int(m["w"]), m["wd"])
    if m["q"]:
        return _month(y, 3 * int(m["q"]) - 2, 3 * int(m["q"]))
    if m["h"]:
        return _month(y, 6 * int(m["h"]) - 5, 6 * int(m["h"]))
    if m["s"] == "WI":
        return date(y - 1, 12, 1), _month(y, 2, 2)[1]
    if m["s"]:
        return _month(y, *_SEASONS[m["s"]])
    return date(y, 1, 1), date(y, 12, 31)


def interval(value: str | None, kind: str = "DATE") -> Interval | None:
    """(first day, last day) of a TIMEX3 `value` of type `kind` (DATE or TIME), else None."""
    if not value or kind not in ("DATE", "TIME"):
        return None
    m = _FORM.fullmatch(value.split("T", 1)[0] if "T" in value[4:] else value)
    if m is None:
        return None
    try:
        return _parts(m)
    except ValueError:  # 2026-02-30, week 54, year 0
        return None
