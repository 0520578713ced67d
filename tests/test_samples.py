"""Golden expectations for the two sample articles in corpus/, written by hand from reading them."""

import pytest

from pipeline.runner.run import run
from pipeline.runner.shard import Settings
from tests.conftest import ROOT, load_cases

GOLDEN = load_cases("golden_samples.json")


@pytest.fixture(scope="module")
def records(tmp_path_factory):
    import json

    out = tmp_path_factory.mktemp("samples")
    run([ROOT / "corpus"], out, Settings())
    lines = (out / "records.jsonl").read_text(encoding="utf-8").splitlines()
    return {json.loads(line)["source"]["path"].rsplit("/", 1)[-1]: json.loads(line) for line in lines}


def cases(kind):
    return [pytest.param(g["file"], item, id=f"{g['file'][:12]}-{kind}-{i}")
            for g in GOLDEN for i, item in enumerate(g[kind])]


@pytest.mark.parametrize("file", [g["file"] for g in GOLDEN])
def test_meta(records, file):
    expected = next(g for g in GOLDEN if g["file"] == file)["meta"]
    meta = records[file]["meta"]
    assert meta["authors"] == expected["authors"]
    assert (meta["published"], meta["published_from"]) == (expected["published"], expected["published_from"])
    if expected["dateline"] is None:
        assert meta["dateline"] is None
    else:
        assert {k: meta["dateline"][k] for k in ("place", "date", "agency")} == expected["dateline"]


@pytest.mark.parametrize("file,expected", cases("entities"))
def test_entities(records, file, expected):
    found = [e for e in records[file]["entities"] if e["name"] == expected["name"]]
    assert len(found) == 1, f"{expected['name']} should be exactly one entity"
    entity = found[0]
    assert entity["label"] == expected["label"]
    if "role_contains" in expected:
        assert expected["role_contains"] in (entity["role"] or "")
    if "mentions" in expected:
        assert sorted(m["text"] for m in entity["mentions"]) == sorted(expected["mentions"])


@pytest.mark.parametrize("file", [g["file"] for g in GOLDEN])
def test_not_entities(records, file):
    golden = next(g for g in GOLDEN if g["file"] == file)
    surfaces = {m["text"] for e in records[file]["entities"] for m in e["mentions"]}
    assert not surfaces & set(golden["not_entities"])


@pytest.mark.parametrize("file,expected", cases("quotes"))
def test_quotes(records, file, expected):
    found = [q for q in records[file]["quotes"] if expected["contains"] in q["text"]]
    assert len(found) == 1, f"one quote should hold {expected['contains']!r}"
    quote = found[0]
    if "kind" in expected:
        assert quote["kind"] == expected["kind"]
    speaker = quote["speaker"] or {}
    if "speaker" in expected:
        assert speaker.get("name") == expected["speaker"]
        entity = next(e for e in records[file]["entities"] if e["name"] == expected["speaker"])
        assert speaker.get("entity") == entity["id"]
    if "speaker_text" in expected:
        assert speaker.get("text") == expected["speaker_text"]
    if "cue" in expected:
        assert (quote["cue"] or {}).get("text") == expected["cue"]


@pytest.mark.parametrize("file,expected", cases("numbers"))
def test_numbers(records, file, expected):
    found = [n for n in records[file]["numbers"] if n["text"] == expected["text"]]
    assert len(found) == 1, f"one number should read {expected['text']!r}"
    number = found[0]
    for key in ("type", "value", "approx", "currency"):
        if key in expected:
            assert number[key] == expected[key], key
    if "object_contains" in expected:
        assert expected["object_contains"] in (number["object"] or "")


@pytest.mark.parametrize("file", [g["file"] for g in GOLDEN])
def test_not_numbers(records, file):
    golden = next(g for g in GOLDEN if g["file"] == file)
    assert not {n["text"] for n in records[file]["numbers"]} & set(golden["not_numbers"])


@pytest.mark.parametrize("file,expected", cases("dates"))
def test_dates(records, file, expected):
    found = [d for d in records[file]["dates"] if expected["text"] in d["text"]]
    assert found, f"a date should hold {expected['text']!r}"
    date = found[0]
    for key in ("type", "value", "anchored"):
        if key in expected:
            assert date[key] == expected[key], key
