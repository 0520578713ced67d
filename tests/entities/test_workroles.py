"""Tests of a role after a work's or a band's title over the whole pipeline (entities.workroles), from
tests/data/work_role_cases.json."""

from __future__ import annotations

import pytest

from pipeline.entities.workroles import work_roles
from tests.conftest import load_cases
from tests.entities.test_roles import check_roles

CASES = load_cases("work_role_cases.json")["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_work_roles(make_doc, case):
    check_roles(make_doc, case)


def _item(label: str, spans: list[tuple[int, int]], text: str, role: str | None = None) -> dict:
    """A rendered entity's dict with mentions at character spans of `text`."""
    mentions = [{"start": a, "end": b, "text": text[a:b]} for a, b in spans]
    return {"name": mentions[0]["text"], "label": label, "mentions": mentions, "role": role}


def test_role_on_another_line_is_kept():
    """A title that goes on from the line before the role is no part of it."""
    text = "Velvet\nHarbour star Ana Lisk"
    items = [_item("WORK_OF_ART", [(0, 14)], text), _item("PERSON", [(20, 28)], text, "Harbour star")]
    work_roles(text, items)
    assert items[1]["role"] == "Harbour star"


def test_title_crossing_role_widens_it():
    """A body's mention that ends inside the role gives it its start."""
    text = "fans of The Why drummer Kit Harrow"
    items = [_item("ORG", [(8, 15)], text), _item("PERSON", [(24, 34)], text, "Why drummer")]
    work_roles(text, items)
    assert items[1]["role"] == "The Why drummer"


def test_person_named_in_added_words_is_no_title():
    """A body's mention that took in a person's name before "and" gives the role nothing."""
    text = "picked Oduya and Falcons lock Sam Reeve"
    items = [_item("PERSON", [(7, 12)], text), _item("ORG", [(7, 24)], text),
             _item("PERSON", [(30, 39)], text, "Falcons lock")]
    work_roles(text, items)
    assert items[2]["role"] == "Falcons lock"


def test_relative_mark_the_name_took_in_is_dropped():
    """A "Fellow" the body's name took in is said of the person beside, no part of the role."""
    text = "Fellow Kelby wing Ros Tandy"
    items = [_item("ORG", [(0, 12)], text), _item("PERSON", [(18, 27)], text, "Kelby wing")]
    work_roles(text, items)
    assert items[1]["role"] == "Kelby wing"
