"""Byline, dateline and reference-date resolution, from golden cases."""

import datetime as dt

import pytest

from pipeline.ingest import dateline
from tests.conftest import load_cases

CASES = load_cases("dateline_cases.json")


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:30] for c in CASES])
def test_header_meta(case):
    meta = dateline.clean_metadata(case.get("meta", {}))
    out = dateline.header_meta(meta, case["text"], case.get("option"), dt.date.fromisoformat(case["today"]))
    assert out["authors"] == case["authors"]
    assert (out["published"], out["published_from"]) == (case["published"], case["published_from"])
    expected = case["dateline"]
    if expected is None:
        assert out["dateline"] is None
    else:
        line = out["dateline"]
        assert case["text"][line["start"]:line["end"]] == expected["text"]
        assert (line["place"], line["date"], line["agency"]) == (expected["place"], expected["date"],
                                                                 expected["agency"])


@pytest.mark.parametrize("value,expected", [
    ("2026-02-12", "2026-02-12"),
    ("2026-02-12T10:00:00Z", "2026-02-12T10:00:00"),
    ("Tue, 12 Feb 2026 10:00:00 GMT", "2026-02-12T10:00:00"),
    ("12 February 2026", "2026-02-12"),
])
def test_parse_published(value, expected):
    assert dateline.parse_published(value) == expected


@pytest.mark.parametrize("value", ["yesterday", "today", "now", "3 days ago", "next week", "in 2 days",
                                   "tomorrow 10am", "Monday", "last Monday", "12 February", "February 2026",
                                   "1700000000"])
def test_relative_or_partial_published_is_refused(value):
    """A date read against the day of the run would make the record depend on when it ran."""
    with pytest.raises(ValueError, match="not a date"):
        dateline.parse_published(value)


def test_bad_published_is_an_error():
    with pytest.raises(ValueError, match="not a date"):
        dateline.clean_metadata({"published": "someday soon-ish"})


def test_infer_year_needs_a_weekday():
    assert dateline.infer_year(2, 12, None, dt.date(2026, 11, 24)) is None
    assert dateline.infer_year(2, 12, 3, dt.date(2026, 11, 24)) == 2026  # Thursday
    assert dateline.infer_year(2, 29, 3, dt.date(2026, 11, 24)) == 2024  # leap day, a Thursday
