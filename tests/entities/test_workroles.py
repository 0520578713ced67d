"""Tests of a role after a work's or a band's title over the whole pipeline (entities.workroles), from
tests/data/work_role_cases.json; and of `work_roles` on rendered entity dicts, from
tests/data/work_role_item_cases.json."""

from __future__ import annotations

import pytest

from pipeline.entities.workroles import work_roles
from tests.conftest import load_cases
from tests.entities.test_roles import check_roles

CASES = load_cases("work_role_cases.json")["cases"]
ITEM_CASES = load_cases("work_role_item_cases.json")["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_work_roles(make_doc, case):
    check_roles(make_doc, case)


def _item(label: str, spans: list[list[int]], text: str, role: str | None = None) -> dict:
    """A rendered entity's dict with mentions at character spans of `text`."""
    mentions = [{"start": a, "end": b, "text": text[a:b]} for a, b in spans]
    return {"name": mentions[0]["text"], "label": label, "mentions": mentions, "role": role}


@pytest.mark.parametrize("case", ITEM_CASES, ids=[c["name"] for c in ITEM_CASES])
def test_work_roles_on_items(case):
    """The role an item ends with after `work_roles` reads the entities around it."""
    text = case["text"]
    items = [_item(it["label"], it["spans"], text, it.get("role")) for it in case["items"]]
    work_roles(text, items)
    assert items[case["check"]]["role"] == case["role"]
