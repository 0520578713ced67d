"""Tests of entities.spokenroles: a person's role from the description a quote's speaker is linked
through, over the whole pipeline (tests/data/spoken_roles_cases.json)."""

from __future__ import annotations

import pytest

from tests.conftest import load_cases
from tests.entities.test_roles import check_roles

CASES = load_cases("spoken_roles_cases.json")["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_spoken_roles(make_doc, case):
    check_roles(make_doc, case)
