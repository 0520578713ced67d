"""Tests for pipeline.entities.classnouns."""

from __future__ import annotations

from pipeline.entities import classnouns as CN


def test_gate_lower_case():
    """`_any_noun` tests `GATE` against the article's lower-case words: exact only while every key
    is lower case."""
    assert all(w.islower() for w in CN.GATE)
