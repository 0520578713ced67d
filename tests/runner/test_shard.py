"""The shard function: language gate, per-article time limit, isolation of failing articles."""

import json
import time

import spacy
from spacy.language import Language

from pipeline.ingest.read import Article
from pipeline.record.types import Source
from pipeline.runner import shard


@Language.component("test_slow_or_broken")
def slow_or_broken(doc):
    if "SLOW" in doc.text:
        time.sleep(5)
    if "BROKEN" in doc.text:
        raise ValueError("broken on purpose")
    return doc


def article(key: str, text: str) -> tuple[str, Article]:
    source = Source(path=f"{key}.txt", sha256="0", bytes=len(text))
    return key, Article(key, text, source, {"encoding": "utf-8"})


def toy_settings(monkeypatch, limit=None) -> shard.Settings:
    nlp = spacy.blank("en")
    nlp.add_pipe("test_slow_or_broken")
    monkeypatch.setitem(shard._NLP, "toy", nlp)
    return shard.Settings(model="toy", time_limit=limit)


def test_slow_and_broken_articles_become_errors(monkeypatch):
    items = [article("a", "A fine article."), article("b", "A SLOW article."),
             article("c", "A BROKEN article."), article("d", "Another fine one.")]
    start = time.perf_counter()
    results = shard.process_shard(items, toy_settings(monkeypatch, limit=0.3))
    assert time.perf_counter() - start < 4
    assert [(r.key, r.kind) for r in results] == [("a", "record"), ("b", "error"), ("c", "error"),
                                                  ("d", "record")]
    errors = {r.key: json.loads(r.line) for r in results if r.kind == "error"}
    assert errors["b"]["error"] == "timeout" and "0.3 s limit" in errors["b"]["message"]
    assert errors["c"]["error"] == "internal" and "broken on purpose" in errors["c"]["message"]


def test_other_languages_are_reported_not_mined():
    german = ("Die Bundesregierung hat am Donnerstag in Berlin ein neues Gesetz beschlossen, das die "
              "Ausfuhr von Waffen in die Ukraine erleichtern soll. Der Minister sagte, man werde die "
              "Industrie mit zwei Milliarden Euro unterstützen.")
    [result] = shard.process_shard([article("de", german)], shard.Settings())
    record = json.loads(result.line)
    assert record["meta"]["language"] == "de"
    assert (record["entities"], record["quotes"], record["numbers"], record["dates"]) == ([], [], [], [])


def test_short_texts_count_as_english():
    settings = shard.Settings()
    [result] = shard.process_shard([article("s", "Soccer - Japan 2 Syria 1")], settings)
    assert json.loads(result.line)["meta"]["language"] == "en"


def test_recurring_words_become_permanent_and_bounded(monkeypatch):
    nlp = spacy.blank("en")
    monkeypatch.setattr(shard, "_WARM", {})
    texts = ["Zorblat met Quimbus here. Zorblat left.", "Quimbus stayed; Fnordic came once."]
    with nlp.memory_zone():
        for text in texts:
            nlp(text)
    shard.remember_words(nlp, texts)
    strings = nlp.vocab.strings
    assert "Zorblat" in strings and "Quimbus" in strings  # recurring: kept after the zone
    assert "Fnordic" not in strings  # seen once: left transient
    monkeypatch.setattr(shard, "WARM_LIMIT", 1)
    monkeypatch.setattr(shard, "_WARM", {})
    shard.remember_words(spacy.blank("en"), ["a b a b c c"])
    assert len(next(iter(shard._WARM.values()))) == 1


def test_tokens_are_the_same_once_words_are_remembered(monkeypatch):
    nlp = spacy.blank("en")
    monkeypatch.setattr(shard, "_WARM", {})
    text = "Don't say it's U.S.-made: e-mail info@x.org, (c) 2025 O'Neil's \"co-op\"... okay?! U.K.'s"
    with nlp.memory_zone():
        before = [(t.text, t.whitespace_) for t in nlp(text)]
    shard.remember_words(nlp, [text + " " + text])
    with nlp.memory_zone():
        assert [(t.text, t.whitespace_) for t in nlp(text)] == before


def records(items: list[tuple[str, Article]], settings: shard.Settings) -> dict[str, bytes]:
    return {result.key: result.line for result in shard.process_shard(items, settings)}


def annotations(texts: list[str], settings: shard.Settings) -> list[list[tuple]]:
    """Every token's model annotations (tag, POS, morph, lemma, head, dep, entity) for the texts."""
    nlp = shard.get_nlp(settings.model, settings.max_bytes)
    with nlp.memory_zone():
        return [[(t.tag_, t.pos_, str(t.morph), t.lemma_, t.head.i, t.dep_, t.ent_iob_, t.ent_type_)
                 for t in doc] for doc in nlp.pipe(texts)]


def test_records_do_not_depend_on_what_the_process_did_before(monkeypatch):
    """An article's record and annotations are the same with the memo caches of the NLP components
    emptied before every Doc (no cache) and after other articles filled them, whether it was alone
    in its shard or not (a cache never changes an answer)."""
    from pipeline.nlp import attributes
    from tests.conftest import load_cases

    settings = shard.Settings()
    for group in load_cases("order_cases.json")["groups"]:
        items = [article(f"t{i}", text) for i, text in enumerate(group)]
        monkeypatch.setattr(attributes, "MEMO_LIMIT", -1)  # memos emptied before every Doc
        uncached = [annotations([text], settings)[0] for text in group]
        alone = {}
        for item in items:
            alone.update(records([item], settings))
        monkeypatch.undo()
        for _ in range(2):  # the second time, every memo already holds the group's words
            assert annotations(group, settings) == uncached
            assert [annotations([text], settings)[0] for text in reversed(group)] == uncached[::-1]
            assert records(items, settings) == alone
            assert {k: v for item in reversed(items) for k, v in records([item], settings).items()} == alone
