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

The rules live by concern in `dates.absolute`, `dates.relative` and `dates.durations`; the shared
vocabulary and date arithmetic in `dates.calendar`, text preparation in `dates.text`.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from pipeline.dates.absolute import absolute_date, holiday_rule
from pipeline.dates.calendar import Result
from pipeline.dates.durations import duration_rule, ref_or_set
from pipeline.dates.relative import (
    ago_rule,
    anaphor_rule,
    clock_time,
    day_rule,
    month_rule,
    ordinal_day_rule,
    part_rule,
    season_rule,
    unit_rule,
    week_of_rule,
)
from pipeline.dates.text import clean, words_to_numbers

EDGES = re.compile(r"^(?:early|late|mid|the end of|end of|the beginning of|beginning of|the start of|"
                   r"start of|the middle of|middle of|the close of|(?:later|earlier)(?: in)?|the rest of|"
                   r"the (?:early|small|wee) hours of) ")


_OR_SO = re.compile(r" or so$")  # "the next year or so"
_COMING_DAY = re.compile(r"^(?:this|the) coming (?=\w+day\b)")  # "this coming Sunday"
_PAST_DAY = re.compile(r"^this past (?=\w+day\b)")
_PRE_POST = re.compile(r"^(?:pre|post)-(?=\d{4}$)")  # "post-1959 politics": after the year, valued as it


@lru_cache(maxsize=20000)
def normalise(text: str, ref: date | None, tense: str = "") -> Result | None:
    """Classify a temporal expression and return (type, value, anchored), or None if not one."""
    try:
        t = _OR_SO.sub("", words_to_numbers(clean(text)))  # "the next year or so"
        t = _COMING_DAY.sub("next ", t)  # "this coming Sunday"
        t = _PAST_DAY.sub("last ", t)
        t = _PRE_POST.sub("", t)  # "post-1959 politics": after the year, valued as it
        if not t:
            return None
        return _classify(t, ref, tense)
    except (ValueError, OverflowError, KeyError):
        return None


def _classify(t: str, ref: date | None, tense: str) -> Result | None:
    for rule in (ref_or_set, clock_time, absolute_date, holiday_rule, day_rule, anaphor_rule, ago_rule,
                 unit_rule, week_of_rule, part_rule, season_rule, month_rule, ordinal_day_rule,
                 duration_rule):
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
