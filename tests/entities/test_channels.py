"""Tests for `pipeline.entities.channels.untagged_channels` through the stage, on texts whose model
labels are set by hand (cases in tests/data/entities_channels_cases.json, with a count that names no
channel)."""

from __future__ import annotations

import pytest

from tests.conftest import load_cases
from tests.entities.handlabels import check_case

CASES = load_cases("entities_channels_cases.json")["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_untagged_channels(nlp, case):
    check_case(nlp, case)
