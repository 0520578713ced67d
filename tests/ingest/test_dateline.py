"""Byline, dateline and reference-date resolution, from golden cases."""

import dataclasses
import inspect

import pytest

from pipeline.ingest import dateline
from pipeline.runner.shard import Settings
from tests.conftest import load_cases

CASES = load_cases("dateline_cases.json")


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:30] for c in CASES])
def test_header_meta(case):
    meta = dateline.clean_metadata(case.get("meta", {}))
    out = dateline.header_meta(meta, case["text"], case.get("option"))
    assert out["authors"] == case["authors"]
    assert (out["published"], out["published_from"]) == (case["published"], case["published_from"])
    warnings = out.get("warnings", [])
    assert len(warnings) == len(case.get("warnings", []))
    assert all(part in said for part, said in zip(case.get("warnings", []), warnings, strict=True))
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


def test_infer_year_needs_a_weekday_and_one_written_year_that_fits():
    text = "Exports, halted in 2022, start in 2026."
    assert dateline.infer_year(2, 12, None, text) is None
    assert dateline.infer_year(2, 12, 3, text) == 2026  # 12 February 2026 was a Thursday, 2022 a Saturday
    assert dateline.infer_year(2, 29, 3, "Since 2023, and in 2024.") == 2024  # leap day, a Thursday
    assert dateline.infer_year(2, 12, 3, "In 2015 and again in 2026.") is None  # both Thursdays
    assert dateline.infer_year(2, 12, 3, "It sold 2,026 units, or 12,026.") is None  # amounts, not years
    assert dateline.infer_year(2, 12, 3, "Nothing dated here.") is None


def test_the_day_of_the_run_never_decides_the_reference_date():
    """A year-less dateline is read the same whatever the date: no parameter, no clock."""
    text = "NEW YORK, Sept. 5 (Reuters) - Stocks fell on Friday."
    assert "today" not in inspect.signature(dateline.header_meta).parameters
    assert "today" not in {f.name for f in dataclasses.fields(Settings)}
    out = dateline.header_meta({}, text, None)
    assert out["published"] is None and out["published_from"] == "none"
    assert "no year" in out["warnings"][0]
    assert dateline.header_meta({}, text, "2019-01-01")["published"] == "2019-09-05"
