"""Tests for `pipeline.entities.innernames.join_inner` through the stage, on texts whose model labels
are set by hand (cases in tests/data/entities_innernames_cases.json, with negative cases), on
the session's whole pipeline (its word tables loaded as in a run)."""

from __future__ import annotations

import pytest

from tests.conftest import load_cases
from tests.entities.handlabels import entities_with

CASES = load_cases("entities_innernames_cases.json")["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_inner_names(nlp, case):
    got = entities_with(nlp, case["text"], case["labels"])
    for name, label in case["expect"].items():
        assert name in got and got[name]["label"] == label, (name, sorted(got))
    for name in case["absent"]:
        assert name not in got, (name, sorted(got))
