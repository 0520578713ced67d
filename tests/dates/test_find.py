"""Tests for the date finder: the windowed Matcher finds what a whole-document Matcher finds."""

from spacy.matcher import Matcher

from pipeline.dates import patterns as dates_find
from tests.dates.test_stage import CASES


def test_windowed_matcher_finds_what_the_whole_doc_matcher_finds(nlp):
    assert all(plan is not None for plan in dates_find.LABEL_PLANS.values())
    texts = [case["text"] for case in CASES] + [
        "For the past several few 3 years, and over a decade ago, we met every other Friday. Now",
        "the the the a an several few past last next 10 days",
        "They stayed for a year ago and for a week, then for a month. Year-end came, then the year's end.",
        "At 14:20 UTC +8 on March 3, 2004 or 3 May 1999, by 9.30 pm, in the 1990s and pre-1950 days.",
        "Every other Friday, the next morning and that same week; days - long, a fairly lengthy period",
        "last year last month the the the the the the the the 12 more straight years then the days ahead",
    ]
    whole_doc = Matcher(nlp.vocab)
    for label, pats in dates_find.PATTERNS.items():
        whole_doc.add(label, pats, greedy="LONGEST")
    for doc in nlp.pipe(texts):
        whole = sorted((s.start, s.end, s.label_) for s in whole_doc(doc, as_spans=True))
        assert sorted((s.start, s.end, s.label_) for s in dates_find.Finder.matches(doc)) == whole
