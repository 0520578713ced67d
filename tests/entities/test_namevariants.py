"""One entity written several ways, two written alike (`namevariants`, `namejoins.in_quote`), from the
golden cases of tests/data/entities_name_variants.json."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
import spacy

from pipeline.entities import diminutives as DM
from pipeline.entities import grouping as G
from pipeline.entities import namejoins as NJ
from pipeline.entities import namevariants as NV
from pipeline.entities.candidates import Cand
from tests.conftest import load_cases

CASES = load_cases("entities_name_variants.json")
BLANK = spacy.blank("en")


def _ctx(text: str) -> SimpleNamespace:
    """The few fields of a DocCtx the rules read, over a blank tokenisation of `text`."""
    doc = BLANK(text)
    return SimpleNamespace(doc=doc, words=[t.text for t in doc], text=text, idx=[t.idx for t in doc],
                           lines=[(0, len(text))], line_of=lambda i: 0, in_caps=lambda i: False,
                           span_text=lambda s, e: doc[s:e].text, honoured=None)


@pytest.mark.parametrize(("a", "b"), CASES["given_variants"])
def test_given_variants(a, b):
    assert NV.given_variants(a, b) and NV.given_variants(b, a)


@pytest.mark.parametrize(("a", "b"), CASES["not_given_variants"])
def test_not_given_variants(a, b):
    assert not NV.given_variants(a, b) and not NV.given_variants(b, a)


@pytest.mark.parametrize(("given", "pet"), CASES["pets"])
def test_pets(given, pet):
    assert pet.lower() in DM.pets(given.lower()) and given.lower() not in DM.pets(given.lower())


@pytest.mark.parametrize("case", CASES["full_forms"], ids=[c["why"] for c in CASES["full_forms"]])
def test_full_forms(case):
    parent: dict[str, str] = {}
    NV.full_forms([(k, t) for k, t in case["people"]], parent)
    assert parent == case["joined"]


@pytest.mark.parametrize("case", CASES["sport_places"], ids=[c["why"] for c in CASES["sport_places"]])
def test_sport_places(case):
    ctx = _ctx(case["text"])
    for i in case.get("nouns", ()):  # the tagger's nouns, which a blank pipeline leaves out
        ctx.doc[i].pos_ = "NOUN"
    keyed = [(k, Cand(s, e, label)) for k, s, e, label in case["keyed"]]
    squeezed = {G._flat(k): k for k, _ in keyed}
    NV.sport_places(ctx, keyed, squeezed, G._flat)
    assert {k: v for k, v in squeezed.items() if G._flat(v) != k} == case["joined"]


@pytest.mark.parametrize("case", CASES["split_cases"], ids=[c["why"] for c in CASES["split_cases"]])
def test_split_cases(case):
    ctx = _ctx(case["text"])
    by_key = {k: [Cand(s, e, label) for s, e, label in ms] for k, ms in case["keys"].items()}
    NV.split_cases(ctx, by_key, {k: ms[0].label for k, ms in by_key.items()})
    assert {k: [c.start for c in ms] for k, ms in by_key.items() if ms} == case["expect"]


def test_in_quote_unclosed_speech():
    """Speech that goes on from sentence to sentence with a new opening mark and no closing one."""
    for text, inside in (('He said: "We won. "Tommy ran hard all day.', True),
                         ('He said: "We won." Later Tommy left.', False)):
        ctx = _ctx(text)
        assert NJ.in_quote(ctx, ctx.words.index("Tommy")) == inside


@pytest.mark.parametrize("case", CASES["stage"], ids=[c["why"] for c in CASES["stage"]])
def test_stage(entities_nlp, case):
    ents = {e["name"]: e for e in entities_nlp(case["text"])._.entities}
    for name, mentions in case["expect"].items():
        assert name in ents, sorted(ents)
        assert sorted(m["text"] for m in ents[name]["mentions"]) == sorted(mentions)


@pytest.mark.parametrize("case", CASES["titled_first"], ids=[c["why"] for c in CASES["titled_first"]])
def test_titled_first(case):
    ctx = _ctx(case["text"])
    by_key = {k: [Cand(s, e, "PERSON")] for k, (s, e) in case["keys"].items()}
    assert NV.surname_last_of(ctx, by_key, case["name"], case["name"].split()) == case["surname_last"]


@pytest.mark.parametrize("case", CASES["club_fulls"], ids=[c["why"] for c in CASES["club_fulls"]])
def test_club_fulls(case):
    ctx = SimpleNamespace(sports=case["sports"])
    by_key = {k: [Cand(i, i + 1, lb) for i, lb in enumerate(labels)] for k, labels in case["keys"].items()}
    NV.club_fulls(ctx, by_key, {})
    assert {k: len(ms) for k, ms in by_key.items()} == case["expect"]
