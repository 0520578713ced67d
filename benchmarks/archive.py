"""Archive costs, as ratios measured in one run (the machine is shared and noisy).

    .venv/bin/python benchmarks/archive.py [--bbc DIR] [--limit N]

1. Adding a batch of 10 new articles to an archive of the BBC articles (2,225 with the project's
   bench data) vs adding the same 10 to an empty output: wall time of `pipeline run` as a user runs
   it (model load included), and the peak RSS of the run.
2. `pipeline records` over that archive: records streamed per second.
3. A synthetic index of 1,000,000 articles: the look-ups of a 1,000-article batch (keys, and the
   unchanged-file cache), in seconds.
DIR defaults to $PIPELINE_BENCH_DIR/bbc (see throughput.py).
"""

from __future__ import annotations

import hashlib
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from throughput import bench_files, bench_parser, timed  # noqa: E402

from pipeline.archive.index import Index  # noqa: E402
from pipeline.archive.reader import lines  # noqa: E402


def timed_run(folder: Path, out: Path, *extra: str) -> tuple[float, int]:
    """Wall time and peak RSS (MB, the busiest process) of `pipeline run folder -o out`."""
    return timed([sys.executable, "-m", "pipeline", "run", str(folder), "-o", str(out), *extra], 0.05)


def add_ten(files: list[Path], tmp: Path, archive: Path) -> None:
    """Ten new articles into the big archive and into an empty output, alternately, best of three."""
    big, empty, rss_big, rss_empty = [], [], 0, 0
    for trial in range(3):
        new = tmp / f"new{trial}"
        new.mkdir()
        for i, f in enumerate(files[:10]):
            text = f.read_text(encoding="utf-8")
            text += f"\nUpdated in trial {trial}.\n"
            (new / f"new_{trial}_{i}.txt").write_text(text, encoding="utf-8")
        seconds, peak = timed_run(new, archive)
        big.append(seconds)
        rss_big = max(rss_big, peak)
        out = tmp / f"empty{trial}"
        seconds, peak = timed_run(new, out)
        empty.append(seconds)
        rss_empty = max(rss_empty, peak)
        shutil.rmtree(out)
    print(f"10 new articles into the archive: {min(big):.2f} s; into an empty output: {min(empty):.2f} s; "
          f"ratio {min(big) / min(empty):.2f} (target <= 1.5)")
    print(f"peak RSS: {rss_big} MB into the archive, {rss_empty} MB into an empty output "
          f"(ratio {rss_big / max(rss_empty, 1):.2f})")


def stream_rate(archive: Path) -> None:
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-m", "pipeline", "records", str(archive)], capture_output=True,
                         check=True).stdout
    seconds = time.perf_counter() - start
    count = out.count(b"\n")
    print(f"pipeline records: {count:,} records, {len(out) / 1e6:,.0f} MB in {seconds:.2f} s "
          f"= {count / seconds:,.0f} records/s, process start included")
    start = time.perf_counter()
    count = sum(1 for _ in lines(archive))
    seconds = time.perf_counter() - start
    print(f"the same stream without the process start: {count / seconds:,.0f} records/s (target >= 20,000)")


def synthetic_index(tmp: Path, size: int = 1_000_000, batch: int = 1_000) -> None:
    """Look-ups of a 1,000-article batch in an index of a million articles."""
    index = Index(tmp / "synthetic.sqlite", create=True)
    keys = [hashlib.sha256(str(i).encode()).hexdigest() for i in range(size)]
    with index.transaction() as db:
        db.executemany("INSERT INTO articles VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", (
            (k, f"article/{i}", k, 1, "record", f"{i // 10_000:06d}", i % 10_000, "records-t00000.jsonl",
             i % 10_000, 0, 100, "current", "{}", None) for i, k in enumerate(keys)))
        db.executemany("INSERT INTO files VALUES (?, ?, ?, ?)",
                       ((f"/inbox/{i}.txt", "cfg", f"100:{i}", k) for i, k in enumerate(keys)))
    wanted = random.Random(1).sample(range(size), batch)
    start = time.perf_counter()
    found = index.known([keys[i] for i in wanted])
    cached = [index.file_keys(f"/inbox/{i}.txt", "cfg", f"100:{i}") for i in wanted]
    content = [index.by_content(keys[i]) for i in wanted[:100]]
    seconds = time.perf_counter() - start
    assert len(found) == batch and all(cached) and all(content)
    print(f"synthetic index of {size:,} articles: the look-ups of a {batch:,}-article batch took "
          f"{seconds:.3f} s (target < 1 s)")
    index.close()


def main() -> None:
    parser = bench_parser(__doc__)
    args = parser.parse_args()
    files = bench_files(args.bbc, args.limit)
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        folder = tmp / "bbc"
        folder.mkdir()
        for f in files:
            shutil.copy(f, folder / f.name)
        archive = tmp / "archive"
        seconds, _ = timed_run(folder, archive, "-n", "2")
        print(f"archive of {len(files):,} articles built in {seconds:.0f} s")
        add_ten(files, tmp, archive)
        stream_rate(archive)
        synthetic_index(tmp)


if __name__ == "__main__":
    main()
