"""Tests for pipeline.entities.topiccountries: a country qualifying a noun ("the Ostria war") does
not put an unplaced site of its sentence in that country; golden cases in
tests/data/entities_topiccountries_cases.json."""

from __future__ import annotations

import re

import pytest

from pipeline.entities import geo
from pipeline.entities import topiccountries as TC
from tests.conftest import load_cases

CASES = load_cases("entities_topiccountries_cases.json")["cases"]


def _items(text: str, places: list[list[str]]) -> list[dict]:
    items = []
    for name, label in places:
        mentions = [{"start": m.start(), "end": m.end(), "text": name}
                    for m in re.finditer(re.escape(name), text)]
        items.append({"name": name, "aliases": [], "label": label, "count": len(mentions),
                      "mentions": mentions})
    return items


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_site_country(case):
    items = _items(case["text"], case["places"])
    geo.locate(items, case["text"])
    site = next(it for it in items if it["name"] == case["site"])
    assert site["country"] == case["expect"]


@pytest.mark.parametrize(("text", "name", "expect"), [
    ("the Ostria war", "Ostria", True),
    ("an Ostria inquiry began", "Ostria", True),
    ("the Ostria said no", "Ostria", False),
    ("the Ostria is small", "Ostria", False),
    ("in Ostria today", "Ostria", False),
])
def test_topical(text, name, expect):
    start = text.index(name)
    assert TC.topical(text, start, start + len(name)) is expect
