"""Tests of the holder of a bare office a quote's speaker names ('the chancellor said'), and of the
roles such links give people (none to one passed over), over the whole pipeline
(tests/data/office_speakers_cases.json)."""

from __future__ import annotations

import pytest

from tests.conftest import load_cases

CASES = load_cases("office_speakers_cases.json")["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_office_holders(make_doc, case):
    doc = make_doc(case["text"])
    names = {e["id"]: e["name"] for e in doc._.entities}
    linked = {q["speaker"]["text"]: names.get(q["speaker"]["entity"]) for q in doc._.quotes if q["speaker"]}
    for said, person in case["speakers"].items():
        assert said in linked, f"{said!r} missing from {sorted(linked)}"
        assert linked[said] == person, (said, linked[said])
    roles = {e["name"]: e["role"] for e in doc._.entities}
    for person, role in case.get("roles", {}).items():
        assert roles.get(person, "missing") == role, (person, roles.get(person, "missing"))
