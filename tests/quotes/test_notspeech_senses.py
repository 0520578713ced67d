"""Cue senses that attribute nothing (issue 19): golden cases in tests/data/quotes_notspeech_cases.json
(a deed or event confirming or signalling a state, a firm's goods recalled, a prize the parse set in
apposition to the object, a 'call' summoning or phoning someone, the writer's advice to the reader,
a saying's idiom, and a question left open or a gauge's work: 'must decide whether to', 'an index
which predicts output')."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

import pipeline.quotes as quotes
from pipeline.quotes import plays, unsaid
from pipeline.quotes.doc import Item
from pipeline.quotes.senses import other_sense
from tests.conftest import load_cases

CASES = load_cases("quotes_notspeech_cases.json")


@pytest.mark.parametrize("case", CASES["extract"], ids=lambda c: c["name"])
def test_extract(extracted_as, case):
    extracted_as(case)


@pytest.mark.parametrize("case", CASES["won"], ids=lambda c: c["name"])
def test_won_under_a_given_parse(case):
    doc = Doc(spacy.blank("en").vocab, words=case["words"], spaces=case["spaces"], tags=case["tags"],
              pos=case["pos"], lemmas=case["lemmas"], heads=case["heads"], deps=case["deps"])
    assert plays.won(doc[case["cue"]]) is case["won"]


@pytest.mark.parametrize("case", CASES["recalled"], ids=lambda c: c["name"])
def test_recalled_under_a_given_parse(case):
    doc = Doc(spacy.blank("en").vocab, words=case["words"], spaces=case["spaces"], tags=case["tags"],
              pos=case["pos"], lemmas=case["lemmas"], heads=case["heads"], deps=case["deps"],
              ents=case["ents"])
    cue = doc[case["cue"]]
    obj = next(c for c in cue.rights if c.dep_ == "dobj")
    item = Item(obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge), "indirect", cue=cue, how="dobj")
    assert other_sense(doc, item) is case["called_back"]


@pytest.mark.parametrize("case", CASES["extract"], ids=lambda c: c["name"])
def test_says_nothing_kept_per_verb(quotes_model, case):
    """The quotes stage keeps `says_nothing`'s answer for each cue verb of its article (its cue words
    mended first): the answers kept are the ones worked out anew."""
    doc = quotes_model(case["text"])
    quotes.extract(doc)
    held, answers = unsaid._MEMO
    assert held is doc and answers
    for i, got in answers.items():
        assert unsaid.says_nothing(doc[i]) is got and got == unsaid._says_nothing(doc[i])


@pytest.mark.parametrize("case", CASES["summoned"], ids=lambda c: c["name"])
def test_summoned_under_a_given_parse(case):
    doc = Doc(spacy.blank("en").vocab, words=case["words"], spaces=case["spaces"], tags=case["tags"],
              pos=case["pos"], lemmas=case["lemmas"], heads=case["heads"], deps=case["deps"])
    first, last = (doc[i] for i in case["content"])
    item = Item(first.idx, last.idx + len(last), "indirect", cue=doc[case["cue"]], how="dobj")
    assert other_sense(doc, item) is case["summoned"]
