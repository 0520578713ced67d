"""Orchestration: read inputs, skip what is done, process shards (in-process or in a pool), write."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path

import msgspec

from pipeline import __version__
from pipeline.nlp import model_version
from pipeline.read import Article, ReadError, read_inputs
from pipeline.record import build_error, encode
from pipeline.shard import Result, Settings, process_shard
from pipeline.write import OutputStore, Stored


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
    error_codes: dict[str, int] = field(default_factory=dict)

    def line(self) -> str:
        rate = self.articles / self.seconds if self.seconds else 0.0
        return (
            f"{self.articles} articles read: {self.records} records, {self.errors} errors "
            f"({self.processed} processed, {self.reused} already done) in {self.seconds:.1f} s, "
            f"{rate:.1f} articles/s"
        )


def config_of(settings: Settings) -> dict:
    """Everything that changes records besides the input: part of every article's key."""
    return {
        "pipeline": __version__,
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
        from pipeline.scale import run_dask

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


def run(
    inputs: list[Path], output: Path, settings: Settings, n_process: int = 1, batch_size: int = 16,
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
        items = list(read_inputs(inputs, settings.max_bytes, output=output))
        if not items:
            raise NoInputError("no .txt or .jsonl article files found in " + ", ".join(map(str, inputs)))
        summary = Summary(articles=len(items))
        known = {} if force else store.previous()
        order: list[tuple[str, Stored | None]] = []
        seen: set[str] = set()
        todo: list[tuple[str, Article]] = []
        errors: list[Result] = []
        for item in items:
            key = article_key(config_hash, item)
            if item.id in seen:
                item = ReadError(item.id, item.source, "duplicate_id",
                                 f"another input earlier in the run already has the id {item.id!r}")
                key = article_key(config_hash, item)
            seen.add(item.id)
            order.append((key, known.get(key)))
            if key in known:
                continue
            if isinstance(item, ReadError):
                errors.append(Result(key, "error", encode(build_error(item))))
            else:
                todo.append((key, item))
        summary.reused = sum(1 for _, s in order if s is not None)
        summary.processed = len(todo)
        store.open_journal()
        fresh: dict[str, Stored] = store.append(errors)

        def on_done(results: list[Result]) -> None:
            fresh.update(store.append(results))
            if progress:
                progress(len(results))

        if progress and summary.reused + len(errors):
            progress(summary.reused + len(errors))
        run_shards(todo, settings, n_process, batch_size, on_done, backend, scheduler)
        final = [(key, stored or fresh[key]) for key, stored in order]
        for _, stored in final:
            if stored.kind == "record":
                summary.records += 1
            else:
                summary.errors += 1
        summary.unchanged = not fresh and not force and is_same_run(store, final)
        summary.seconds = time.perf_counter() - started
        if summary.unchanged:
            store.commit_nothing()
        else:
            store.commit(final, manifest(items, final, config, config_hash, summary))
        return summary
    finally:
        store.release()


def is_same_run(store: OutputStore, final: list[tuple[str, Stored]]) -> bool:
    """True when the previous run's manifest lists exactly these keys in this order."""
    previous = store.read_manifest() or {}
    return [e.get("key") for e in previous.get("inputs", [])] == [key for key, _ in final]


def manifest(items: list, final: list[tuple[str, Stored]], config: dict, config_hash: str,
             summary: Summary) -> dict:
    """The run's manifest: config, counts, timings and every input with its key and outcome."""
    inputs = []
    for item, (key, stored) in zip(items, final, strict=True):
        entry = {"id": item.id, **msgspec.structs.asdict(item.source), "key": key, "kind": stored.kind}
        inputs.append(entry)
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
