"""Sentence starts at line breaks (tests/data/linebreaks_cases.json): after a blank line and after a
line ended on purpose (a headline, a dateline, a byline, a list item), set before the parser and
kept; a line wrapped at a fixed width, or a paragraph going on in lower case, gets none."""

import pytest

from pipeline.nlp.linebreaks import STARTS_KEY, after_title, line_starts
from pipeline.nlp.loader import make_doc
from tests.conftest import load_cases

CASES = load_cases("linebreaks_cases.json")["cases"]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["name"])
def test_line_starts_are_set_before_parsing(nlp, case):
    doc = make_doc(nlp, case["text"])
    assert doc.text == case["text"]
    assert [t.text for t in doc if t.is_sent_start and t.i > 0] == case["starts"]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["name"])
def test_parser_keeps_line_starts_and_joins(nlp, case):
    doc = nlp(make_doc(nlp, case["text"]))
    starts = {s.start_char for s in doc.sents}
    assert {offset for offset, _ in line_starts(case["text"])} <= starts
    for piece in case["joined"]:
        a = case["text"].index(piece)
        assert not any(a < s < a + len(piece.rstrip()) for s in starts), piece


RECOGNIZER = load_cases("linebreaks_cases.json")["recognizer"]["cases"]


@pytest.mark.parametrize("case", RECOGNIZER, ids=lambda c: c["name"])
def test_recognizer_sees_no_line_starts(nlp, case, monkeypatch):
    doc = make_doc(nlp, case["text"])
    assert [doc[i].text for i in sorted(doc.user_data.get(STARTS_KEY, ()))] == case["marked"]
    assert [t.text for t in doc if after_title(doc, t.i)] == case["titled"]
    seen = []
    ner = nlp.get_pipe("news_ner")
    decode = ner._predict

    def spy(docs):  # the starts the recognizer's states read
        seen.extend(t.text for t in docs[0] if t.is_sent_start and t.i > 0)
        return decode(docs)

    monkeypatch.setattr(ner, "_predict", spy)
    parsed = nlp(doc)
    assert not set(case["marked"]) & set(seen)
    starts = {t.text for t in parsed if t.is_sent_start}
    assert set(case["marked"]) <= starts  # set again once the recognizer is done
