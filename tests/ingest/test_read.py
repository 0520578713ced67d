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


def jsonl_outcomes(tmp_path, objects, **options):
    """(id, error code or None) of each line of a dump of these objects (or raw strings)."""
    path = tmp_path / "dump.jsonl"
    path.write_text("\n".join(o if isinstance(o, str) else json.dumps(o) for o in objects) + "\n",
                    encoding="utf-8")
    items = list(read_inputs([path], **options))
    return [(i.id, getattr(i, "error", None)) for i in items], items


def test_jsonl_ids_are_strings_or_integers_never_coerced(tmp_path):
    got, items = jsonl_outcomes(tmp_path, [
        {"id": True, "text": "T."}, {"id": 1.5, "text": "T."}, {"id": ["a"], "text": "T."},
        {"id": {"k": 1}, "text": "T."}, {"id": "", "text": "T."}, {"id": "  ", "text": "T."},
        '{"id": "\\ud800", "text": "T."}', {"id": 7, "text": "T."}, {"id": None, "text": "T."},
        {"id": "ok", "text": "T."}, '{"id": "\\ud83d\\ude00", "text": "a pair is one character"}',
    ])
    assert got == [("dump#1", "bad_id"), ("dump#2", "bad_id"), ("dump#3", "bad_id"), ("dump#4", "bad_id"),
                   ("dump#5", "bad_id"), ("dump#6", "bad_id"), ("dump#7", "bad_id"), ("7", None),
                   ("dump#9", None), ("ok", None), ("\U0001f600", None)]
    assert items[0].message == "line 1: the id is true: an id must be a string or an integer"
    assert "surrogate" in items[6].message and "\\ud800" in items[6].message
    for item in items:
        (item.id + getattr(item, "message", "")).encode("utf-8")


def test_deeply_nested_json_is_one_error(tmp_path):
    got, items = jsonl_outcomes(tmp_path, ["[" * 100_000, "[" * 50_000 + "]" * 50_000,
                                           {"id": "a", "text": "T.", "x": [[[[1]]]]},
                                           {"id": "b", "text": "T.", "title": [[[]]] * 3}])
    assert got == [("dump#1", "bad_json"), ("dump#2", "bad_json"), ("a", None), ("b", "bad_metadata")]
    assert "too deeply" in items[0].message


def write_article(folder, name, meta, text="Body text."):
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    raw = meta if isinstance(meta, str | bytes) else json.dumps(meta)
    path = folder / f"{name}.meta.json"
    if isinstance(raw, bytes):
        path.write_bytes(raw)
    else:
        path.write_text(raw, encoding="utf-8")


def test_sidecars_that_lie_quietly_are_errors(tmp_path):
    cases = {
        "authors_null": {"authors": [None, {"x": 1}]},
        "authors_num": {"author": 5},
        "title_num": {"title": 30},
        "url_list": {"url": ["https://a.example"]},
        "published_rel": {"published": "yesterday"},
        "published_ago": {"published": "3 days ago"},
        "published_part": {"published": "12 February"},
        "published_num": {"published": 20260212},
        "title_surrogate": '{"title": "bad \\udc80 title"}',
        "id_bool": {"id": True},
        "id_float": {"id": 1.5},
        "id_surrogate": '{"id": "\\ud800"}',
        "nested": "[" * 50_000,
        "not_object": "[1, 2]",
        "huge": {"title": "x" * 30_000_000},
        "fine": {"id": 12, "title": "  A title ", "authors": ["Ann Lee", " ", "Bo Chan"], "url": None,
                 "published": "12 February 2026", "source": ""},
    }
    for name, meta in cases.items():
        write_article(tmp_path, name, meta)
    items = {i.source.path.rsplit("/", 1)[1][:-4]: i for i in read_inputs([tmp_path])}
    errors = {name: getattr(item, "error", None) for name, item in items.items()}
    assert errors == {
        "authors_null": "bad_metadata", "authors_num": "bad_metadata", "title_num": "bad_metadata",
        "url_list": "bad_metadata", "published_rel": "bad_metadata", "published_ago": "bad_metadata",
        "published_part": "bad_metadata", "published_num": "bad_metadata",
        "title_surrogate": "bad_metadata", "id_bool": "bad_id", "id_float": "bad_id",
        "id_surrogate": "bad_id",
        "nested": "bad_metadata", "not_object": "bad_metadata", "huge": "too_large", "fine": None}
    assert items["authors_null"].message == "the metadata authors[0] is null, not a name"
    assert "not a date" in items["published_rel"].message
    assert "65,536-byte limit" in items["huge"].message
    assert items["id_surrogate"].id == "id_surrogate"
    fine = items["fine"]
    assert (fine.id, fine.meta) == ("12", {"title": "A title", "authors": ["Ann Lee", "Bo Chan"],
                                           "published": "2026-02-12", "encoding": "utf-8"})


def test_sidecar_that_is_not_a_file(tmp_path):
    import os

    (tmp_path / "fifo.txt").write_text("Body.", encoding="utf-8")
    os.mkfifo(tmp_path / "fifo.meta.json")
    (tmp_path / "dir.txt").write_text("Body.", encoding="utf-8")
    (tmp_path / "dir.meta.json").mkdir()
    got = {i.id: i for i in read_inputs([tmp_path])}
    assert (got["fifo"].error, got["dir"].error) == ("bad_metadata", "bad_metadata")
    assert "FIFO" in got["fifo"].message and "folder" in got["dir"].message


def test_oversized_inputs_are_measured_not_held(tmp_path):
    import hashlib
    import tracemalloc

    body = b"word " * 50_000  # 250,000 bytes
    (tmp_path / "big.txt").write_bytes(body)
    lines = [b'{"id": "small", "text": "Small."}', b'{"id": "big", "text": "' + body + b'"}',
             b"\r" * 300_000 + b'{"id": "late", "text": "Late."}\r\r', b" " * 300_000,
             b'{"id": "tail", "text": "Tail."}' + b"\r" * 300_000]
    (tmp_path / "dump.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    items = list(read_inputs([tmp_path], max_bytes=200_000))
    assert [(i.id, getattr(i, "error", None)) for i in items] == [
        ("big", "too_large"), ("small", None), ("dump#2", "too_large"), ("dump#3", "too_large"),
        ("tail", None)]
    big, _, line, long_cr, _ = items
    assert (big.source.bytes, big.source.sha256) == (len(body), hashlib.sha256(body).hexdigest())
    assert (line.source.bytes, line.source.sha256) == (len(lines[1]), hashlib.sha256(lines[1]).hexdigest())
    late = lines[2].rstrip(b"\r")
    assert (long_cr.source.bytes, long_cr.source.sha256) == (len(late), hashlib.sha256(late).hexdigest())

    huge = tmp_path / "huge"
    huge.mkdir()
    (huge / "a.txt").write_bytes(b"x" * 40_000_000)
    (huge / "b.jsonl").write_bytes(b'{"id": "b", "text": "' + b"y" * 40_000_000 + b'"}\n')
    tracemalloc.start()
    try:
        errors = [i.error for i in read_inputs([huge], max_bytes=100_000)]
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert errors == ["too_large", "too_large"] and peak < 8_000_000  # 40 MB inputs, never in memory


def test_read_jsonl_line_for_callers_that_read_the_dump_themselves(tmp_path):
    from pipeline.ingest.read import read_jsonl_line

    path, line = tmp_path / "d.jsonl", b'{"id": true, "text": "T."}'
    item = read_jsonl_line("d", path, 1, b"\xef\xbb\xbf" + line + b"\r\n", 1000)
    assert (item.id, item.error, item.source.bytes, item.source.line) == ("d#1", "bad_id", len(line), 1)
    assert read_jsonl_line("d", path, 2, b"[" * 100_000 + b"\n", 200_000).error == "bad_json"
    assert read_jsonl_line("d", path, 3, b'{"text": "' + b"x" * 100 + b'"}\n', 50).error == "too_large"
    assert read_jsonl_line("d", path, 4, b'{"id": 5, "text": "Five."}\n', 50).id == "5"


def test_a_huge_size_limit_reads_normally(tmp_path):
    """The limit bounds what is held, it is never a read size (read(2**62) would be a MemoryError)."""
    from pipeline.ingest.read import read_txt

    (tmp_path / "a.txt").write_text("Hello there.", encoding="utf-8")
    assert read_txt(tmp_path, tmp_path / "a.txt", 1 << 62).text == "Hello there."
    (tmp_path / "d.jsonl").write_text('{"id": "d", "text": "Hi."}\n', encoding="utf-8")
    [item] = read_inputs([tmp_path / "d.jsonl"], max_bytes=1 << 62)
    assert item.text == "Hi."
