"""Throughput ratios measured in one run: our pipeline end to end vs bare spaCy on the same texts.

    .venv/bin/python benchmarks/throughput.py [--limit N] [--bbc DIR]

DIR is a folder of BBC News articles, one .txt each (2,225 in the project's bench data, which is
not in this repository: research use only); by default $PIPELINE_BENCH_DIR/bbc.

Prints words/s of bare `nlp.pipe` with the full en_core_web_sm pipeline (one process) and of
`pipeline run` (read, all stages, JSONL written) with 1 and 2 processes, the ratios, peak memory,
and the time of a re-run over the unchanged folder. It also prints bare spaCy with the model's
matrix products through numpy's BLAS, as our pipeline runs them, to show what that choice alone
is worth. Ratios, not absolute times, are the result:
the machine is shared and noisy.

`pipeline run` is timed warm, as a user sees it from the second run on (the bare rows time only
`nlp.pipe`, after the load): on a compiled copy of the package (as pip installs it; with
PYTHONDONTWRITEBYTECODE set, the checkout's modules would be compiled from source at every start,
0.5 s) and with its tables in a cache folder of its own, filled by an untimed run over the same
articles (some tables load only for the articles that need them; the user's cache folder is
shared with other checkouts, whose runs may have replaced the tables). The re-run row is timed in
this process, on the checkout itself.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pipeline
from pipeline.nlp.loader import DEFAULT_MODEL, load
from pipeline.runner.run import run
from pipeline.runner.shard import Settings


def bare_words_per_second(texts: list[str], words: int, numpy_blas: bool = False) -> float:
    """Bare `spacy.load` + `nlp.pipe`; with numpy_blas, the model's matrix products go through
    numpy's BLAS on one thread as in our pipeline (to show what that choice alone gives)."""
    nlp = load(DEFAULT_MODEL, numpy_blas)
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=64):
        pass
    return words / (time.perf_counter() - start)


def descendants(root: int) -> list[int]:
    """The process and all its descendants, from /proc."""
    parents: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            parents.setdefault(ppid, []).append(int(entry.name))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(parents.get(pid, []))
    return found


def peak_rss_mb(pid: int) -> int:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
        return int(status.split("VmHWM:")[1].split()[0]) // 1024
    except (OSError, IndexError):
        return 0


def timed(command: list[str], interval: float = 0.5, env: dict[str, str] | None = None) -> tuple[float, int]:
    """Wall time of a command and the highest peak RSS (MB) of any one of its processes, sampled
    from /proc."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, env=env, cwd=tempfile.gettempdir())
    peak = 0
    while proc.poll() is None:
        peak = max([peak] + [peak_rss_mb(pid) for pid in descendants(proc.pid)])
        time.sleep(interval)
    if proc.returncode:
        raise SystemExit(f"{' '.join(command[2:4])} failed with exit status {proc.returncode}")
    return time.perf_counter() - start, peak


def ours_seconds(folder: Path, out: Path, n_process: int, env: dict[str, str] | None = None
                 ) -> tuple[float, int]:
    """Wall time of a fresh `pipeline run` in a subprocess (model load included, as a user sees it)
    and its peak RSS."""
    shutil.rmtree(out, ignore_errors=True)
    return timed([sys.executable, "-m", "pipeline", "run", str(folder), "-o", str(out), "-n", str(n_process)],
                 env=env)


def warm_env(tmp: Path, articles: list[Path]) -> dict[str, str]:
    """The environment of a warm `pipeline run` (module docstring): a compiled copy of the package
    first on the path (run from a folder with no other copy) and a table cache of its own, filled
    by an untimed run over `articles`."""
    package = Path(pipeline.__file__).parent
    code = tmp / "code"
    shutil.copytree(package, code / package.name, ignore=shutil.ignore_patterns("__pycache__"))
    path = os.pathsep.join(filter(None, [str(code), os.environ.get("PYTHONPATH")]))
    env = {**os.environ, "PYTHONPATH": path, "PIPELINE_CACHE_DIR": str(tmp / "tables")}
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(code)], env=env, check=True,
                   stdout=subprocess.DEVNULL)
    some = tmp / "warm-in"
    some.mkdir()
    for article in articles:
        shutil.copy(article, some / article.name)
    subprocess.run([sys.executable, "-m", "pipeline", "run", str(some), "-o", str(tmp / "warm-out")], env=env,
                   check=True, stdout=subprocess.DEVNULL, cwd=tmp)
    return env


BENCH_ENV = "PIPELINE_BENCH_DIR"
BATCH_BLOCK = re.compile(rb',"batch":\{"id":"[^"]*","started":"[^"]*"\}')


def without_batch(data: bytes) -> bytes:
    """Records without their `batch` block (which batch made them and when), to compare two runs."""
    return BATCH_BLOCK.sub(b"", data)


def bench_files(bbc: Path | None, limit: int = 0) -> list[Path]:
    """The .txt articles of the BBC folder (--bbc, else $PIPELINE_BENCH_DIR/bbc); exits with one
    line saying what to do when there is none."""
    if bbc is None:
        if not os.environ.get(BENCH_ENV):
            raise SystemExit(f"error: no BBC articles: pass --bbc DIR, or set {BENCH_ENV} to the bench "
                             "data folder that holds bbc/ (it is not part of this repository)")
        bbc = Path(os.environ[BENCH_ENV]) / "bbc"
    if not bbc.is_dir():
        raise SystemExit(f"error: the BBC folder {bbc} does not exist (--bbc DIR or {BENCH_ENV})")
    files = sorted(bbc.glob("*.txt"))
    if not files:
        raise SystemExit(f"error: no .txt articles in {bbc}")
    return files[:limit] if limit else files


def bench_parser(doc: str | None) -> argparse.ArgumentParser:
    """The options every benchmark takes: --bbc DIR and --limit N."""
    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bbc", type=Path, help=f"folder of .txt articles [${BENCH_ENV}/bbc]")
    parser.add_argument("--limit", type=int, default=0, help="use only the first N files (0: all)")
    return parser


def main() -> None:
    args = bench_parser(__doc__).parse_args()
    files = bench_files(args.bbc, args.limit)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        for f in files:
            shutil.copy(f, folder / f.name)
        texts = [f.read_text(encoding="utf-8") for f in files]
        words = sum(len(t.split()) for t in texts)
        print(f"{len(files)} articles, {words:,} words")
        env = warm_env(Path(tmp), files)
        bare = bare_words_per_second(texts, words)
        print(f"bare spaCy full pipeline, nlp.pipe, 1 process: {bare:,.0f} words/s")
        one, peak_one = ours_seconds(folder, Path(tmp) / "out1", 1, env)
        print(f"ours, 1 process: {words / one:,.0f} words/s   ratio vs bare: {words / one / bare:.2f}")
        bare_numpy = bare_words_per_second(texts, words, numpy_blas=True)
        print(f"bare spaCy with numpy BLAS as ours uses it: {bare_numpy:,.0f} words/s   "
              f"ours vs that: {words / one / bare_numpy:.2f}")
        two, peak_two = ours_seconds(folder, Path(tmp) / "out2", 2, env)
        print(f"ours, 2 processes: {words / two:,.0f} words/s   ratio vs 1 process: {one / two:.2f}")
        print(f"peak RSS of the busiest process: -n 1 {peak_one:,} MB, -n 2 {peak_two:,} MB")
        same = all(without_batch((Path(tmp) / "out1" / n).read_bytes())
                   == without_batch((Path(tmp) / "out2" / n).read_bytes())
                   for n in ("records.jsonl", "errors.jsonl"))
        print(f"output byte-identical for -n 1 and -n 2: {same}")
        start = time.perf_counter()
        run([folder], Path(tmp) / "out1", Settings())
        again = time.perf_counter() - start
        print(f"re-run over the unchanged folder: {again:.2f} s = {100 * again / one:.1f}% of the first run")


if __name__ == "__main__":
    main()
