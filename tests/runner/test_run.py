"""End to end: every input ends in records or errors, incremental re-runs, resume, lock, schema."""

import json
import shutil

import jsonschema
import pytest

from pipeline.archive.files import ArchiveError, Lock
from pipeline.record.types import record_schema
from pipeline.runner import tasks as tasks_module
from pipeline.runner.run import NoInputError, run
from pipeline.runner.shard import Settings
from tests.conftest import without_batch

SETTINGS = Settings()


@pytest.fixture
def corpus(tmp_path):
    """A small folder with good, bad and odd inputs (hand-made)."""
    root = tmp_path / "in"
    root.mkdir()
    (root / "wire.txt").write_text(
        "By Ann Lee\nPARIS, June 4 (Reuters) - The minister said on Thursday that the 2026 plan cost "
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
    assert (wire["published"], wire["published_from"]) == ("2026-06-04", "dateline")  # 2026: a Thursday
    assert by_id["j1"]["meta"]["published"] == "2025-01-02"
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["counts"]["records"] == 4 and manifest["counts"]["errors"] == 5
    assert len(manifest["inputs"]) == 9
    assert not list((out / ".staging").iterdir())
    assert [p.name for p in (out / "batches").iterdir()] == ["000001"]
    assert {r["batch"]["id"] for r in records} == {"000001"}


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
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    again = run([corpus], out, SETTINGS)
    assert (again.processed, again.reused, again.unchanged) == (0, 9, True)
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before
    assert [p.name for p in (out / "batches").iterdir()] == ["000001"]  # nothing new: no batch
    (corpus / "plain.txt").write_text("Stocks fell 4% in Paris on Monday.\n", encoding="utf-8")
    (corpus / "new.txt").write_text("A new story about Berlin.\n", encoding="utf-8")
    third = run([corpus], out, SETTINGS)
    assert (third.processed, third.reused, third.articles) == (2, 8, 10)
    records = {r["id"]: r for r in read_lines(out / "records.jsonl")}
    assert "Paris" in records["plain"]["text"] and "new" in records
    forced = run([corpus], out, SETTINGS, force=True)
    assert forced.processed == 6  # every article is redone (the duplicate id too, before it is seen as one)


def test_option_change_redoes_articles(corpus, tmp_path):
    out = tmp_path / "out"
    run([corpus], out, SETTINGS)
    no_text = run([corpus], out, Settings(with_text=False))
    assert no_text.processed == 5  # the four articles, and the duplicate id before it is seen as one
    assert all("text" not in r for r in read_lines(out / "records.jsonl"))


def test_killed_run_resumes_without_loss_or_duplicates(corpus, tmp_path, monkeypatch):
    reference = tmp_path / "ref"
    run([corpus], reference, SETTINGS)
    out = tmp_path / "out"
    real, calls = tasks_module.process_shard, []

    def dying(shard, settings):
        calls.append(1)
        if len(calls) == 3:
            raise KeyboardInterrupt  # stands in for a kill between tasks
        return real(shard, settings)

    monkeypatch.setattr(tasks_module, "process_shard", dying)
    with pytest.raises(KeyboardInterrupt):
        run([corpus], out, SETTINGS, batch_size=1)
    [journal] = (out / ".staging").glob("*/journal.jsonl")
    assert not (out / "records.jsonl").exists() and not (out / "batches").exists()
    with journal.open("ab") as fh:
        fh.write(b'{"key": "deadbeef", "torn')  # a line cut by the kill
    monkeypatch.setattr(tasks_module, "process_shard", real)
    resumed = run([corpus], out, SETTINGS, batch_size=1)
    assert resumed.processed == 3  # the dump (two articles) and empty.txt were in the journal
    for name in ("records.jsonl", "errors.jsonl"):
        assert without_batch((out / name).read_bytes()) == without_batch((reference / name).read_bytes())


def test_parallel_output_is_identical(corpus, tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    run([corpus], one, SETTINGS, n_process=1, batch_size=16)
    run([corpus], two, SETTINGS, n_process=2, batch_size=1)
    for name in ("records.jsonl", "errors.jsonl"):
        assert without_batch((one / name).read_bytes()) == without_batch((two / name).read_bytes())


def test_lock_refuses_a_second_run_and_a_dead_runs_lock_is_free(corpus, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    with Lock(out), pytest.raises(ArchiveError, match="another run"):
        run([corpus], out, SETTINGS)
    (out / ".lock").write_text("999999999")  # the file a killed run leaves: no process holds it
    assert run([corpus], out, SETTINGS).records == 4


def test_no_input_is_an_error(tmp_path):
    (tmp_path / "in").mkdir()
    with pytest.raises(NoInputError):
        run([tmp_path / "in"], tmp_path / "out", SETTINGS)
    assert not (tmp_path / "out").exists()  # nothing left behind


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
        assert without_batch((dask / name).read_bytes()) == without_batch((local / name).read_bytes())


def test_output_folder_must_be_new_empty_or_an_archive(corpus, tmp_path):
    outer = tmp_path / "outer"
    shutil.copytree(corpus, outer / "in")
    with pytest.raises(ArchiveError, match="not an archive and not empty"):
        run([outer / "in"], outer, SETTINGS)
    with pytest.raises(ArchiveError, match="not an archive and not empty"):
        run([corpus], corpus, SETTINGS)
    assert sorted(p.name for p in outer.iterdir()) == ["in"]  # nothing touched


def test_an_archive_is_never_an_input(corpus, tmp_path):
    out = tmp_path / "out"
    run([corpus], out, SETTINGS)
    with pytest.raises(NoInputError):
        run([out], tmp_path / "other", SETTINGS)
    shutil.copytree(out, corpus / "old-archive")  # an archive inside the input folder
    again = run([corpus], tmp_path / "third", SETTINGS)
    assert again.articles == 9
