"""The archive: daily batches accumulate, identity across folders, takedown, rebuild, faults."""

import json
import multiprocessing
import os
import shutil
import time

import pytest

from pipeline.archive import batch as batch_module
from pipeline.archive import store
from pipeline.archive.files import ArchiveError, Lock
from pipeline.archive.forget import forget
from pipeline.archive.reader import lines
from pipeline.runner.run import now, run
from pipeline.runner.shard import Settings
from tests.conftest import without_batch

SETTINGS = Settings()
STORIES = {
    "d1/rates": "LONDON, March 3 (Reuters) - The Bank of England raised rates by 0.25% on Thursday.",
    "d1/trains": "Britain ordered 54 new trains worth £2.5 billion, the minister said on Monday.",
    "d2/oil": "Oil prices fell 3% on Friday after OPEC said output would rise next month.",
    "d2/chips": '"We will hire 500 engineers," Intel said in a statement on Tuesday.',
}


@pytest.fixture
def inbox(tmp_path):
    root = tmp_path / "inbox"
    for name, text in STORIES.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / f"{name}.txt").write_text(text + "\n", encoding="utf-8")
    return root


def current(out, kind="record"):
    return [json.loads(line) for line in lines(out, kind)]


def test_daily_folders_accumulate_and_the_parent_folder_adds_nothing(inbox, tmp_path):
    out = tmp_path / "out"
    run([inbox / "d1"], out, SETTINGS)
    run([inbox / "d2"], out, SETTINGS)
    assert [r["id"] for r in current(out)] == ["rates", "trains", "chips", "oil"]
    assert [r["batch"]["id"] for r in current(out)] == ["000001", "000001", "000002", "000002"]
    parent = run([inbox], out, SETTINGS)
    assert (parent.processed, parent.batch) == (0, None)  # the same files through the parent folder
    assert len((out / "records.jsonl").read_text().splitlines()) == 4  # the last run's view: all four
    (inbox / "d2" / "oil.txt").write_text("Oil prices rose 5% on Friday.\n", encoding="utf-8")
    changed = run([inbox / "d2"], out, SETTINGS)
    assert (changed.processed, changed.batch) == (1, "000003")
    records = {r["id"]: r for r in current(out)}
    assert len(records) == 4 and "rose 5%" in records["oil"]["text"]
    assert records["oil"]["batch"]["id"] == "000003"


def test_index_is_rebuilt_identical_when_lost_or_damaged(inbox, tmp_path):
    out = tmp_path / "out"
    run([inbox / "d1"], out, SETTINGS)
    run([inbox / "d2"], out, SETTINGS)
    forget_one = store.Archive.open(out, write=True)
    forget(forget_one, ["trains"], now())
    forget_one.close()
    with store.Archive.open(out) as archive:
        original = archive.index.dump()
    warnings = []
    (out / "index.sqlite").unlink()
    with store.Archive.open(out, write=True, on_warning=warnings.append) as archive:
        assert archive.index.dump() == original
    (out / "index.sqlite").write_bytes(b"not a database at all" * 100)
    with store.Archive.open(out, write=True, on_warning=warnings.append) as archive:
        assert archive.index.dump() == original
    assert len(warnings) == 2 and all("rebuilding" in w for w in warnings)


def test_forget_removes_the_text_everywhere_and_the_input_never_returns(inbox, tmp_path):
    out = tmp_path / "out"
    run([inbox / "d1"], out, SETTINGS)
    with store.Archive.open(out, write=True) as archive:
        done = forget(archive, ["trains", "nope"], now())
    assert done["forgotten"] == ["trains"] and done["unknown"] == ["nope"]
    assert [r["id"] for r in current(out)] == ["rates"]
    for path in out.rglob("*.jsonl"):
        assert b"new trains" not in path.read_bytes(), path
    manifest = json.loads((out / "batches" / "000001" / "manifest.json").read_text())
    assert manifest["forgotten"] == ["trains"]
    again = run([inbox / "d1"], out, SETTINGS)
    assert again.processed == 0
    assert [e["error"] for e in current(out, "error")] == ["forgotten"]
    assert [r["id"] for r in current(out)] == ["rates"]


def test_an_output_folder_of_the_earlier_release_migrates_to_one_batch(inbox, tmp_path):
    out, old = tmp_path / "out", tmp_path / "old"
    run([inbox / "d1"], out, SETTINGS)
    old.mkdir()
    for name in ("records.jsonl", "errors.jsonl"):
        (old / name).write_bytes(without_batch((out / name).read_bytes()))
    manifest = json.loads((out / "manifest.json").read_text())
    for item in manifest["inputs"]:
        item.pop("batch"), item.pop("via")
        item["key"] = "old-" + item["key"]  # the earlier release hashed its code into the key
    (old / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(ArchiveError, match="earlier release"):
        store.Archive.open(old)
    again = run([inbox / "d1"], old, SETTINGS)
    assert (again.processed, again.batch) == (0, None)  # keys recomputed from the unchanged files
    assert [p.name for p in (old / "batches").iterdir()] == ["000001"]
    assert without_batch(b"".join(lines(old))) == without_batch((out / "records.jsonl").read_bytes())


def test_writes_never_follow_symlinks(inbox, tmp_path):
    out, outside = tmp_path / "out", tmp_path / "outside"
    outside.mkdir()
    run([inbox / "d1"], out, SETTINGS)
    for name in ("records.jsonl", "errors.jsonl", "manifest.json", ".lock"):
        target = outside / name
        target.write_text("keep me")
        (out / name).unlink()
        (out / name).symlink_to(target)
    shutil.rmtree(out / ".staging")
    (out / ".staging").symlink_to(outside)
    run([inbox / "d2"], out, SETTINGS)
    assert sorted(p.name for p in outside.iterdir()) == sorted(["records.jsonl", "errors.jsonl",
                                                                "manifest.json", ".lock"])
    assert all(p.read_text() == "keep me" for p in outside.iterdir())
    assert len(current(out)) == 4


def _try_lock(folder, barrier, results):
    barrier.wait()
    try:
        lock = Lock(folder)
        lock.acquire()
    except ArchiveError:
        results.put(0)
        return
    results.put(1)
    time.sleep(0.2)
    lock.release()


def test_four_runs_at_once_never_both_hold_the_lock(tmp_path):
    ctx = multiprocessing.get_context("fork")
    for trial in range(15):
        folder = tmp_path / f"t{trial}"
        folder.mkdir()
        (folder / ".lock").write_text("999999999")  # a stale lock file left by a dead run
        barrier, results = ctx.Barrier(4), ctx.Queue()
        procs = [ctx.Process(target=_try_lock, args=(folder, barrier, results)) for _ in range(4)]
        for p in procs:
            p.start()
        for p in procs:
            p.join(10)
        assert sum(results.get(timeout=5) for _ in procs) == 1


def test_a_kill_inside_the_commit_ends_as_a_clean_run(inbox, tmp_path, monkeypatch):
    reference = tmp_path / "ref"
    run([inbox], reference, SETTINGS)
    expected = without_batch(b"".join(lines(reference)))
    for moment in ("before the rename", "after the rename"):
        out = tmp_path / moment.replace(" ", "-")
        if moment == "before the rename":
            monkeypatch.setattr(batch_module, "finish_commit", _raise)
        else:
            monkeypatch.setattr(store.Archive, "add_batch", _raise)
        with pytest.raises(KeyboardInterrupt):
            run([inbox], out, SETTINGS)
        monkeypatch.undo()
        resumed = run([inbox], out, SETTINGS)
        assert resumed.processed == 0
        assert without_batch(b"".join(lines(out))) == expected
        assert without_batch((out / "records.jsonl").read_bytes()) == expected
        assert [p.name for p in (out / "batches").iterdir()] == ["000001"]


def _raise(*args, **kwargs):
    raise KeyboardInterrupt  # stands in for kill -9 at that moment


def test_damaged_state_is_detected_and_never_reaches_a_record(inbox, tmp_path):
    out = tmp_path / "out"
    run([inbox / "d1"], out, SETTINGS)
    (out / "manifest.json").write_text("[1, 2, 3]")  # the last run's manifest, of the wrong shape
    staged = out / ".staging" / "000002"
    staged.mkdir(parents=True)
    (staged / "batch.json").write_text(json.dumps({"id": "000002", "started": "2026-12-01T00:00:00Z"}))
    (staged / "journal.jsonl").write_bytes(b'{"key": "x", "torn\n\xff\xfe garbage \x00\n[1,2]\n')
    summary = run([inbox], out, SETTINGS)
    assert summary.processed == 2
    records = current(out)
    assert sorted(r["id"] for r in records) == ["d2/chips", "d2/oil", "rates", "trains"]
    warnings = []
    (out / "batches" / "000001" / "manifest.json").write_text("{garbage")
    (out / "index.sqlite").unlink()
    with store.Archive.open(out, write=True, on_warning=warnings.append):
        pass
    assert any("000001" in w for w in warnings)
    assert sorted(r["id"] for r in current(out)) == ["d2/chips", "d2/oil", "rates", "trains"]


def test_a_damaged_part_file_is_named(inbox, tmp_path):
    out = tmp_path / "out"
    run([inbox / "d1"], out, SETTINGS)
    part = next((out / "batches" / "000001").glob("records-*.jsonl"))
    part.write_bytes(part.read_bytes()[:-40])
    with pytest.raises(ArchiveError, match=part.name):
        list(lines(out))


def test_folders_that_are_not_archives_are_left_untouched(inbox, tmp_path):
    other = tmp_path / "other"
    other.mkdir()
    (other / "notes.txt").write_text("mine")
    with pytest.raises(ArchiveError, match="not an archive and not empty"):
        run([inbox], other, SETTINGS)
    newer = tmp_path / "newer"
    newer.mkdir()
    (newer / "archive.json").write_text(json.dumps({"format": "news-pipeline-archive", "version": 99}))
    with pytest.raises(ArchiveError, match="newer"):
        run([inbox], newer, SETTINGS)
    assert sorted(os.listdir(other)) == ["notes.txt"] and sorted(os.listdir(newer)) == ["archive.json"]


def test_reprocess_redoes_batches_of_other_code(inbox, tmp_path):
    from pipeline.runner.reprocess import reprocess

    out = tmp_path / "out"
    run([inbox / "d1"], out, SETTINGS)
    run([inbox / "d2"], out, SETTINGS)
    before = without_batch(b"".join(sorted(lines(out))))
    assert reprocess(out, SETTINGS) == []  # everything is of this code
    with store.Archive.open(out, write=True) as archive:
        archive.index.db.execute("UPDATE batches SET code = 'older' WHERE id = '000001'")
    (inbox / "d1" / "trains.txt").unlink()  # its source is gone: redone from the record's text
    done = reprocess(out, SETTINGS)
    assert [(d.old, d.new, d.redone, d.kept) for d in done] == [("000001", "000003", 2, 0)]
    assert without_batch(b"".join(sorted(lines(out)))) == before
    assert {r["batch"]["id"] for r in current(out)} == {"000002", "000003"}


def test_the_commands_read_the_whole_archive_or_one_batch(inbox, tmp_path):
    from typer.testing import CliRunner

    from pipeline.cli import app

    out = tmp_path / "out"
    run([inbox / "d1"], out, SETTINGS)
    run([inbox / "d2"], out, SETTINGS)
    cli = CliRunner()
    whole = cli.invoke(app, ["records", str(out)])
    ids = [json.loads(line)["id"] for line in whole.output.splitlines()]
    assert ids == ["rates", "trains", "chips", "oil"]
    one = cli.invoke(app, ["records", str(out), "--batch", "000002"])
    assert [json.loads(line)["id"] for line in one.output.splitlines()] == ["chips", "oil"]
    missing = cli.invoke(app, ["records", str(out), "--batch", "000009"])
    assert missing.exit_code == 2 and "no batch '000009'" in missing.output
    report = cli.invoke(app, ["report", str(out), "--batch", "000001", "-o", str(tmp_path / "r.html")])
    assert report.exit_code == 0 and "2 articles" in report.output
    entities = cli.invoke(app, ["entities", str(out)])
    assert entities.exit_code == 0 and "Intel" in entities.output and "Bank of England" in entities.output
    first = cli.invoke(app, ["entities", str(out), "--batch", "000001"])
    assert "Intel" not in first.output and "Bank of England" in first.output
