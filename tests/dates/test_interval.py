"""Calendar intervals of TIMEX3 values, from golden cases."""

import datetime as dt

import pytest

from pipeline.dates.interval import interval
from tests.conftest import load_cases

CASES = load_cases("date_intervals_cases.json")


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_interval(case):
    found = interval(case["value"], case.get("type", "DATE"))
    expected = None if case["first"] is None else (dt.date.fromisoformat(case["first"]),
                                                   dt.date.fromisoformat(case["last"]))
    assert found == expected


def test_every_day_of_a_year_lies_in_one_month_quarter_half_and_week():
    day = dt.date(2026, 1, 1)
    while day.year == 2026:
        iso = day.isocalendar()
        for value in (day.strftime("%Y-%m"), f"2026-Q{(day.month - 1) // 3 + 1}",
                      f"2026-H{(day.month - 1) // 6 + 1}", f"{iso.year}-W{iso.week:02d}"):
            first, last = interval(value)
            assert first <= day <= last, value
        day += dt.timedelta(days=1)
