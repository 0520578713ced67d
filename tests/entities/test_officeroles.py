"""Tests of entities.officeroles: a person's role from a bare office the article keeps using for them
("the treasurer"), over the whole pipeline (tests/data/office_roles_cases.json)."""

from __future__ import annotations

import pytest

from tests.conftest import load_cases

CASES = load_cases("office_roles_cases.json")["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_office_roles(make_doc, case):
    roles = {e["name"]: e["role"] for e in make_doc(case["text"])._.entities if e["label"] == "PERSON"}
    for name, role in case["roles"].items():
        assert name in roles, f"{name!r} missing from {sorted(roles)}"
        assert roles[name] == role, (name, roles[name])
