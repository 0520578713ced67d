"""End to end: every input ends in records or errors, incremental re-runs, resume, lock, schema."""

import json
import os
import shutil

import jsonschema
import pytest

from pipeline.record.types import record_schema
from pipeline.runner import run as run_module
from pipeline.runner.run import NoInputError, run
from pipeline.runner.shard import Settings
from pipeline.runner.write import OutputError

SETTINGS = Settings(today="2026-11-24")


@pytest.fixture
def corpus(tmp_path):
    """A small folder with good, bad and odd inputs (hand-made)."""
    root = tmp_path / "in"
    root.mkdir()
    (root / "wire.txt").write_text(
        "By Ann Lee\nPARIS, June 4 (Reuters) - The minister said on Thursday that the plan cost "
        "$2 billion.\n", encoding="utf-8")
    (root / "plain.txt").write_text("Stocks rose 3% in London on Monday.\n", encoding="utf-8")
    (root / "latin.txt").write_bytes("Tickets cost £50 in Zürich.\n".encode("latin-1"))
    (root / "empty.txt").write_bytes(b"")
    (root / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (root / "dump.jsonl").write_text("\n".join([
        json.dumps({"id": "j1", "text": "Apple hired 500 people in 2024.", "published": "2025-01-02"}),
        "not json",
        json.dumps({"id": "j3"}),
        json.dumps({"id": "j1", "text": "A duplicate id."}),
    ]) + "\n", encoding="utf-8")
    return root


def read_lines(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_every_input_is_accounted_for(corpus, tmp_path):
    out = tmp_path / "out"
    summary = run([corpus], out, SETTINGS)
    records, errors = read_lines(out / "records.jsonl"), read_lines(out / "errors.jsonl")
    assert summary.articles == 9 == len(records) + len(errors)
    assert [r["id"] for r in records] == ["j1", "latin", "plain", "wire"]
    assert {e["id"]: e["error"] for e in errors} == {
        "dump#2": "bad_json", "j3": "no_text", "j1": "duplicate_id", "empty": "empty", "image": "binary"}
    assert all(e["message"] for e in errors)
    by_id = {r["id"]: r for r in records}
    assert by_id["latin"]["meta"]["encoding"] == "cp1252"
    assert by_id["latin"]["text"] == "Tickets cost £50 in Zürich.\n"
    wire = by_id["wire"]["meta"]
    assert wire["authors"] == ["Ann Lee"]
    assert (wire["published"], wire["published_from"]) == ("2026-06-04", "dateline")
    assert by_id["j1"]["meta"]["published"] == "2025-01-02"
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["counts"]["records"] == 4 and manifest["counts"]["errors"] == 5
    assert len(manifest["inputs"]) == 9
    assert not (out / ".journal").exists() and not (out / ".lock").exists()


def test_records_are_valid_and_offsets_exact(corpus, tmp_path):
    out = tmp_path / "out"
    run([corpus], out, SETTINGS)
    schema = record_schema()
    for record in read_lines(out / "records.jsonl"):
        jsonschema.validate(record, schema)
        text = record["text"]
        for item in [m for e in record["entities"] for m in e["mentions"]] + record["quotes"] + \
                record["numbers"] + record["dates"]:
            assert text[item["start"]:item["end"]] == item["text"]


def test_rerun_is_incremental_and_byte_identical(corpus, tmp_path):
    out = tmp_path / "out"
    run([corpus], out, SETTINGS)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    again = run([corpus], out, SETTINGS)
    assert (again.processed, again.reused, again.unchanged) == (0, 9, True)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    (corpus / "plain.txt").write_text("Stocks fell 4% in Paris on Monday.\n", encoding="utf-8")
    (corpus / "new.txt").write_text("A new story about Berlin.\n", encoding="utf-8")
    third = run([corpus], out, SETTINGS)
    assert (third.processed, third.reused, third.articles) == (2, 8, 10)
    records = {r["id"]: r for r in read_lines(out / "records.jsonl")}
    assert "Paris" in records["plain"]["text"] and "new" in records
    forced = run([corpus], out, SETTINGS, force=True)
    assert forced.processed == 5  # every readable article is redone


def test_option_change_redoes_articles(corpus, tmp_path):
    out = tmp_path / "out"
    run([corpus], out, SETTINGS)
    no_text = run([corpus], out, Settings(today="2026-11-24", with_text=False))
    assert no_text.processed == 4
    assert all("text" not in r for r in read_lines(out / "records.jsonl"))


def test_killed_run_resumes_without_loss_or_duplicates(corpus, tmp_path, monkeypatch):
    reference = tmp_path / "ref"
    run([corpus], reference, SETTINGS)
    out = tmp_path / "out"
    real, calls = run_module.process_shard, []

    def dying(shard, settings):
        calls.append(1)
        if len(calls) == 3:
            raise KeyboardInterrupt  # stands in for a kill between shards
        return real(shard, settings)

    monkeypatch.setattr(run_module, "process_shard", dying)
    with pytest.raises(KeyboardInterrupt):
        run([corpus], out, SETTINGS, batch_size=1)
    assert (out / ".journal").exists() and not (out / "records.jsonl").exists()
    with (out / ".journal").open("ab") as fh:
        fh.write(b"deadbeef\trecord\t{\"torn")  # a line cut by the kill
    monkeypatch.setattr(run_module, "process_shard", real)
    resumed = run([corpus], out, SETTINGS, batch_size=1)
    assert resumed.processed == 2  # two of four articles were already in the journal
    for name in ("records.jsonl", "errors.jsonl"):
        assert (out / name).read_bytes() == (reference / name).read_bytes()


def test_parallel_output_is_identical(corpus, tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    run([corpus], one, SETTINGS, n_process=1, batch_size=16)
    run([corpus], two, SETTINGS, n_process=2, batch_size=1)
    for name in ("records.jsonl", "errors.jsonl"):
        assert (one / name).read_bytes() == (two / name).read_bytes()


def test_lock_refuses_a_second_run_and_stale_lock_is_taken_over(corpus, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / ".lock").write_text(str(os.getpid()))
    with pytest.raises(OutputError, match="another run"):
        run([corpus], out, SETTINGS)
    (out / ".lock").write_text("999999999")
    assert run([corpus], out, SETTINGS).records == 4


def test_no_input_is_an_error(tmp_path):
    (tmp_path / "in").mkdir()
    with pytest.raises(NoInputError):
        run([tmp_path / "in"], tmp_path / "out", SETTINGS)


def test_output_inside_input_is_not_read_back(corpus):
    out = corpus / "out"
    run([corpus], out, SETTINGS)
    shutil.copy(out / "records.jsonl", out / "copy.jsonl")
    assert run([corpus], out, SETTINGS).articles == 9


def test_dask_backend_matches_local(corpus, tmp_path):
    local, dask = tmp_path / "local", tmp_path / "dask"
    run([corpus], local, SETTINGS)
    run([corpus], dask, SETTINGS, n_process=2, batch_size=2, backend="dask")
    for name in ("records.jsonl", "errors.jsonl"):
        assert (dask / name).read_bytes() == (local / name).read_bytes()


def test_output_folder_may_hold_or_be_the_input(corpus, tmp_path):
    outer = tmp_path / "outer"
    shutil.copytree(corpus, outer / "in")
    assert run([outer / "in"], outer, SETTINGS).articles == 9  # inputs inside the output folder
    assert run([corpus], corpus, SETTINGS).articles == 9  # records.jsonl etc. land beside the inputs
    assert run([corpus], corpus, SETTINGS).articles == 9  # ... and are not read back as input
