"""Sentence starts at line breaks (tests/data/linebreaks_cases.json): after a blank line and after a
line ended on purpose (a headline, a dateline, a byline, a list item), set before the parser and
kept; a line wrapped at a fixed width, or a paragraph going on in lower case, gets none."""

import pytest

from pipeline.nlp.linebreaks import line_starts
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
