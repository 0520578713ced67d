"""runner.execute.stop_pool: a pool stopped mid-run leaves no live worker and no running manager
thread whose wake-up pipe the interpreter's exit could race (that race printed an OSError traceback
after Ctrl-C under load)."""

from __future__ import annotations

import time
from concurrent.futures import ProcessPoolExecutor

from pipeline.runner.execute import stop_pool


def test_a_stopped_pool_has_no_worker_and_no_manager_left():
    pool = ProcessPoolExecutor(max_workers=2)
    for _ in range(4):
        pool.submit(time.sleep, 30)
    workers, manager = list(pool._processes.values()), pool._executor_manager_thread
    stop_pool(pool)
    assert not any(p.is_alive() for p in workers)
    assert not manager.is_alive()
