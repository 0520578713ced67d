"""Durations, sets and vague references for the date normaliser: "three years", "the coming
months" (DURATION), "every Monday", "weekly" (SET), "recently", "soon" (PAST_REF / FUTURE_REF).
"""

from __future__ import annotations

import re
from datetime import date

from pipeline.dates.calendar import PARTS, SEASONS, UNITS, Result
from pipeline.dates.text import number_of
from pipeline.vocab import MONTHS, WEEKDAYS

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
    "as soon as possible": "FUTURE_REF", "in future": "FUTURE_REF", "future": "FUTURE_REF",
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


UNIT_RE = r"(second|minute|hour|day|week|weekend|month|quarter|year|decade|century|centuries)(?:s|es)?"


NUM_RE = r"(\d+(?:\.\d+)?|a|an|several|a few|few|some|many|a couple of|couple of|the)"


def _duration(n: str, unit: str) -> str:
    code = UNITS[unit]
    if n != "X":
        x = float(n)
        if code == "DE":
            return f"P{number_of(x * 10)}Y"
        if code == "CE":
            return f"P{number_of(x * 100)}Y"
        if code == "WE":
            return f"P{number_of(x * 2)}D"
        if not x.is_integer():
            half = {"Y": ("Y", 6, "M"), "M": ("M", 15, "D"), "D": ("D", 12, "H"), "W": ("W", 3.5, "D")}
            if code in half and unit not in ("minute", "second"):
                big, sub, sub_code = half[code]
                return f"P{int(x)}{big}{number_of(sub)}{sub_code}" if sub_code != "H" else \
                    f"P{int(x)}DT12H"
            if unit == "hour":
                return f"PT{int(x)}H30M"
            if unit == "minute":
                return f"PT{int(x)}M30S"
        n = number_of(x)
    if code in ("DE", "CE"):
        code = "Y"  # "decades" -> PXY, as "two decades" -> P20Y (TimeBank's practice)
    t = "T" if unit in ("hour", "minute", "second") else ""
    return f"P{t}{n}{code}"


VAGUE_LENGTH = re.compile(r"a while|some time|"
                          r"a (?:fairly |very |relatively )?(?:lengthy|prolonged|extended) period")


_FEW_UNITS = re.compile(r"(recent|coming|the coming|past|the past|future|the next few|the past few|"
                        r"the last few|next few|past few|last few) (second|minute|hour|day|week|month|"
                        r"quarter|year|decade)s")
_UNITS_AHEAD = re.compile(r"the (second|minute|hour|day|week|month|quarter|year|decade)s (?:ahead|to come)")
_EVERY_UNIT = re.compile(r"^(?:every|each|per) (other )?" + UNIT_RE + "$")
_EVERY_N_UNITS = re.compile(r"^(?:every|each) (\d+) " + UNIT_RE + "$")
_EVERY_WEEKDAY = re.compile(r"^(?:(?:every|each|on) )?(\w+?)s?(?: (morning|afternoon|evening|night)s?)?$")
_EVERY_WORD = re.compile(r"^(?:every|each) (\w+)$")


def ref_or_set(t: str, ref: date | None, tense: str) -> Result | None:
    if t in REFS:
        return "DATE", REFS[t], False
    if VAGUE_LENGTH.fullmatch(t):
        return "DURATION", "PXX", False  # "for a while", "for some time": a length of unknown unit
    if t in SETS:
        return "SET", SETS[t], False
    m = _FEW_UNITS.fullmatch(t) or _UNITS_AHEAD.fullmatch(t)
    if m:
        return "DURATION", _duration("X", m.group(m.lastindex)), False
    m = _EVERY_UNIT.match(t)
    if m:
        code = UNITS[m.group(2)]
        n = "2" if m.group(1) else "1"
        return "SET", f"P{'T' if m.group(2) in ('hour', 'minute') else ''}{n}{code}", False
    m = _EVERY_N_UNITS.match(t)
    if m:
        return "SET", _duration(m.group(1), m.group(2)), False
    m = _EVERY_WEEKDAY.match(t)
    if m and m.group(1) in WEEKDAYS and (t.startswith(("every", "each")) or t.endswith("s")):
        part = PARTS.get(m.group(2) or "", "")
        return "SET", f"XXXX-WXX-{WEEKDAYS[m.group(1)] + 1}{part}", False
    m = _EVERY_WORD.match(t)
    if m and m.group(1) in MONTHS:
        return "SET", f"XXXX-{MONTHS[m.group(1)]:02d}", False
    if m and m.group(1) in SEASONS:  # "each winter"
        return "SET", f"XXXX-{SEASONS[m.group(1)]}", False
    if m and m.group(1) in PARTS:  # "every evening"
        return "SET", f"XXXX-XX-XX{PARTS[m.group(1)]}", False
    return None


CLOCK_LENGTH = re.compile(r"(?:(\d+) hours? ?)?(?:and )?(?:(\d+) (?:minutes?|mins?) ?)?(?:and )?"
                          r"(?:(\d+(?:\.\d+)?) (?:seconds?|secs?))?")


def clock_length(t: str) -> str | None:
    """ "two hours 18 minutes 15 seconds", "four hours and five minutes" -> PT2H18M15S, PT4H5M (two
    units or more)."""
    m = CLOCK_LENGTH.fullmatch(t)
    if m is None or sum(g is not None for g in m.groups()) < 2:
        return None
    h, mi, sec = m.groups()
    return "PT" + "".join(f"{number_of(float(v))}{u}" for v, u in ((h, "H"), (mi, "M"), (sec, "S")) if v)


_UNIT_LONG = re.compile(r"^(" + "|".join(UNITS) + r") long$")  # "a week-long tour"
_AFTER_LENGTH = re.compile(r" (?:later|long|old|or so|more|straight|running|in a row)$")
_A_NUMBER = re.compile(r"^an? (?=\d)")  # "a two-day rally"
_WHOLE = re.compile(r"^(?:an?|the) (?:entire|whole|full) (?=[a-z]+$)")  # "an entire month"
_FORTNIGHTS = re.compile(r"^(\S+ )?fortnights?$")
_MORE = re.compile(r"^(\d+(?:\.\d+)?|an?) (?:more|additional|extra|straight|consecutive|full) ")
_TRADING = re.compile(r" (?:trading|business|working|calendar) (?=days?$)")  # "eight trading days"
_NUM_UNIT = re.compile(NUM_RE + " " + UNIT_RE)
_UNIT = re.compile(UNIT_RE)
_RANGE_UNIT = re.compile(r"(\d+)(?: to | or |-)(\d+) " + UNIT_RE)
_UNITS_OR_UNITS = re.compile(r"(?:\d+ )?(?:weeks|months|years|days) (?:or|and|to) "
                             r"(?:weeks|months|years|days)")


def duration_rule(t: str, ref: date | None, tense: str) -> Result | None:
    core = t
    while True:
        stripped = HEDGES.sub("", core)
        if stripped == core:
            break
        core = stripped
    core = _UNIT_LONG.sub(r"1 \1", core)  # "a week-long tour"
    core = _AFTER_LENGTH.sub("", core)
    core = _A_NUMBER.sub("", core)  # "a two-day rally"
    core = _WHOLE.sub("1 ", core)  # "an entire month"
    core = _FORTNIGHTS.sub(lambda m: f"{2 * float((m.group(1) or '1').strip() or 1):g} weeks"
                           if (m.group(1) or "1 ").strip().replace(".", "", 1).isdigit() else "2 weeks", core)
    core = _MORE.sub(r"\1 ", core)
    core = _TRADING.sub(" ", core)  # "eight trading days"
    if (clock := clock_length(core)) is not None:
        return "DURATION", clock, False
    m = _NUM_UNIT.fullmatch(core) or _UNIT.fullmatch(core)
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
    m = _RANGE_UNIT.fullmatch(core)
    if m:
        return "DURATION", _duration(m.group(2), m.group(3)), False
    if _UNITS_OR_UNITS.fullmatch(core):
        return "DURATION", _duration("X", core.split()[-3].rstrip("s") if core[0].isdigit()
                                     else core.split()[0].rstrip("s")), False
    return None
