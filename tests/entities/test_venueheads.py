"""Tests for pipeline.entities.venueheads: a name ending in a venue's head is a building unless the
text treats it as a body, a school the model took for a building is a body; golden cases in
tests/data/entities_venueheads_cases.json."""

from __future__ import annotations

import pytest

from tests.conftest import load_cases

CASES = load_cases("entities_venueheads_cases.json")["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_venue_heads(entities_nlp, case):
    found = {(e["name"], e["label"]) for e in entities_nlp(case["text"])._.entities}
    for name, label in case["expect"]:
        assert (name, label) in found, sorted(found)
