"""Tests for `pipeline.entities.postedpeople` through the stage, on texts whose model labels are set
by hand (cases in tests/data/entities_posted_cases.json, with negative cases): a plain name the model
calls an organisation is a person beside a post held at a body."""

from __future__ import annotations

import pytest

from pipeline.entities.postedpeople import post
from tests.conftest import load_cases
from tests.entities.handlabels import check_case

CASES = load_cases("entities_posted_cases.json")["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_posted_people(nlp, case):
    check_case(nlp, case)


@pytest.mark.parametrize(("word", "held"), [("rector", True), ("Minister", True), ("director-general", True),
                                            ("publisher", False), ("subsidiary", False), ("unit", False)])
def test_post(word, held):
    assert post(word) is held
