"""Read stage: discovery, decoding, sidecars, JSONL lines and their errors."""

import json

import pytest

from pipeline.ingest.read import Article, DecodeError, ReadError, decode, read_inputs
from tests.conftest import load_cases

DECODE = load_cases("decode_cases.json")


@pytest.mark.parametrize("case", DECODE, ids=[c["name"] for c in DECODE])
def test_decode(case):
    data = bytes.fromhex(case["hex"])
    if "error" in case:
        with pytest.raises(DecodeError) as info:
            decode(data)
        assert info.value.code == case["error"]
    else:
        assert decode(data) == (case["text"], case["encoding"])


def by_id(items):
    return {i.id: i for i in items}


def test_folder_with_sidecar_and_errors(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "story.txt").write_text("Second story.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("First story.", encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(json.dumps(
        {"id": "wire/a", "title": "A title", "authors": "Ann Lee and Bo Chan", "published": "2026-02-12",
         "source": "Reuters", "url": "https://example.com/a"}), encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"  \n")
    (tmp_path / "big.txt").write_bytes(b"x" * 200)
    (tmp_path / "bad.txt").write_text("Body.", encoding="utf-8")
    (tmp_path / "bad.meta.json").write_text("{not json", encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored: not an article type", encoding="utf-8")
    items = list(read_inputs([tmp_path], max_bytes=100))
    assert [i.id for i in items] == ["wire/a", "b/story", "bad", "big", "empty"]
    got = by_id(items)
    assert isinstance(got["wire/a"], Article)
    assert got["wire/a"].meta == {"title": "A title", "url": "https://example.com/a", "outlet": "Reuters",
                                  "authors": ["Ann Lee", "Bo Chan"], "published": "2026-02-12",
                                  "encoding": "utf-8"}
    assert got["b/story"].text == "Second story."
    assert (got["empty"].error, got["big"].error, got["bad"].error) == ("empty", "too_large", "bad_metadata")
    assert "200 bytes" in got["big"].message


def test_jsonl_lines(tmp_path):
    lines = [
        json.dumps({"id": "x1", "text": "One.", "published": "2026-01-05"}),
        "",
        "{broken",
        json.dumps({"id": "x3", "title": "no text"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"text": "No id here."}),
        json.dumps({"id": "x6", "text": "lone \ud800 surrogate"}),
    ]
    path = tmp_path / "dump.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_inputs([path]))
    assert [(i.id, getattr(i, "error", None)) for i in items] == [
        ("x1", None), ("dump#3", "bad_json"), ("x3", "no_text"), ("dump#5", "bad_json"),
        ("dump#6", None), ("x6", "bad_text")]
    assert items[0].meta["published"] == "2026-01-05"
    assert [i.source.line for i in items] == [1, 3, 4, 5, 6, 7]
    assert all(isinstance(i, ReadError) for i in items[1:4])
