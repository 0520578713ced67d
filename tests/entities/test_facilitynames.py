"""Tests for pipeline.entities.evidence.facility_name: a name ending in a built place's head is a
building unless what follows is a body's act; golden cases in
tests/data/entities_facilitynames_cases.json."""

from __future__ import annotations

import pytest

from pipeline.entities import candidates as C
from pipeline.entities import evidence as E
from pipeline.entities import ofbuildings as OB
from pipeline.entities import places as P
from tests.conftest import load_cases

DATA = load_cases("entities_facilitynames_cases.json")
CASES = DATA["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_facility_name(nlp, case):
    doc = nlp.make_doc(case["text"])
    at = case["text"].index(case["name_text"])
    span = doc.char_span(at, at + len(case["name_text"]))
    assert E.facility_name(doc, span.start, span.end) is case["expect"]


UNTAGGED = DATA["untagged"]


@pytest.mark.parametrize("case", UNTAGGED, ids=[c["name"] for c in UNTAGGED])
def test_facility_cands(nlp, case):
    doc = nlp(case["text"])
    ctx = C.DocCtx(doc)
    found = [doc[c.start : c.end].text for c in P.facility_cands(ctx)]
    assert found == case["expect"]


OPENED = DATA["opened"]


@pytest.mark.parametrize("case", OPENED, ids=[c["name"] for c in OPENED])
def test_of_building(nlp, case):
    doc = nlp.make_doc(case["text"])
    at = case["text"].index(case["name_text"])
    span = doc.char_span(at, at + len(case["name_text"]))
    assert OB.of_building(doc, span.start, span.end) is case["expect"]
