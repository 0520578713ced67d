"""Tests for pipeline.entities.variants: words one letter apart, bodies spelt two ways (the whole
stage's cases are golden cases in tests/data/entities_cases.json, run by test_stage.py)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from pipeline.entities import variants as VR
from pipeline.entities.candidates import Cand
from tests.conftest import load_cases

CASES = load_cases("entities_cases.json")["spelling_slips"]


@pytest.mark.parametrize(("a", "b"), CASES["one_off"])
def test_one_off(a, b):
    assert VR.one_off(a, b) and VR.one_off(b, a)


@pytest.mark.parametrize(("a", "b"), CASES["not_one_off"])
def test_not_one_off(a, b):
    assert not VR.one_off(a, b) and not VR.one_off(b, a)


@pytest.mark.parametrize("case", CASES["bodies"], ids=[c["why"] for c in CASES["bodies"]])
def test_body_spellings(case):
    by_key, labels, texts, at = {}, {}, {}, 0
    for key, label, count, *written in case["names"]:
        by_key[key] = [Cand(at + i, at + i + 1, label) for i in range(count)]
        labels[key], at = label, at + 10
        texts.update({c.start: written[0] if written else key for c in by_key[key]})
    ctx = SimpleNamespace(span_text=lambda s, e: texts[s])
    parent: dict[str, str] = {}
    VR.body_spellings(ctx, by_key, labels, parent)
    assert parent == case["joined"]


@pytest.mark.parametrize(("a", "b"), CASES["slips"])
def test_slip(a, b):
    assert VR.slip(a, b) and VR.slip(b, a)


@pytest.mark.parametrize(("a", "b"), CASES["not_slips"])
def test_not_slip(a, b):
    assert not VR.slip(a, b) and not VR.slip(b, a)
