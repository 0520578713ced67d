"""Speakers given by a description, a pronoun or a name set off with its body, and words that are
never a speaker's (tests/data/quotes_description_links_cases.json)."""

import pytest
import spacy
from spacy.tokens import Doc

import pipeline.quotes as quotes
from pipeline.nlp.extensions import register
from tests.conftest import load_cases
from tests.quotes.conftest import MODEL

CASES = load_cases("quotes_description_links_cases.json")


@pytest.fixture(scope="module")
def model():
    """The installed model alone, as `quote_of` parses."""
    register()
    return spacy.load(MODEL)


@pytest.mark.parametrize("case", CASES["cases"], ids=lambda c: f"{c['speaker']} -> {c['name']}")
def test_speaker_resolves_to_whom_it_names(speaker_of, case):
    assert speaker_of(case) == (case["entity"], case["name"])


@pytest.mark.parametrize("case", CASES["unspoken"], ids=lambda c: c["speaker"])
def test_words_that_name_no_speaker(model, linked_entities, case):
    doc = model(case["text"])
    doc._.entities = linked_entities(case["text"], case["entities"])
    spoken = [q["speaker"]["text"] for q in quotes.extract(doc) if q["speaker"]]
    assert spoken and case["speaker"] not in spoken


@pytest.mark.parametrize("case", CASES["parsed"], ids=lambda c: c["name"])
def test_words_that_name_no_speaker_under_a_given_parse(blank, case):
    doc = Doc(blank.vocab, words=case["words"], spaces=case["spaces"], tags=case["tags"], pos=case["pos"],
              lemmas=case["lemmas"], heads=case["heads"], deps=case["deps"], ents=case["ents"])
    doc._.entities = []
    found = quotes.extract(doc)
    assert found and case["speaker"] not in [q["speaker"]["text"] for q in found if q["speaker"]]
