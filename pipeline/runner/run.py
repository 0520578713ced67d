"""Orchestration of one run: one new batch of the archive.

1. Plan: find the inputs and cut them into tasks; a file whose size and modification times are those
   the archive saw, and whose keys are all current there, is not even read.
2. Run the tasks (here, in a process pool, or on Dask): workers read, look up, process and write
   their own part files; the run journals each finished input.
3. Commit: duplicate ids become errors, the batch is committed and indexed, and the last run's view
   (records.jsonl, errors.jsonl, manifest.json) is written in input order.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from pipeline.archive.batch import Entry, PartWriter, Staging
from pipeline.archive.copies import CopyFinder
from pipeline.archive.index import Row
from pipeline.archive.store import INDEX, Archive
from pipeline.ingest.discover import find_inputs, open_input
from pipeline.ingest.read import path_id
from pipeline.record.build import build_error, encode
from pipeline.record.types import Source
from pipeline.runner.execute import Workers, execute, tasks_of
from pipeline.runner.keys import article_key, config_hash_of, config_of, path_key, same_file
from pipeline.runner.shard import Settings
from pipeline.runner.tasks import Context, Done, Ref, duplicate_error


class NoInputError(RuntimeError):
    """No article files were found under the inputs."""


@dataclass
class Summary:
    """What a run did, for the final line and the manifest."""

    articles: int = 0
    records: int = 0
    errors: int = 0
    reused: int = 0
    processed: int = 0
    seconds: float = 0.0
    unchanged: bool = False
    batch: str | None = None

    def line(self) -> str:
        rate = self.articles / self.seconds if self.seconds else 0.0
        where = f"; batch {self.batch} committed" if self.batch else "; nothing new for the archive"
        return (
            f"{self.articles} articles read: {self.records} records, {self.errors} errors "
            f"({self.processed} processed, {self.reused} already done) in {self.seconds:.1f} s, "
            f"{rate:.1f} articles/s{where}"
        )


def now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def file_sig(path: Path) -> str | None:
    """Size and modification time of an input and of its sidecar: unchanged files keep theirs."""
    try:
        st = path.stat()
    except OSError:
        return None
    sig = f"{st.st_size}:{st.st_mtime_ns}"
    if path.suffix == ".txt":
        sidecar = path.with_name(path.name[: -len(path.suffix)] + ".meta.json")
        try:
            side = sidecar.stat()
            sig += f":{side.st_size}:{side.st_mtime_ns}"
        except OSError:
            sig += ":-"
    return sig


def jsonl_ranges(root: Path, path: Path, lines: int, follow: bool) -> list[tuple[int, int, int]]:
    """(start byte, end byte, first line number) of slices of about `lines` lines of a dump (its bytes
    are scanned for line ends, never parsed; opened as every input is, never blocking)."""
    ranges, start, first, count, offset = [], 0, 1, 0, 0
    try:
        with os.fdopen(open_input(root, path, follow), "rb") as fh:
            while raw := fh.readline(1 << 20):
                offset += len(raw)
                if not raw.endswith(b"\n"):
                    continue  # the rest of a long line
                count += 1
                if count == lines:
                    ranges.append((start, offset, first))
                    start, first, count = offset, first + lines, 0
    except OSError:
        pass  # the task reads it again and reports why it cannot
    if count or not ranges or start < offset:
        ranges.append((start, -1, first))
    return ranges


class Plan:
    """The run's inputs as references, those the archive already holds answered at once."""

    def __init__(self, archive: Archive, staged: dict[str, Entry], config_hash: str, force: bool):
        self.archive, self.staged, self.config_hash, self.force = archive, staged, config_hash, force
        self.done: list[Done] = []
        self.staged_by_path: dict[str, list[Entry]] = {}
        for entry in staged.values():
            self.staged_by_path.setdefault(entry.path, []).append(entry)

    def refs(self, inputs: list[Path], output: Path, lines: int) -> Iterator[Ref]:
        files = (f for f in find_inputs(inputs, output) if not f.path.name.endswith(".meta.json"))
        for pos, found in enumerate(files):
            root, path = found.root, found.path
            if found.problem is not None:
                yield Ref(pos, str(root), str(path), follow=found.follow, problem=found.problem,
                          folder=found.folder)
                continue
            resolved, sig = path_key(path), file_sig(path)
            if not self.force and sig and self._answered(pos, root, path, resolved, sig):
                continue
            staged = tuple(e.key for e in self.staged_by_path.get(resolved, []) if e.sig == sig)
            if path.suffix == ".jsonl":
                for start, end, first in jsonl_ranges(root, path, lines, found.follow):
                    yield Ref(pos, str(root), str(path), sig, start, end, first, staged, follow=found.follow)
            else:
                yield Ref(pos, str(root), str(path), sig, staged=staged, follow=found.follow)

    def _answered(self, pos: int, root: Path, path: Path, resolved: str, sig: str) -> bool:
        """A file answered without reading: finished by a killed run of this batch, or unchanged
        since the archive saw it with all its keys current."""
        staged = [e for e in self.staged_by_path.get(resolved, []) if e.sig == sig]
        if staged and path.suffix == ".txt" and len(staged) == 1:
            entry = staged[0]
            if not entry.derived or same_file(path_id(root, path), entry.id):
                entry.order = [pos, 0]
                self.done.append(Done(entry, "staged", entry.key))
                return True
        keys = self.archive.index.file_keys(resolved, self.config_hash, sig)
        if not keys:
            return False
        rows = self.archive.index.known(keys)
        if len(rows) != len(keys) or any(r.status not in ("current", "duplicate") for r in rows.values()):
            return False
        base = path_id(root, path)
        for r in rows.values():
            expected = base if path.suffix == ".txt" else f"{base}#{json.loads(r.source).get('line')}"
            if r.derived and not same_file(expected, r.id):
                return False  # another file with the same bytes, not this one
        for n, key in enumerate(keys):
            row = rows[key]
            entry = Entry(key, row.id, row.content, row.derived, row.kind, None, None, None,
                          json.loads(row.source), order=[pos, n])
            self.done.append(Done(entry, "known", key))
        return True


Progress = Callable[..., None]  # progress(n): n more inputs done; progress(n, total=t): t in all, n more done


def run(
    inputs: list[Path], output: Path, settings: Settings, n_process: int = 1, batch_size: int = 64,
    force: bool = False, progress: Progress | None = None, backend: str = "local",
    scheduler: str | None = None,
) -> Summary:
    """Run the pipeline over the inputs as one new batch of the archive in `output`. `progress` hears
    of the inputs done as they finish, and of their total once they are counted (read and looked up,
    before the model runs; the inputs answered from the archive come as done with it)."""
    created = not output.exists()
    try:
        return _run(inputs, output, settings, n_process, batch_size, force, progress, backend, scheduler)
    except NoInputError:
        if created:  # a run that found nothing leaves nothing behind
            shutil.rmtree(output, ignore_errors=True)
        raise


def _run(inputs: list[Path], output: Path, settings: Settings, n_process: int, batch_size: int, force: bool,
         progress: Progress | None, backend: str, scheduler: str | None) -> Summary:
    """Plan, run the tasks, commit: the body of `run`."""
    started = time.perf_counter()
    config = config_of(settings)
    config_hash = config_hash_of(config)
    with Archive.open(output, write=True, create=True) as archive:
        staging = Staging.resume_or_new(output, archive.next_batch_id(), now())
        settings = replace(settings, batch_id=staging.id, batch_started=staging.started)
        staged, _ = staging.entries()
        plan = Plan(archive, staged, config_hash, force)
        index = str(output / INDEX) if archive.index.batch_ids() else None
        ctx = Context(str(staging.folder), index, config_hash, force)
        results: list[Done] = []

        def on_done(done: list[Done]) -> None:
            staging.append([d.entry for d in done if d.via == "new"])
            results.extend(done)
            if progress:
                progress(len(done))

        def on_counted(total: int) -> None:
            if progress:
                progress(len(plan.done), total=total)

        refs = plan.refs(inputs, output, batch_size)
        finder = CopyFinder(archive.index.db if index else None)
        with Workers(n_process, backend, scheduler) as workers:
            execute(workers, tasks_of(refs, batch_size), staging.next_task(), settings, ctx, finder, staged,
                    plan.done, on_done, on_counted)
        results = plan.done + results
        if not results:
            staging.discard()
            raise NoInputError("no .txt or .jsonl article files found in " + ", ".join(map(str, inputs)))
        results.sort(key=lambda d: d.entry.order)
        resolve_staged(results, staged)
        duplicates(results, staging, archive, settings, config_hash)
        return commit(archive, staging, results, config, config_hash, started, force)


def resolve_staged(results: list[Done], staged: dict[str, Entry]) -> None:
    """Inputs a killed run of this batch finished take the entry it journalled."""
    for d in results:
        if d.via == "staged":
            order = d.entry.order
            d.entry = staged[d.row_key]
            d.entry.order = order


def duplicates(results: list[Done], staging: Staging, archive: Archive, settings: Settings,
               config_hash: str) -> None:
    """A second input with an id already seen in the run becomes a `duplicate_id` error (the same
    error a run before wrote for it, when there is one); it never supersedes the first."""
    seen: set[str] = set()
    writer = None
    for d in results:
        if d.entry.id not in seen:
            seen.add(d.entry.id)
            continue
        old = d.entry
        source = Source(**{k: old.source.get(k) for k in ("path", "sha256", "bytes", "line")}) \
            if old.source else Source(path="", sha256="", bytes=0)
        error = duplicate_error(old.id, source)
        key = article_key(config_hash, error)
        if d.via == "known" and d.row_key == key:
            continue
        if key in archive.index.known([key]):
            d.via, d.row_key = "known", key
            continue
        writer = writer or PartWriter(staging.folder, staging.next_task())
        d.entry = Entry(key, old.id, old.content, old.derived, "error", None, None, None, old.source or {},
                        path=old.path, sig=old.sig, order=old.order, status="duplicate")
        d.entry.part, d.entry.line, d.entry.offset, d.entry.length = writer.write(
            "error", encode(build_error(error, batch=settings.batch)))
        d.via = "new"
    if writer is not None:
        writer.close()


def commit(archive: Archive, staging: Staging, results: list[Done], config: dict, config_hash: str,
           started: float, force: bool) -> Summary:
    """Commit the batch (when anything is new), index it, and write the last run's view."""
    new = [d.entry for d in results if d.via in ("new", "staged")]
    summary = Summary(articles=len(results), processed=sum(d.processed for d in results))
    summary.reused = sum(d.via != "new" for d in results)
    kinds = [d.entry.kind for d in results]
    summary.records = kinds.count("record")
    summary.errors = summary.articles - summary.records
    summary.batch = commit_batch(archive, staging, new, config, config_hash)
    rows = view_rows(archive, results, staging.id)
    previous = archive.read_view_manifest() or {}
    summary.seconds = time.perf_counter() - started
    keys = [r.key for r in rows]
    summary.unchanged = not new and not force and [e.get("key") for e in previous.get("inputs", [])] == keys
    if not summary.unchanged:
        archive.write_view(rows, view_manifest(results, rows, config, config_hash, summary))
    return summary


def commit_batch(archive: Archive, staging: Staging, new: list[Entry], config: dict, config_hash: str,
                 **extra) -> str | None:
    """Commit and index the staged batch when it holds anything new (else drop it); its id or None."""
    if not new:
        staging.discard()
        return None
    manifest = {"format": 1, "batch": staging.id, "started": staging.started, "finished": now(),
                "config": config, "config_hash": config_hash,
                "counts": {"records": sum(e.kind == "record" for e in new),
                           "errors": sum(e.kind == "error" for e in new)}, **extra}
    archive.add_batch(staging.commit(new, manifest))
    return staging.id


def view_rows(archive: Archive, results: list[Done], batch: str) -> list[Row]:
    """The archive row of every input of the run, in input order."""
    wanted = [d.row_key for d in results if d.via in ("known", "alias")]
    known = archive.index.known(wanted)
    rows = []
    for d in results:
        if d.via in ("known", "alias"):
            rows.append(known[d.row_key])
        else:
            e = d.entry
            rows.append(Row(e.key, e.id, e.content, e.derived, e.kind, batch, 0, e.part, e.line, e.offset,
                            e.length, e.status, json.dumps(e.source, sort_keys=True)))
    return rows


def view_manifest(results: list[Done], rows: list[Row], config: dict, config_hash: str,
                  summary: Summary) -> dict:
    """The last run's manifest: config, counts, timings and every input with its key and outcome."""
    inputs = [{"id": d.entry.id, **(d.entry.source or json.loads(r.source)), "key": r.key, "kind": r.kind,
               "batch": r.batch, "via": d.via} for d, r in zip(results, rows, strict=True)]
    return {
        "format": 1, "config": config, "config_hash": config_hash, "batch": summary.batch, "finished": now(),
        "counts": {"articles": summary.articles, "records": summary.records, "errors": summary.errors,
                   "processed": summary.processed, "reused": summary.reused},
        "timings": {"seconds": round(summary.seconds, 3),
                    "articles_per_second": round(summary.articles / summary.seconds, 2)
                    if summary.seconds else None},
        "inputs": inputs,
    }
