"""Dask back-end: the same task function on Dask workers.

The run sends each worker a task (input paths, byte ranges, keys) and gets back small entries (keys,
ids, part file offsets); the workers read the inputs from the shared input path and write their part
files into the archive's staging folder themselves, so no text and no record passes through the
client. On a real cluster the inputs and the archive folder must be on a file system every worker
mounts at the same path. Imported only for `--backend dask`; install with `pip install '.[scale]'`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from pipeline.runner.shard import Settings
from pipeline.runner.tasks import Context, Done, Ref, run_task


def run_dask(
    tasks: Iterable[tuple[int, list[Ref]]], settings: Settings, ctx: Context, n_process: int,
    scheduler: str | None, on_done: Callable[[list[Done]], None],
) -> None:
    """Run the tasks on a Dask cluster (a local one by default), handing results over as they finish."""
    try:
        from dask.distributed import Client, LocalCluster, as_completed
    except ImportError:
        raise RuntimeError("the dask back-end needs the scale extra: pip install '.[scale]'") from None
    tasks = list(tasks)
    if not tasks:
        return
    if scheduler:
        client, cluster = Client(scheduler), None
    else:
        cluster = LocalCluster(n_workers=n_process, threads_per_worker=1, processes=True,
                               dashboard_address=":0")
        client = Client(cluster)
    try:
        futures = [client.submit(run_task, number, refs, settings, ctx, pure=False) for number, refs in tasks]
        for future in as_completed(futures):
            on_done(future.result())
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
