"""One-word and short personal names joined to the full name they stand for (`namejoins`, `grouping`)."""

from __future__ import annotations

import pytest

from pipeline.entities import diminutives as DM
from pipeline.entities import fullnames as FN
from pipeline.entities import grouping as G
from pipeline.entities import namejoins as NJ
from pipeline.entities.candidates import Cand
from tests.conftest import load_cases

CASES = load_cases("entities_cases.json")["name_joins"]


@pytest.mark.parametrize(("a", "b"), CASES["swapped"])
def test_swapped(a, b):
    assert NJ.swapped(a, b) and NJ.swapped(b, a)


@pytest.mark.parametrize(("a", "b"), CASES["not_swapped"])
def test_not_swapped(a, b):
    assert not NJ.swapped(a, b) and not NJ.swapped(b, a)


@pytest.mark.parametrize("case", CASES["surnames"])
def test_surname_joins_one_person(case):
    parent = dict(case["parent"])
    G._surnames([(k, t) for k, t in case["people"]], parent, set(), set(case.get("alone", ())))
    joined = {k: v for k, v in parent.items() if k not in case["parent"]}
    assert joined == case["joined"]


@pytest.mark.parametrize("case", CASES["short_given"])
def test_short_given(case):
    people = [(k, t) for k, t in case["people"]]
    assert NJ.short_given(case["word"], people) == case["owners"]


def _by_key(keys: dict[str, str]) -> tuple[dict[str, list[Cand]], dict[str, str]]:
    return {k: [Cand(0, 1, label)] for k, label in keys.items()}, dict(keys)


@pytest.mark.parametrize(
    "join, case",
    [(FN.cut_ends, c) for c in CASES["cut_ends"]] + [(FN.work_heads, c) for c in CASES["work_heads"]],
)
def test_full_name_joins(join, case):
    """cut_ends and work_heads join the keys each case names, and no other."""
    by_key, labels = _by_key(case["keys"])
    parent: dict[str, str] = {}
    join(by_key, labels, parent)
    assert parent == case["joined"]


@pytest.mark.parametrize("case", CASES["trade_tails"])
def test_trade_tails(nlp, case):  # nlp: the model lends its noun index (`words.use_model`)
    by_key, labels = _by_key(case["keys"])
    parent: dict[str, str] = {}
    FN.trade_tails(by_key, labels, parent)
    assert parent == case["joined"]


@pytest.mark.parametrize(("short", "full"), CASES["diminutives"])
def test_diminutives(short, full):
    assert full in DM.fulls(short) and not DM.fulls(full + "zz")
