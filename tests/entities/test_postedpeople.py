"""Tests for `pipeline.entities.postedpeople` through the stage, on texts whose model labels are set
by hand (cases in tests/data/entities_posted_cases.json, with negative cases): a plain name the model
calls an organisation is a person beside a post held at a body."""

from __future__ import annotations

import pytest

from pipeline.entities.postedpeople import post
from tests.conftest import load_cases
from tests.entities.handlabels import entities_with

CASES = load_cases("entities_posted_cases.json")["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_posted_people(nlp, case):
    got = entities_with(nlp, case["text"], case["labels"])
    for name, label in case["expect"].items():
        assert name in got and got[name]["label"] == label, (name, {k: v["label"] for k, v in got.items()})


@pytest.mark.parametrize(("word", "held"), [("rector", True), ("Minister", True), ("director-general", True),
                                            ("publisher", False), ("subsidiary", False), ("unit", False)])
def test_post(word, held):
    assert post(word) is held
