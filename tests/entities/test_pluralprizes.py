"""Tests for pipeline.entities.pluralprizes, inquiries and viewedshows: a prize's short plural ("the
Velmas") is the prize, named in the singular when the article writes it; "the Hale inquiry" is the
person Hale; a name tuned into is a programme."""

from __future__ import annotations

import pytest

from tests.conftest import load_cases

CASES = load_cases("entities_cases.json")


@pytest.mark.parametrize("case", CASES["named_prizes"], ids=lambda c: c["why"])
def test_named_prizes(nlp, case):
    """Prizes, inquiries' chairs and programmes read from the words around them."""
    got = {e["name"]: e["label"] for e in nlp(case["text"])._.entities}
    for name, label in case["expect"].items():
        assert got.get(name) == label, got
