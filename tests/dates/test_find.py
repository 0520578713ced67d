"""Tests for the date finder: the windowed Matcher finds what a whole-document Matcher finds."""

from pipeline.dates import patterns as dates_find
from tests.dates.test_stage import CASES


def test_windowed_matcher_finds_what_the_whole_doc_matcher_finds(nlp):
    assert dates_find.PLAN is not None, "every pattern has an anchor word"
    texts = [case["text"] for case in CASES] + [
        "For the past several few 3 years, and over a decade ago, we met every other Friday. Now",
        "the the the a an several few past last next 10 days",
    ]
    for doc in nlp.pipe(texts):
        whole = sorted((s.start, s.end, s.label_) for s in dates_find.Finder.get(doc)(doc, as_spans=True))
        assert sorted((s.start, s.end, s.label_) for s in dates_find.Finder.matches(doc)) == whole
