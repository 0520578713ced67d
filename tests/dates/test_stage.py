"""Tests for the dates stage: golden cases from tests/data/dates_cases.json plus unit checks."""

import json
from datetime import date
from pathlib import Path

import pytest

import pipeline.nlp.components  # noqa: F401  (registers the factories)
from pipeline.dates import stage as dates
from pipeline.record.types import Date

CASES = json.loads((Path(__file__).parents[1] / "data" / "dates_cases.json").read_text())["cases"]


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


def test_reference_date_parsing():
    assert dates.reference_date("2026-02-12") == date(2026, 2, 12)
    assert dates.reference_date("2026-02-12T10:00:00+02:00") == date(2026, 2, 12)
    assert dates.reference_date("2026-02-30") is None
    assert dates.reference_date(None) is None
