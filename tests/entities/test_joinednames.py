"""Tests for `names.joined_name` and its use by `firms` (cases in tests/data/entities_joinednames_cases.json):
a given name and a surname joined by a hyphen or a particle is shaped like a person's, as a plain one is."""

from __future__ import annotations

import pytest

from pipeline.entities.names import joined_name
from tests.conftest import load_cases
from tests.entities.handlabels import entities_with

CASES = load_cases("entities_joinednames_cases.json")


@pytest.mark.parametrize("case", CASES["names"], ids=[c["text"] for c in CASES["names"]])
def test_joined_name(nlp, case):
    doc = nlp.make_doc(case["text"])
    assert joined_name(doc, 0, len(doc)) is case["joined"]


@pytest.mark.parametrize("case", CASES["stage"], ids=range(len(CASES["stage"])))
def test_one_later_it_makes_no_company(nlp, case):
    got = entities_with(nlp, case["text"], case["labels"])
    for name, label in case["expect"].items():
        assert got[name]["label"] == label, {k: v["label"] for k, v in got.items()}
