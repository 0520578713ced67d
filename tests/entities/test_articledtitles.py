"""Tests for works and non-names: titles opening with an article (`articledtitles`), an epithet after
"Mr", a quote's first words (`quotedopeners`), a person the model calls a product (`givenproducts`),
"X style talent contest" (`cuelessworks`) and works' cue nouns (`evidence`)."""

from __future__ import annotations

import pytest

from tests.conftest import load_cases
from tests.entities.handlabels import entities_with

CASES = load_cases("entities_works_cases.json")


@pytest.mark.parametrize("case", CASES["pipeline"], ids=lambda c: c["why"])
def test_works_and_non_names(nlp, case):
    """Labels and spans of works and non-names over the whole pipeline."""
    got = {e["name"]: e["label"] for e in nlp(case["text"])._.entities}
    for name, label in case["expect"].items():
        assert got.get(name) == label, got
    for name in case["absent"]:
        assert name not in got, got


@pytest.mark.parametrize("case", CASES["handlabelled"], ids=lambda c: c["why"])
def test_given_products(nlp, case):
    """The model's product labels set by hand, so that the rule meets the mistake it corrects."""
    got = entities_with(nlp, case["text"], case["labels"])
    for name, label in case["expect"].items():
        assert got[name]["label"] == label, got
