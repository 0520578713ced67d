"""Fixtures of the runner tests."""

import pytest
import spacy


@pytest.fixture(scope="session")
def toy_model(tmp_path_factory):
    """A small saved pipeline (tokenizer and sentence splitter) so each killed process starts fast."""
    path = tmp_path_factory.mktemp("model") / "toy"
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.meta["name"] = "toy"
    nlp.to_disk(path)
    return path
