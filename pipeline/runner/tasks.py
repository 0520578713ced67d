"""The worker's side of a run: a task names input files (or line ranges of a JSONL dump); the worker
reads them, looks their keys up in the archive's index, processes what is new and writes the lines to
its own part files. Only small entries (keys, ids, offsets) go back to the run, never texts or
records, so the same function serves this process, a process pool and Dask workers.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pipeline.archive.batch import Entry, PartWriter
from pipeline.archive.index import Index
from pipeline.ingest.read import Article, ReadError, path_id, read_jsonl_line, read_txt
from pipeline.record.build import build_error, encode
from pipeline.record.types import Source
from pipeline.runner.keys import article_key, content_key, is_derived, same_file
from pipeline.runner.shard import Settings, process_shard


@dataclass(frozen=True)
class Ref:
    """One input file, or the lines of a JSONL dump that start in the byte range [start, end)."""

    pos: int  # the file's place among the run's inputs
    root: str
    path: str
    sig: str | None = None  # size and modification times of the file and its sidecar
    start: int = 0
    end: int = -1
    first: int = 1  # number of the first line of the range
    staged: tuple[str, ...] = ()  # keys a killed run of this batch already finished for this file
    row: dict | None = None  # `reprocess`: the archive row to redo (key, id, content, source, line)


@dataclass(frozen=True)
class Context:
    """What every task of a batch shares."""

    folder: str  # the staging folder the part files go to
    index: str | None  # the archive's index, for look-ups (None when the archive is empty)
    config_hash: str
    force: bool = False


@dataclass
class Done:
    """One input a task finished: `new` (an entry with its line in a part file), `known` (the same
    key is in the archive), `alias` (the same file under another derived id) or `staged` (finished by
    a killed run of this batch)."""

    entry: Entry
    via: str = "new"
    row_key: str | None = None  # the archive key it resolves to, for known and alias
    processed: bool = False  # the article went through the language pipeline


def read_ref(ref: Ref, max_bytes: int) -> list[tuple[list, Article | ReadError]]:
    """The items of one reference with their input order ([file position, line])."""
    root, path = Path(ref.root), Path(ref.path)
    if ref.row is not None:
        from pipeline.runner.reprocess import reread

        again = reread(ref, max_bytes)
        return [] if again is None else [([ref.pos, 0], again)]  # None: nothing to redo it from
    if path.suffix != ".jsonl":
        return [([ref.pos, 0], read_txt(root, path, max_bytes))]
    base = path_id(root, path)
    items: list[tuple[list, Article | ReadError]] = []
    try:
        fh = path.open("rb")
    except OSError as exc:
        source = Source(path=path.as_posix(), sha256="", bytes=0)
        error = ReadError(base, source, "unreadable", f"cannot read the file: {exc.strerror}")
        return [([ref.pos, 0], error)]
    with fh:
        fh.seek(ref.start)
        offset, number = ref.start, ref.first
        while ref.end < 0 or offset < ref.end:
            raw = fh.readline()
            if not raw:
                break
            if raw.strip():
                items.append(([ref.pos, number], read_jsonl_line(base, path, number, raw, max_bytes)))
            offset += len(raw)
            number += 1
    return items


def run_task(number: int, refs: list[Ref], settings: Settings, ctx: Context) -> list[Done]:
    """Read, look up, process and write one task; never raises for one bad input."""
    items = [(order, item, ref) for ref in refs for order, item in read_ref(ref, settings.max_bytes)]
    keys = [ref.row["key"] if ref.row else article_key(ctx.config_hash, item) for _, item, ref in items]
    index = Index(Path(ctx.index), readonly=True) if ctx.index and not ctx.force else None
    try:
        known = index.known(keys) if index else {}
        dup_rows = index.known(duplicate_key(ctx.config_hash, item) for _, item, _ in items) if index else {}
        done: list[Done | None] = []
        todo: list[tuple[int, str, Article | ReadError]] = []
        for i, ((order, item, ref), key) in enumerate(zip(items, keys, strict=True)):
            entry = _entry(ctx, key, item, ref, order)
            if key in ref.staged:
                done.append(Done(entry, "staged", key))
                continue
            row = known.get(key)
            if row is None and index is not None and entry.derived:
                row = next((r for r in index.by_content(entry.content)
                            if r.derived and same_file(item.id, r.id)), None)
                if row is not None:
                    done.append(Done(entry, "alias", row.key))
                    continue
            if row is not None and row.status != "forgotten":
                done.append(Done(entry, "known", key))
                continue
            twin = duplicate_key(ctx.config_hash, item)
            if row is None and twin in dup_rows:  # a duplicate id an earlier run reported
                done.append(Done(entry, "known", twin))
                continue
            if row is not None:  # taken down: the input ends as an error, never as a record again
                item = ReadError(item.id, item.source, "forgotten",
                                 "this article was taken down with `pipeline forget`; it is not processed")
            done.append(None)
            todo.append((i, key, item))
    finally:
        if index is not None:
            index.close()
    return _process(number, todo, done, items, keys, settings, ctx)


def _process(number: int, todo: list, done: list, items: list, keys: list, settings: Settings,
             ctx: Context) -> list[Done]:
    """Process the new inputs of a task and write their lines to its part files."""
    articles = [(key, item) for _, key, item in todo if isinstance(item, Article)]
    results = {r.key: r for r in process_shard(articles, settings)} if articles else {}
    writer = PartWriter(Path(ctx.folder), number)
    for i, key, item in todo:
        if isinstance(item, Article):
            kind, line = results[key].kind, results[key].line
        else:
            kind, line = "error", encode(build_error(item, batch=settings.batch))
        order, _, ref = items[i]
        entry = _entry(ctx, key, item, ref, order)
        entry.kind = kind
        entry.part, entry.line, entry.offset, entry.length = writer.write(kind, line)
        done[i] = Done(entry, processed=isinstance(item, Article))
    writer.close()
    return [d for d in done if d is not None]


def duplicate_key(config_hash: str, item: Article | ReadError) -> str:
    """Key of the `duplicate_id` error this input becomes when its id was seen earlier in the run."""
    return article_key(config_hash, duplicate_error(item.id, item.source))


def duplicate_error(article_id: str, source: Source) -> ReadError:
    return ReadError(article_id, source, "duplicate_id",
                     f"another input earlier in the run already has the id {article_id!r}")


def _entry(ctx: Context, key: str, item: Article | ReadError, ref: Ref, order: list) -> Entry:
    kind = "record" if isinstance(item, Article) else "error"
    source = {"path": item.source.path, "sha256": item.source.sha256, "bytes": item.source.bytes,
              "line": item.source.line}
    if ref.row is not None:  # reprocess: the same input, so the same identity
        return Entry(key, item.id, ref.row["content"], ref.row["derived"], kind, None, None, None, source,
                     order=order)
    derived = is_derived(item, Path(ref.root), Path(ref.path))
    return Entry(key, item.id, content_key(ctx.config_hash, item), derived, kind, None, None, None, source,
                 path=str(Path(ref.path).resolve()), sig=ref.sig, order=order)
