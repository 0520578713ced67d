"""Markup tags left in a text (tests/data/markup_cases.json): found, split off their words, and each
tag and the word after it start sentences; a text without a tag keeps its tokens."""

import pytest

from pipeline.nlp.loader import make_doc
from pipeline.nlp.markup import tag_spans
from tests.conftest import load_cases

CASES = load_cases("markup_cases.json")["tags"]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["text"][:30])
def test_tags_are_found(case):
    text = case["text"]
    assert [text[s:e] for s, e in tag_spans(text)] == case["tags"]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["text"][:30])
def test_tags_are_split_off_and_start_sentences(nlp, case):
    text = case["text"]
    doc = make_doc(nlp, text)
    assert doc.text == text
    for s, e in tag_spans(text):  # no token runs across a tag's edge
        assert not any(t.idx < c < t.idx + len(t) for t in doc for c in (s, e))
    assert [t.text for t in doc if t.is_sent_start and t.i > 0] == case["starts"]


def test_a_text_without_tags_is_tokenised_as_before(nlp):
    text = "It weighs 20 <kg> and costs a<b less."
    assert [t.text for t in make_doc(nlp, text)] == [t.text for t in nlp.make_doc(text)]
