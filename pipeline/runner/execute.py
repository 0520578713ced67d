"""Executing a batch's tasks in two passes, on this process, a process pool or Dask.

1. Survey: each task reads its inputs, looks them up in the archive and signs the new articles'
   bodies (MinHash); no language model yet.
2. The run decides, in input order, which new article copies an earlier one (in the archive or
   earlier in the batch): copies.CopyFinder.
3. Process: each task with new inputs reads them again, runs the pipeline and writes its part files;
   the records say what they copy.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass

from pipeline.archive.batch import Entry
from pipeline.archive.copies import CopyFinder, Signature
from pipeline.runner.shard import Settings
from pipeline.runner.tasks import Context, Done, Ref, Survey, Todo, process_task, survey_task

PARENT_CHECK = 1.0  # seconds between a worker's checks that its run is still there
STOP_WAIT = 3.0  # seconds a worker has to end after SIGTERM before it is killed


def tasks_of(refs: Iterator[Ref], size: int) -> Iterator[list[Ref]]:
    """Tasks of `size` files, a JSONL slice being a task of its own."""
    task: list[Ref] = []
    for ref in refs:
        if ref.row is None and ref.path.endswith(".jsonl"):
            yield [ref]
            continue
        task.append(ref)
        if len(task) >= size:
            yield task
            task = []
    if task:
        yield task


@dataclass
class Workers:
    """Where task functions run: here (n_process 1), a process pool, or a Dask cluster."""

    n_process: int = 1
    backend: str = "local"
    scheduler: str | None = None

    def __enter__(self) -> Workers:
        self.pool = None
        if self.backend == "dask":
            from pipeline.runner.scale import DaskWorkers

            self.pool = DaskWorkers(self.n_process, self.scheduler)
        elif self.n_process > 1:
            self.pool = ProcessPoolExecutor(max_workers=self.n_process, initializer=worker_init,
                                            initargs=(os.getpid(),))
        return self

    def __exit__(self, kind, value, traceback) -> None:
        """Wait for the workers after a run; stop them at once when it was interrupted (Ctrl-C,
        SIGTERM) or failed: what they had not finished is redone when the run is resumed."""
        if isinstance(self.pool, ProcessPoolExecutor) and kind is not None:
            stop_pool(self.pool)
        elif self.pool is not None:
            self.pool.shutdown()

    def run(self, fn: Callable, calls: Iterable[tuple], on_result: Callable) -> None:
        """fn(*call) for every call, results handed over as they come (a bounded window in flight)."""
        if self.backend == "dask":
            self.pool.run(fn, calls, on_result)
            return
        if self.pool is None:
            for call in calls:
                on_result(fn(*call))
            return
        pending: set[Future] = set()
        for call in calls:
            pending.add(self.pool.submit(fn, *call))
            if len(pending) >= 2 * self.n_process:
                finished, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in finished:
                    on_result(future.result())
        for future in pending:
            on_result(future.result())


def worker_init(parent: int) -> None:
    """A pool worker leaves stopping to the run (Ctrl-C ignored, SIGTERM ends it at once), and ends
    itself when the run is gone (killed with -9): it never outlives the run by more than a second."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True, name="watch-run").start()


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK)
    os._exit(1)


def stop_pool(pool: ProcessPoolExecutor) -> None:
    """Cancel the pool's waiting tasks and end its workers now (a running task's part files are
    left unjournalled, so a resumed run redoes its articles)."""
    processes = list((pool._processes or {}).values())  # Python 3.11 has no public way to end them
    manager = pool._executor_manager_thread  # (shutdown forgets it)
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.terminate()
    for process in processes:
        process.join(STOP_WAIT)
        if process.is_alive():
            process.kill()
            process.join()
    if manager is not None:  # it closes its wake-up pipe once it sees them gone: joined, so the
        manager.join(STOP_WAIT)  # exit's wake-up call finds it closed instead of racing its close


def execute(workers: Workers, tasks: Iterator[list[Ref]], first: int, settings: Settings, ctx: Context,
            finder: CopyFinder, staged: dict[str, Entry], answered: list[Done],
            on_done: Callable[[list[Done]], None], on_counted: Callable[[int], None] | None = None) -> None:
    """Survey every task, decide the copies in input order, then process what is new. `answered`:
    the inputs the run answered without a task (it fills the list while the tasks are listed).
    `on_counted(n)`: once surveyed, before the model runs, the number of inputs of the batch."""
    surveys: list[Survey] = []
    workers.run(survey_task, ((settings, ctx, first + i, refs) for i, refs in enumerate(tasks)),
                surveys.append)
    for survey in surveys:
        if survey.done:
            on_done(survey.done)
    if on_counted is not None:
        on_counted(len(answered) + sum(len(s.done) + len(s.todo) for s in surveys))
    decide_copies(surveys, staged, answered, finder)
    calls = ((settings, ctx, s.number, s.refs, {t.key: t for t in s.todo}) for s in surveys if s.todo)
    workers.run(process_task, calls, on_done)


def decide_copies(surveys: list[Survey], staged: dict[str, Entry], answered: list[Done],
                  finder: CopyFinder) -> None:
    """For every new article in input order, the earlier article it copies (or none); the articles a
    killed run of this batch finished join the candidates in their place."""
    items: list[tuple[list, Todo | Entry]] = [(t.order, t) for s in surveys for t in s.todo]
    finished = [d for s in surveys for d in s.done] + answered
    items += [(d.entry.order, staged[d.row_key]) for d in finished
              if d.via == "staged" and d.row_key in staged]
    for _, item in sorted(items, key=lambda pair: pair[0]):
        if isinstance(item, Todo):
            if item.minhash is not None and not item.forgotten:
                item.copy = finder.find(item.key, item.id, item.minhash)
        elif item.minhash:
            finder.add(item.key, (item.copy or {}).get("of") or item.id, Signature.from_dict(item.minhash))
