"""Calendar vocabulary and date arithmetic shared by the date normaliser: month, weekday, season,
part-of-day and unit names, the `Result` type, and helpers that move a reference date by calendar
units or choose the year of a year-less month/day.
"""

from __future__ import annotations

from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

Result = tuple[str, str | None, bool]  # (type, value, anchored)


SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
SEASON_MONTH = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}
PARTS = {"morning": "TMO", "afternoon": "TAF", "evening": "TEV", "night": "TNI"}
UNITS = {
    "second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W", "weekend": "WE",
    "month": "M", "quarter": "Q", "year": "Y", "decade": "DE", "century": "CE", "centuries": "CE",
}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


def weekday_near(ref: date, wd: int, tense: str) -> date:
    """The article's own weekday is that day; otherwise future -> next, else the most recent."""
    if ref.weekday() == wd:
        return ref
    ahead = ref + timedelta(days=(wd - ref.weekday()) % 7)
    back = ref - timedelta(days=(ref.weekday() - wd) % 7)
    if tense == "modal":  # weak: "could be located Wednesday" on a Thursday is yesterday
        return back if (ref - back).days <= 2 else ahead
    return ahead if tense == "future" else back


def iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _quarter(d: date) -> tuple[int, int]:
    return d.year, (d.month - 1) // 3 + 1


def shift(ref: date, unit: str, n: int) -> str:
    """Reference date moved by n units, written at that unit's granularity."""
    if unit == "D":
        return (ref + timedelta(days=n)).isoformat()
    if unit in ("W", "WE"):
        return iso_week(ref + timedelta(weeks=n)) + ("-WE" if unit == "WE" else "")
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


def year_for(ref: date, month: int, day: int, tense: str) -> int:
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
