"""Orchestration: read inputs, skip what is done, process shards (in-process or in a pool), write."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path

import msgspec

from pipeline import __version__
from pipeline.ingest.read import Article, ReadError, read_inputs
from pipeline.nlp.loader import model_version
from pipeline.record.build import build_error, encode
from pipeline.record.types import Source
from pipeline.runner.shard import Result, Settings, process_shard
from pipeline.runner.write import OutputStore, Stored


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

    def line(self) -> str:
        rate = self.articles / self.seconds if self.seconds else 0.0
        return (
            f"{self.articles} articles read: {self.records} records, {self.errors} errors "
            f"({self.processed} processed, {self.reused} already done) in {self.seconds:.1f} s, "
            f"{rate:.1f} articles/s"
        )


def code_digest() -> str:
    """Digest of the package's own code and data, so that any change to them redoes the articles."""
    package = Path(__file__).parent.parent
    files = sorted(p for p in package.rglob("*") if p.suffix in (".py", ".json", ".html") and p.is_file())
    sha = hashlib.sha256()
    for path in files:
        sha.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    return sha.hexdigest()[:16]


def config_of(settings: Settings) -> dict:
    """Everything that changes records besides the input: part of every article's key."""
    return {
        "pipeline": __version__,
        "code": code_digest(),
        "model": settings.model,
        "model_version": model_version(settings.model),
        "with_text": settings.with_text,
        "published": settings.published,
        "max_bytes": settings.max_bytes,
    }


def digest(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()


def article_key(config_hash: str, item: Article | ReadError) -> str:
    """Key of one input: changes when its bytes, its metadata, its id or the config change."""
    extra = item.key_parts if isinstance(item, Article) else item.error
    return digest(config_hash, item.id, item.source.sha256, str(item.source.line), extra)


def shards(items: Iterable[tuple[str, Article]], size: int) -> Iterator[list[tuple[str, Article]]]:
    shard: list[tuple[str, Article]] = []
    for item in items:
        shard.append(item)
        if len(shard) >= size:
            yield shard
            shard = []
    if shard:
        yield shard


def run_shards(
    todo: list[tuple[str, Article]], settings: Settings, n_process: int, batch_size: int,
    on_done: Callable[[list[Result]], None], backend: str = "local", scheduler: str | None = None,
) -> None:
    """Process shards in this process, in a pool of `n_process` workers (a bounded window at a time),
    or on Dask."""
    if backend == "dask":
        from pipeline.runner.scale import run_dask

        run_dask(list(shards(todo, batch_size)), settings, n_process, scheduler, on_done)
        return
    if n_process <= 1:
        for shard in shards(todo, batch_size):
            on_done(process_shard(shard, settings))
        return
    with ProcessPoolExecutor(max_workers=n_process) as pool:
        pending: set[Future] = set()
        for shard in shards(todo, batch_size):
            pending.add(pool.submit(process_shard, shard, settings))
            if len(pending) >= 2 * n_process:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    on_done(future.result())
        for future in pending:
            on_done(future.result())


@dataclass
class Entry:
    """One input in run order: its id and source for the manifest, its key, and where its line is."""

    id: str
    source: Source
    key: str
    stored: Stored | None = None


class Planner:
    """Streams the inputs: reused articles are only noted, read errors journalled at once, and the
    articles to process yielded one by one, so the run holds no article text beyond its shards."""

    def __init__(self, config_hash: str, known: dict[str, Stored], store: OutputStore):
        self.config_hash, self.known, self.store = config_hash, known, store
        self.entries: list[Entry] = []
        self.fresh: dict[str, Stored] = {}
        self.seen: set[str] = set()
        self.processed = 0

    def todo(self, items: Iterable[Article | ReadError]) -> Iterator[tuple[str, Article]]:
        for item in items:
            key = article_key(self.config_hash, item)
            if item.id in self.seen:
                item = ReadError(item.id, item.source, "duplicate_id",
                                 f"another input earlier in the run already has the id {item.id!r}")
                key = article_key(self.config_hash, item)
            self.seen.add(item.id)
            self.entries.append(Entry(item.id, item.source, key, self.known.get(key)))
            if key in self.known:
                continue
            if isinstance(item, ReadError):
                self.fresh.update(self.store.append([Result(key, "error", encode(build_error(item)))]))
            else:
                self.processed += 1
                yield key, item


def run(
    inputs: list[Path], output: Path, settings: Settings, n_process: int = 1, batch_size: int = 64,
    force: bool = False, progress: Callable[[int], None] | None = None, backend: str = "local",
    scheduler: str | None = None,
) -> Summary:
    """Run the whole pipeline over the inputs into the output folder; return the summary."""
    started = time.perf_counter()
    config = config_of(settings)
    config_hash = digest(json.dumps(config, sort_keys=True))
    store = OutputStore(output)
    store.acquire()
    try:
        planner = Planner(config_hash, {} if force else store.previous(), store)
        store.open_journal()

        def on_done(results: list[Result]) -> None:
            planner.fresh.update(store.append(results))
            if progress:
                progress(len(results))

        todo = planner.todo(read_inputs(inputs, settings.max_bytes, output=output))
        run_shards(todo, settings, n_process, batch_size, on_done, backend, scheduler)
        if not planner.entries:
            raise NoInputError("no .txt or .jsonl article files found in " + ", ".join(map(str, inputs)))
        for entry in planner.entries:
            entry.stored = entry.stored or planner.fresh[entry.key]
        summary = Summary(articles=len(planner.entries), processed=planner.processed)
        summary.records = sum(1 for e in planner.entries if e.stored.kind == "record")
        summary.errors = summary.articles - summary.records
        summary.reused = sum(1 for e in planner.entries if e.key in planner.known)
        summary.unchanged = not planner.fresh and not force and is_same_run(store, planner.entries)
        summary.seconds = time.perf_counter() - started
        if summary.unchanged:
            store.drop_journal()
        else:
            final = [(e.key, e.stored) for e in planner.entries]
            store.commit(final, manifest(planner.entries, config, config_hash, summary))
        return summary
    finally:
        store.release()


def is_same_run(store: OutputStore, entries: list[Entry]) -> bool:
    """True when the previous run's manifest lists exactly these keys in this order."""
    previous = store.read_manifest() or {}
    return [e.get("key") for e in previous.get("inputs", [])] == [e.key for e in entries]


def manifest(entries: list[Entry], config: dict, config_hash: str, summary: Summary) -> dict:
    """The run's manifest: config, counts, timings and every input with its key and outcome."""
    inputs = [{"id": e.id, **msgspec.structs.asdict(e.source), "key": e.key, "kind": e.stored.kind}
              for e in entries]
    return {
        "format": 1,
        "config": config,
        "config_hash": config_hash,
        "finished": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
        "counts": {"articles": summary.articles, "records": summary.records, "errors": summary.errors,
                   "processed": summary.processed, "reused": summary.reused},
        "timings": {"seconds": round(summary.seconds, 3),
                    "articles_per_second": round(summary.articles / summary.seconds, 2)
                    if summary.seconds else None},
        "inputs": inputs,
    }
