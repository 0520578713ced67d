"""Tests for pipeline.entities.awardnames: one prize's names ("the Velma Awards", "a Velma", "the
Velmas") are one entity, the word opening a prize's name alone ("the Academy") is the body that
gives it, and no person runs into a prize ("Harbour Oscar"); golden cases in
tests/data/entities_awardnames_cases.json."""

from __future__ import annotations

import pytest

from tests.conftest import load_cases

CASES = load_cases("entities_awardnames_cases.json")["cases"]


def _entity_of(entities: list[dict], text: str) -> dict:
    """The entity with a mention written `text`."""
    return next(e for e in entities if any(m["text"] == text for m in e["mentions"]))


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["why"])
def test_award_names(nlp, case):
    """Names joined, kept apart and labelled as the case says."""
    entities = nlp(case["text"])._.entities
    for texts in case.get("together", []):
        assert len({_entity_of(entities, t)["id"] for t in texts}) == 1, entities
    for one, other in case.get("apart", []):
        assert _entity_of(entities, one)["id"] != _entity_of(entities, other)["id"], entities
    names = {e["name"] for e in entities}
    assert not names & set(case.get("absent", [])), names
    for text, label in case["labels"].items():
        assert _entity_of(entities, text)["label"] == label, entities
