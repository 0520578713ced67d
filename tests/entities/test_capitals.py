"""Tests for names.capitals: a product's short form of its capitals and closing number."""

from __future__ import annotations

import pytest

from pipeline.entities.names import capitals


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("PlayStation 3", "PS3"),
        ("PlayStation Portable", "PSP"),
        ("Zentra Box 2", "ZB2"),
        ("GameCube Mini", "GCM"),
    ],
)
def test_short_form(name, short):
    assert capitals(name) == short


@pytest.mark.parametrize("name", ["Asymmetric Digital Subscriber Line", "ADSL2 +", "Kelby Town", "Kelby"])
def test_no_short_form(name):
    assert capitals(name) == ""
