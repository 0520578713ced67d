"""The Python API: the documented example runs, and its records are the command line's."""

import json
import re

import pytest

from pipeline import api
from pipeline.nlp.loader import ModelNotFoundError
from pipeline.runner.run import run
from pipeline.runner.shard import Settings
from tests.conftest import ROOT

ARTICLES = [
    {"id": "a", "text": "By Ann Lee\nLONDON, March 3 (Reuters) - \"We will spend $2 billion,\" "
                        "Prime Minister John Smith told reporters on Thursday.",
     "source": "Reuters", "title": "Spending"},
    {"id": "b", "text": "The mayor said last Friday that about 3,000 homes would be built by 2030.",
     "published": "2026-03-06"},
    {"id": "c", "text": "Les prix ont augmenté de 5 % l'année dernière, selon le ministère de l'économie, "
                        "qui prévoit une hausse plus forte encore pour les mois à venir dans tout le pays."},
]


def test_documented_example_runs():
    """The first Python block of docs/api.md, as a reader would paste it."""
    code = re.findall(r"```python\n(.*?)```", (ROOT / "docs" / "api.md").read_text(encoding="utf-8"), re.S)[0]
    exec(compile(code, "docs/api.md", "exec"), {})


def test_records_are_the_command_lines(tmp_path):
    (tmp_path / "in.jsonl").write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    run([tmp_path / "in.jsonl"], tmp_path / "out", Settings())
    lines = (tmp_path / "out" / "records.jsonl").read_text(encoding="utf-8").splitlines()
    cli = [json.loads(line) for line in lines]
    streamed = list(api.extract_many(ARTICLES, batch_size=2))
    for ours, theirs in zip(streamed, cli, strict=True):
        assert ours.pop("source")["path"] == "<text>"
        theirs.pop("source")
        assert theirs.pop("batch")["id"] == "000001" and "batch" not in ours  # the API writes no archive
        assert ours == theirs
    one = api.extract(ARTICLES[0]["text"], **{k: v for k, v in ARTICLES[0].items() if k != "text"})
    one.pop("source")
    assert one == streamed[0]
    assert streamed[2]["meta"]["language"] == "fr" and streamed[2]["numbers"] == []


def test_errors_in_the_stream_and_from_extract():
    items = ["", {"id": "x", "text": "Rain on Friday."}, {"id": "x", "text": "Sun."}, {"title": "no text"},
             {"text": "Rain.", "published": "not a date"}]
    got = [(r["id"], r.get("error")) for r in api.extract_many(items)]
    assert got == [("text#1", "empty"), ("x", None), ("x", "duplicate_id"), ("text#4", "no_text"),
                   ("text#5", "bad_metadata")]
    with pytest.raises(api.ExtractError) as caught:
        api.extract(" \n ")
    assert caught.value.error == "empty" and "no text" in str(caught.value)
    assert "text" not in api.extract("Rain on Friday.", with_text=False)


def test_extract_many_streams():
    """Only the batch being processed is read from the input: an endless generator works."""

    def endless():
        n = 0
        while True:
            n += 1
            yield f"Story {n} was filed on Monday."

    stream = api.extract_many(endless(), batch_size=3)
    assert [next(stream)["id"] for _ in range(4)] == ["text#1", "text#2", "text#3", "text#4"]


def test_unknown_model_says_what_to_do():
    with pytest.raises(ModelNotFoundError, match="not installed.*--model"):
        next(api.extract_many(["Text."], model="en_core_web_nonexistent"))


@pytest.mark.parametrize("bad", [True, 1.5, [1], {"a": 1}, "", "\ud800"])
def test_an_id_that_is_not_text_is_refused(bad):
    """As `pipeline run` refuses it in a JSONL line: never "True", never replaced by text#N."""
    [item] = api.extract_many([{"id": bad, "text": "Rain fell on Friday."}])
    assert item["error"] == "bad_id" and item["id"] == "text#1"
    assert "id" in item["message"]
    json.dumps(item, ensure_ascii=False).encode("utf-8")  # the error line itself is valid UTF-8


def test_a_dateline_without_year_is_left_unanchored_and_says_so():
    record = api.extract("NEW YORK, Sept. 5 (Reuters) - Stocks fell on Friday, and shares fell last week.")
    assert record["meta"]["published"] is None and record["meta"]["published_from"] == "none"
    assert "no year" in record["meta"]["warnings"][0]
    assert all(not d["anchored"] for d in record["dates"])
    assert api.extract("Rain fell on Friday.", published="2026-03-06")["meta"]["warnings"] == []
