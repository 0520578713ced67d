"""Tests for pipeline.entities.tournamentgroups: a tournament's lettered group ("Group F", "Pool C")
is one EVENT, never an ORG nor a head word cut from its letter."""

from __future__ import annotations

import pytest

from tests.conftest import load_cases

CASES = load_cases("entities_tournamentgroups_cases.json")["cases"]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["why"])
def test_tournament_group(entities_nlp, case):
    ents = {e["name"]: e for e in entities_nlp(case["text"])._.entities}
    assert case["name"] in ents, sorted(ents)
    assert ents[case["name"]]["label"] == case["label"], ents[case["name"]]
    for name in case["absent"]:
        assert name not in ents, ents[name]
