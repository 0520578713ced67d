"""Tests of entities.officeroles: a person's role from a bare office the article keeps using for them
("the treasurer"), over the whole pipeline (tests/data/office_roles_cases.json)."""

from __future__ import annotations

import pytest

from tests.conftest import load_cases
from tests.entities.test_roles import check_roles

CASES = load_cases("office_roles_cases.json")["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_office_roles(make_doc, case):
    check_roles(make_doc, case)
