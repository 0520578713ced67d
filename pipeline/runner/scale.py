"""Dask back-end: the same shard function over a Dask bag of article lists.

Imported only when `--backend dask` is asked for; install with `pip install '.[scale]'`.
"""

from __future__ import annotations

from collections.abc import Callable

from pipeline.ingest.read import Article
from pipeline.runner.shard import Result, Settings, process_shard


def run_dask(
    shard_list: list[list[tuple[str, Article]]], settings: Settings, n_process: int,
    scheduler: str | None, on_done: Callable[[list[Result]], None],
) -> None:
    """Process the shards on a Dask cluster (a local one by default), handing results over as they finish."""
    try:
        import dask.bag as db
        from dask.distributed import Client, LocalCluster, as_completed
    except ImportError:
        raise RuntimeError("the dask back-end needs the scale extra: pip install '.[scale]'") from None
    if not shard_list:
        return
    if scheduler:
        client, cluster = Client(scheduler), None
    else:
        cluster = LocalCluster(n_workers=n_process, threads_per_worker=1, processes=True,
                               dashboard_address=":0")
        client = Client(cluster)
    try:
        bag = db.from_sequence(shard_list, partition_size=1).map(process_shard, settings)
        futures = client.compute(bag.to_delayed())
        for future in as_completed(futures):
            for results in future.result():
                on_done(results)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
