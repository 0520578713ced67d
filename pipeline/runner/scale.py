"""Dask back-end: the same task functions on Dask workers.

The run sends each worker a task (input paths, byte ranges, keys) and gets back small entries (keys,
ids, part file offsets, body signatures); the workers read the inputs from the shared input path and
write their part files into the archive's staging folder themselves, so no text and no record
passes through the client. On a real cluster the inputs and the archive folder must be on a file
system every worker mounts at the same path. Imported only for `--backend dask`; install with
`pip install '.[scale]'`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable


class DaskWorkers:
    """A Dask client on a local cluster of `n_process` workers, or on a running scheduler."""

    def __init__(self, n_process: int, scheduler: str | None):
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError:
            raise RuntimeError("the dask back-end needs the scale extra: pip install '.[scale]'") from None
        if scheduler:
            self.client, self.cluster = Client(scheduler), None
        else:
            self.cluster = LocalCluster(n_workers=n_process, threads_per_worker=1, processes=True,
                                        dashboard_address=":0")
            self.client = Client(self.cluster)

    def run(self, fn: Callable, calls: Iterable[tuple], on_result: Callable) -> None:
        """fn(*call) on the workers for every call; results handed over as they finish."""
        from dask.distributed import as_completed

        futures = [self.client.submit(fn, *call, pure=False) for call in calls]
        for future in as_completed(futures):
            on_result(future.result())

    def shutdown(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()
