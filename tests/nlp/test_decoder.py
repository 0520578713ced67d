"""The parser and entity recognizer decoded by our greedy loop annotate as the model's own loop."""

import pytest
import spacy

from pipeline import DEFAULT_MODEL
from pipeline.nlp import decoder
from tests.conftest import load_cases


@pytest.fixture(scope="module")
def pair(bare_model):
    return bare_model, decoder.swap_in(spacy.load(DEFAULT_MODEL))


def annotations(doc):
    return [(t.i, t.head.i, t.dep_, t.is_sent_start, t.ent_iob_, t.ent_type_) for t in doc]


def test_swap_in_replaces_parser_and_recognizer(pair):
    _, fast = pair
    assert "parser" not in fast.pipe_names and "ner" not in fast.pipe_names
    assert fast.pipe_names.index("news_parser") == fast.pipe_names.index("tagger") + 1
    assert fast.pipe_names[-1] == "news_ner" and "ner" in fast.component_names


@pytest.mark.parametrize("text", load_cases("decoder_cases.json"))
def test_same_annotations_as_the_model(pair, text):
    model, fast = pair
    assert annotations(fast(text)) == annotations(model(text))


def test_same_annotations_through_pipe(pair):
    model, fast = pair
    texts = load_cases("decoder_cases.json")
    found = [annotations(d) for d in fast.pipe(texts, batch_size=5)]
    assert found == [annotations(d) for d in model.pipe(texts, batch_size=5)]
    assert any(a[4] == "B" for doc in found for a in doc)


def test_a_beam_model_is_left_alone():
    nlp = spacy.load(DEFAULT_MODEL)
    nlp.get_pipe("ner").cfg["beam_width"] = 4
    assert "ner" in decoder.swap_in(nlp).pipe_names and "parser" not in nlp.pipe_names


@pytest.mark.parametrize("component", ["parser", "ner"])
def test_step_scores_are_spacys(pair, component):
    """The lean step gives spaCy's step scores, bit for bit; with a class unseen, spaCy's own step."""
    model, _ = pair
    source = model.get_pipe(component)
    docs = [model.make_doc(text) for text in load_cases("decoder_cases.json")]
    for name, proc in model.pipeline:
        if name in ("tok2vec", "tagger"):
            docs = list(proc.pipe(docs))
    step = source.model.predict(docs)
    states = [s for s in source.moves.init_batch(docs) if not s.is_final()]
    lean = decoder.step_scores(step)
    assert lean != step.predict
    for _ in range(3):  # the first steps of every doc
        expected = step.predict(states)
        assert (lean(states) == expected).all()
        states = source.transition_states(states, expected)
    step.mark_class_unseen(0)
    assert decoder.step_scores(step) == step.predict
