"""Tests for the date normaliser: one expression and a reference date in, (type, value, anchored) out."""

import time
from datetime import date

import pytest

from pipeline.dates.normalize import normalise


@pytest.mark.parametrize("text,tense,expected", [
    ("this weekend", "", ("DATE", "2026-W07-WE", True)),
    ("the first quarter", "", ("DATE", "2026-Q1", True)),
    ("the second half", "", ("DATE", "2026-H2", True)),
    ("August", "past", ("DATE", "2025-08", True)),
    ("August", "future", ("DATE", "2026-08", True)),
    ("March 3", "past", ("DATE", "2026-03-03", True)),
    ("Oct. 1", "past", ("DATE", "2025-10-01", True)),
    ("nineteen ninety-six", "", ("DATE", "1996", False)),
    ("two and a half years", "", ("DURATION", "P2Y6M", False)),
    ("several weeks", "", ("DURATION", "PXW", False)),
    ("a decade", "", ("DURATION", "P10Y", False)),
    ("90 minutes", "", ("DURATION", "PT90M", False)),
    ("each Thursday", "", ("SET", "XXXX-WXX-4", False)),
    ("daily", "", ("SET", "P1D", False)),
    ("the '80s", "", ("DATE", "198", False)),
    ("Thanksgiving", "past", ("DATE", "2025-11-27", True)),
    ("noon tomorrow", "", ("TIME", "2026-02-13T12:00", True)),
    ("this morning", "", ("TIME", "2026-02-12TMO", True)),
    ("12/02/2022", "", ("DATE", "2022-12-02", False)),
    ("last Friday", "", ("DATE", "2026-02-06", True)),
    ("next Thursday", "", ("DATE", "2026-02-19", True)),
    ("the last three months", "", ("DURATION", "P3M", False)),
    ("more than two thousand years", "", ("DURATION", "P2000Y", False)),
    ("the year two thousand", "", ("DATE", "2000", False)),
    ("the fourth quarter", "past", ("DATE", "2025-Q4", True)),
    ("the latest quarter", "", ("DATE", "2025-Q4", True)),
    ("a year ago", "", ("DATE", "2025", True)),
    ("six weeks ago", "", ("DATE", "2026-W01", True)),
    ("Wednesday", "modal", ("DATE", "2026-02-11", True)),
    ("Monday", "modal", ("DATE", "2026-02-16", True)),
    ("4 p.m. EST Feb. 9", "", ("TIME", "2026-02-09T16:00", True)),
    ("mid-November", "past", ("DATE", "2025-11", True)),
])
def test_normalise(text, tense, expected):
    assert normalise(text, date(2026, 2, 12), tense) == expected


@pytest.mark.parametrize("text,expected", [
    ("last week", "XXXX-WXX"), ("next month", "XXXX-XX"), ("the third quarter", "XXXX-Q3"),
    ("this weekend", "XXXX-WXX-WE"), ("yesterday", "XXXX-XX-XX"), ("two years ago", "XXXX"),
    ("summer", "XXXX-SU"), ("June 5", "XXXX-06-05"), ("that year", "XXXX"),
    ("the following month", "XXXX-XX"), ("last Oct. 23", "XXXX-10-23"), ("year-end", "XXXX"),
    ("the week of March 9", "XXXX-WXX"),
])
def test_unanchored_values_keep_unknown_parts(text, expected):
    kind, value, anchored = normalise(text, None, "")
    assert (value, anchored) == (expected, False)


@pytest.mark.parametrize("text", ["this weekend", "the coming weekend", "sometime next spring",
                                  "the year before last", "a fortnight", "23:59:59",
                                  "the early hours of Thursday morning", "the week of March 9"])
def test_every_expression_is_fast(text):
    normalise.cache_clear()
    start = time.perf_counter()
    normalise(text, date(2026, 2, 12), "")
    assert time.perf_counter() - start < 0.05
