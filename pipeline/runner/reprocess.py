"""`pipeline reprocess`: bring the records older pipeline versions made to the current one.

A daily run never redoes an article already in the archive, whatever version made it; this command
does, batch by batch: every current line of a batch made by other code is processed again (from
its source file when that is still there with the same bytes, else from the record's own text)
into a new batch that supersedes it. Interrupted, it resumes like a run; it runs on the same
process pool or Dask cluster as a run.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import msgspec

from pipeline.archive.batch import MANIFEST, Staging
from pipeline.archive.copies import CopyFinder
from pipeline.archive.files import read_bytes
from pipeline.archive.index import Row
from pipeline.archive.store import Archive
from pipeline.ingest import dateline
from pipeline.ingest.read import Article, ReadError, read_jsonl_line, read_txt
from pipeline.record.types import Source
from pipeline.runner.execute import Workers, execute, tasks_of
from pipeline.runner.keys import code_digest
from pipeline.runner.shard import Settings
from pipeline.runner.tasks import Context, Done, Ref


@dataclass
class Reprocessed:
    """What reprocessing one batch did."""

    old: str
    new: str | None
    redone: int
    kept: int  # lines that could not be redone (source gone and no text): left as they were


def reread(ref: Ref, max_bytes: int) -> Article | ReadError | None:
    """The input of an archive row again: its source file when unchanged, else its record's text;
    None when neither is there."""
    row = ref.row or {}
    source = Source(**row["source"])
    path = Path(source.path)
    item: Article | ReadError | None = None
    try:
        if path.is_file() and source.line:
            with path.open("rb") as fh:
                raw = next((r for n, r in enumerate(fh, 1) if n == source.line), None)
            item = read_jsonl_line("", path, source.line, raw, max_bytes) if raw is not None else None
        elif path.is_file():
            item = read_txt(path.parent, path, max_bytes)
    except OSError:
        item = None
    if item is not None and item.source.sha256 == source.sha256:
        item.id = row["id"]
        return item
    with Path(ref.path).open("rb") as fh:
        fh.seek(ref.start)
        record = msgspec.json.decode(fh.read(ref.end - ref.start))
    if not isinstance(record.get("text"), str):
        return None
    return article_from_record(record, source)


def article_from_record(record: dict, source: Source) -> Article:
    """An article rebuilt from a record: its text and the metadata its input gave."""
    meta = record.get("meta") or {}
    given = {"title": meta.get("title"), "url": meta.get("url"), "source": meta.get("outlet"),
             "authors": meta.get("authors") or []}
    if meta.get("published_from") == "metadata":
        given["published"] = meta.get("published")
    clean = dateline.clean_metadata(given)
    clean["encoding"] = meta.get("encoding", "utf-8")
    return Article(record["id"], record["text"], source, clean, "")


def refs_of(archive: Archive, rows: list[Row], staged: set[str]) -> Iterator[Ref]:
    for pos, row in enumerate(rows):
        if row.key in staged or row.part is None:
            continue
        path = str(archive.batch_dir(row.batch) / row.part)
        yield Ref(pos, str(archive.folder), path, None, row.offset, row.offset + row.length,
                  row={"key": row.key, "id": row.id, "content": row.content, "derived": row.derived,
                       "source": json.loads(row.source)})


def stale_batches(archive: Archive) -> list[str]:
    """Batches whose current lines other code made."""
    code = code_digest()
    return [b[0] for b in archive.index.batches() if b[5] != code]


def reprocess(folder: Path, settings: Settings, n_process: int = 1, batch_size: int = 64,
              backend: str = "local", scheduler: str | None = None,
              progress: Callable[..., None] | None = None) -> list[Reprocessed]:
    """Redo every stale batch of the archive, oldest first, each into a new batch."""
    done: list[Reprocessed] = []
    with Archive.open(folder, write=True) as archive:
        todo = [(old, current_rows(archive, old)) for old in stale_batches(archive)]
        if progress:
            progress(0, total=sum(len(rows) for _, rows in todo))
        for old, rows in todo:
            if rows:
                done.append(reprocess_batch(archive, old, rows, settings, (n_process, batch_size, backend,
                                                                          scheduler), progress))
    return done


def current_rows(archive: Archive, batch: str) -> list[Row]:
    """The current lines (records and errors) of a batch, in input order."""
    rows = [*archive.index.rows(batch=batch), *archive.index.rows(batch=batch, kind="error")]
    return sorted((r for r in rows if r.status == "current"), key=lambda r: r.pos)


def reprocess_batch(archive: Archive, old: str, rows: list[Row], settings: Settings, how: tuple,
                    progress: Callable[..., None] | None) -> Reprocessed:
    """Redo the current lines of one batch into a new batch, with the configuration it was made with."""
    from pipeline.runner.run import commit_batch, config_of, now

    manifest = json.loads(read_bytes(archive.batch_dir(old) / MANIFEST))
    made = manifest["config"]
    settings = replace(settings, model=made["model"], with_text=made["with_text"],
                       published=made["published"], max_bytes=made["max_bytes"])
    config = config_of(settings)
    staging = Staging.resume_or_new(archive.folder, archive.next_batch_id(), now(),
                                    purpose=f"reprocess:{old}")
    settings = replace(settings, batch_id=staging.id, batch_started=staging.started)
    staged, _ = staging.entries()
    results: list[Done] = []

    def on_done(finished: list[Done]) -> None:
        staging.append([d.entry for d in finished if d.via == "new"])
        results.extend(finished)
        if progress:
            progress(len(finished))

    n_process, batch_size, backend, scheduler = how
    ctx = Context(str(staging.folder), None, manifest["config_hash"], force=True)
    tasks = tasks_of(refs_of(archive, rows, set(staged)), batch_size)
    with Workers(n_process, backend, scheduler) as workers:
        execute(workers, tasks, staging.next_task(), settings, ctx, CopyFinder(archive.index.db), staged, [],
                on_done)
    new = sorted([d.entry for d in results if d.via == "new"] + list(staged.values()), key=lambda e: e.order)
    batch = commit_batch(archive, staging, new, config, manifest["config_hash"], reprocessed=old)
    return Reprocessed(old, batch, len(new), len(rows) - len(new))
