"""Edges between a cue's frame and its content (issue 19): golden cases in
tests/data/quotes_frame_edges_cases.json ('told the X website that A' without 'website', 'points to
the fact that A' without 'to', and 'said it is A, and will B' as one claim)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from pipeline.quotes.content_clauses import subject_as_object
from pipeline.quotes.modal_conjuncts import backshifted_modal
from tests.conftest import load_cases

CASES = load_cases("quotes_frame_edges_cases.json")


def _doc(case: dict) -> Doc:
    return Doc(spacy.blank("en").vocab, words=case["words"], tags=case["tags"], pos=case["pos"],
               heads=case["heads"], deps=case["deps"])


@pytest.mark.parametrize("case", CASES["extract"], ids=lambda c: c["name"])
def test_extract(extracted_as, case):
    extracted_as(case)


@pytest.mark.parametrize("case", CASES["particle"], ids=lambda c: c["name"])
def test_particle_under_a_given_parse(case):
    doc = _doc(case)
    clause = doc[case["clause"]]
    assert subject_as_object(doc[case["verb"]], clause, clause.left_edge.i) == case["start"]


@pytest.mark.parametrize("case", CASES["modal"], ids=lambda c: c["name"])
def test_modal_under_a_given_parse(case):
    doc = _doc(case)
    assert backshifted_modal(doc[case["conj"]], doc[case["clause"]], doc[case["verb"]]) is case["backshifted"]
