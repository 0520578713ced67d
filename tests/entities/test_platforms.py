"""Tests for entities.platforms (a games story's consoles used as a game's platform, and the games
it calls games or plays on one) and entities.systemnames (a computing story's names before "system"
or "service"), on invented names."""

from __future__ import annotations

import pytest

from pipeline.entities import platforms as PFM
from pipeline.entities import systemnames as SYN
from tests.conftest import load_cases
from tests.entities.handlabels import check_relabelled

CASES = load_cases("entities_platforms_cases.json")


@pytest.mark.parametrize("case", CASES["platforms"], ids=[c["text"][:40] for c in CASES["platforms"]])
def test_platforms(nlp, case):
    check_relabelled(nlp, case, PFM.platforms)


@pytest.mark.parametrize("case", CASES["systems"], ids=[c["text"][:40] for c in CASES["systems"]])
def test_system_names(nlp, case):
    check_relabelled(nlp, case, SYN.system_names)
