"""The worker's side of a run: a task names input files (or line ranges of a JSONL dump); the worker
reads them, looks their keys up in the archive's index, processes what is new and writes the lines to
its own part files. Only small entries (keys, ids, offsets) go back to the run, never texts or
records, so the same function serves this process, a process pool and Dask workers.
"""

from __future__ import annotations

import functools
import json
from dataclasses import asdict, dataclass
from pathlib import Path

import msgspec

from pipeline.archive.batch import BATCHES, MANIFEST, Entry, PartWriter
from pipeline.archive.copies import Copy, Signature, signature
from pipeline.archive.index import Index
from pipeline.ingest import dateline
from pipeline.ingest.discover import Found
from pipeline.ingest.read import Article, ReadError, not_read, read_jsonl, read_txt
from pipeline.record.build import build_error, encode, reuse_record
from pipeline.record.types import Source
from pipeline.runner.keys import article_key, code_digest, content_key, is_derived, path_key, same_file
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
    follow: bool = False  # named as an input: a symbolic link is followed wherever it leads
    problem: tuple | None = None  # a path not read: (error code, message)
    folder: bool = False  # the path not read is a folder


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
    if ref.problem is not None:
        return [([ref.pos, 0], not_read(Found(root, path, ref.follow, ref.folder, ref.problem)))]
    if path.suffix != ".jsonl":
        return [([ref.pos, 0], read_txt(root, path, max_bytes, ref.follow))]
    return [([ref.pos, item.source.line or 0], item)
            for item in read_jsonl(root, path, max_bytes, ref.follow, ref.start, ref.end, ref.first)]


@dataclass
class Todo:
    """An input of a task to process, and what the run decided about it."""

    order: list
    key: str
    id: str
    minhash: Signature | None = None
    forgotten: bool = False  # taken down: it ends as a `forgotten` error
    copy: Copy | None = None  # the earlier article it copies (decided by the run, in input order)


@dataclass
class Survey:
    """What a task's inputs are: answered at once (known, alias, staged), or to process."""

    number: int
    refs: list[Ref]
    done: list[Done]
    todo: list[Todo]


def _read(refs: list[Ref], settings: Settings, ctx: Context) -> tuple[list, list[str]]:
    items = [(order, item, ref) for ref in refs for order, item in read_ref(ref, settings.max_bytes)]
    keys = [ref.row["key"] if ref.row else article_key(ctx.config_hash, item) for _, item, ref in items]
    return items, keys


def survey_task(settings: Settings, ctx: Context, number: int, refs: list[Ref]) -> Survey:
    """Read a task's inputs, look them up in the archive, and sign the new articles (no NLP yet)."""
    items, keys = _read(refs, settings, ctx)
    index = Index(Path(ctx.index), readonly=True) if ctx.index and not ctx.force else None
    survey = Survey(number, refs, [], [])
    try:
        known = index.known(keys) if index else {}
        dup_rows = index.known(duplicate_key(ctx.config_hash, item) for _, item, _ in items) if index else {}
        for (order, item, ref), key in zip(items, keys, strict=True):
            entry = _entry(ctx, key, item, ref, order)
            via, row_key = _answer(index, known, dup_rows, ctx, item, entry, ref)
            if via:
                survey.done.append(Done(entry, via, row_key))
                continue
            forgotten = key in known  # known but not answered: taken down
            sig = signature(item.text) if isinstance(item, Article) and not forgotten else None
            survey.todo.append(Todo(order, key, item.id, sig, forgotten))
    finally:
        if index is not None:
            index.close()
    return survey


def _answer(index: Index | None, known: dict, dup_rows: dict, ctx: Context, item: Article | ReadError,
            entry: Entry, ref: Ref) -> tuple[str | None, str | None]:
    """How an input is answered without processing: (via, archive key), or (None, None)."""
    if entry.key in ref.staged:
        return "staged", entry.key
    row = known.get(entry.key)
    if row is None and index is not None and entry.derived:
        same = (r for r in index.by_content(entry.content) if r.derived and same_file(item.id, r.id))
        alias = next(same, None)
        if alias is not None:
            return "alias", alias.key
    if row is not None and row.status != "forgotten":
        return "known", entry.key
    twin = duplicate_key(ctx.config_hash, item)
    if row is None and twin in dup_rows:  # a duplicate id an earlier run reported
        return "known", twin
    return None, None


def process_task(settings: Settings, ctx: Context, number: int, refs: list[Ref], plan: dict[str, Todo]
                 ) -> list[Done]:
    """Process the inputs of a task the run planned (`plan`: key -> Todo) and write their lines to
    the task's own part files."""
    items, keys = _read(refs, settings, ctx)
    todo = []
    for i, ((_, item, _), key) in enumerate(zip(items, keys, strict=True)):
        if key not in plan:
            continue
        if plan[key].forgotten:
            item = ReadError(item.id, item.source, "forgotten",
                             "this article was taken down with `pipeline forget`; it is not processed")
        elif isinstance(item, Article) and plan[key].copy is not None:
            item.meta["duplicate_of"] = plan[key].copy.of
            item.meta["duplicate_similarity"] = plan[key].copy.similarity
        todo.append((i, key, item))
    reused = reuse_exact(todo, plan, settings, ctx)
    articles = [(key, item) for _, key, item in todo if isinstance(item, Article) and key not in reused]
    results = {r.key: r for r in process_shard(articles, settings)} if articles else {}
    writer = PartWriter(Path(ctx.folder), number)
    out = []
    for i, key, item in todo:
        if key in reused:
            kind, line = "record", reused[key]
        elif isinstance(item, Article):
            kind, line = results[key].kind, results[key].line
        else:
            kind, line = "error", encode(build_error(item, batch=settings.batch))
        order, _, ref = items[i]
        entry = _entry(ctx, key, item, ref, order)
        entry.kind = kind
        entry.part, entry.line, entry.offset, entry.length = writer.write(kind, line)
        entry.minhash = plan[key].minhash.to_dict() if plan[key].minhash else None
        entry.copy = asdict(plan[key].copy) if plan[key].copy else None
        out.append(Done(entry, processed=isinstance(item, Article) and key not in reused))
    writer.close()
    return out


def reuse_exact(todo: list, plan: dict[str, Todo], settings: Settings, ctx: Context) -> dict[str, bytes]:
    """Record lines of the exact copies of archived articles, taken from their originals instead of
    running the model again: same text, same reference date, same configuration and code."""
    wanted = {key: plan[key].copy for _, key, item in todo
              if isinstance(item, Article) and plan[key].copy is not None and plan[key].copy.exact}
    if not wanted or not ctx.index:
        return {}
    index = Index(Path(ctx.index), readonly=True)
    try:
        rows = index.known(c.key for c in wanted.values())
    finally:
        index.close()
    batches, out = Path(ctx.index).parent / BATCHES, {}
    for _, key, item in todo:
        row = rows.get(wanted[key].key) if key in wanted else None
        if row is None or row.part is None or row.kind != "record":
            continue
        if not _same_build(batches / row.batch, ctx):
            continue
        with (batches / row.batch / row.part).open("rb") as fh:
            fh.seek(row.offset)
            original = msgspec.json.decode(fh.read(row.length))
        meta = dateline.header_meta(item.meta, item.text, settings.published)
        if meta.get("published") != original["meta"].get("published"):
            continue  # another reference date: its dates would differ
        item.meta = {**meta, "language": original["meta"].get("language", "en")}
        out[key] = encode(reuse_record(original, item, settings.with_text, settings.batch))
    return out


@functools.lru_cache(maxsize=64)
def _batch_config(folder: Path) -> tuple[str, str]:
    manifest = json.loads((folder / MANIFEST).read_bytes())
    return str(manifest.get("config_hash")), str(manifest.get("config", {}).get("code"))


def _same_build(folder: Path, ctx: Context) -> bool:
    """The batch was made with this configuration and this code."""
    try:
        return _batch_config(folder) == (ctx.config_hash, code_digest())
    except (OSError, ValueError, AttributeError):
        return False


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
                 path=path_key(Path(ref.path)), sig=ref.sig, order=order)
