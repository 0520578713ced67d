"""Tests for quotes.party_people: 'the party' refers back to a party's people's words as the party the
article names (golden cases in tests/data/quotes_party_people_cases.json)."""

from __future__ import annotations

import re

import pytest

from pipeline import quotes
from pipeline.quotes.mentions import Mention
from pipeline.quotes.party_people import stand_ins
from tests.conftest import load_cases

CASES = load_cases("quotes_party_people_cases.json")["cases"]


def _entities(case: dict) -> list[dict]:
    """doc._.entities of a case: each form's every whole-word occurrence a mention."""
    out = []
    for e in case["entities"]:
        found = (re.finditer(rf"\b{f}\b", case["text"]) for f in e["forms"])
        spans = sorted({(m.start(), m.end()) for ms in found for m in ms})
        out.append({"id": e["id"], "name": e["name"], "label": e["label"], "aliases": [], "role": None,
                    "mentions": [{"start": s, "end": t, "text": case["text"][s:t]} for s, t in spans]})
    return out


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_the_party_refers_back_to_its_people(nlp, case):
    doc = nlp(case["text"])
    doc._.entities = _entities(case)
    (q,) = [q for q in quotes.extract(doc) if q["speaker"] and q["speaker"]["text"] == case["speaker"]]
    assert q["speaker"]["entity"] == case["entity"]


def test_a_people_stands_in_only_for_its_own_party():
    tories = Mention(0, 6, "E1", "Tories", "NORP", "")
    party = Mention(20, 38, "E2", "Conservative Party", "ORG", "")
    other = Mention(40, 56, "E3", "Republican Party", "ORG", "")
    assert stand_ins([tories, party])[0] == Mention(0, 6, "E2", "Conservative Party", "ORG", "")
    assert stand_ins([tories, other]) == {}
    assert stand_ins([Mention(0, 7, "E4", "British", "NORP", ""), party]) == {}
