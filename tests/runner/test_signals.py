"""SIGTERM and Ctrl-C stop a run with a process pool, workers included, and the run resumes; a run
killed with -9 leaves no worker behind."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import without_batch


def children(pid: int) -> list[int]:
    """Processes whose parent is `pid` (Linux /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def gone_within(pids: list[int], seconds: float) -> list[int]:
    """The processes still alive after `seconds` (at most)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and any(alive(p) for p in pids):
        time.sleep(0.1)
    return [p for p in pids if alive(p)]


def articles(folder: Path, n: int = 160) -> None:
    """Enough articles that a loaded test process, slow to see the journal, still signals the run
    before it ends (with 16, and once with 48, a run finished first and exited 0)."""
    folder.mkdir()
    for i in range(n):
        (folder / f"a{i:02}.txt").write_text(
            f'Story {i}. "We will spend ${i} million," Mr. Smith said on Monday in Paris. ' * 20,
            encoding="utf-8")


def command(folder: Path, out: Path, model: Path, n: str = "2") -> list[str]:
    return [sys.executable, "-m", "pipeline", "run", str(folder), "-o", str(out), "-n", n, "-b", "1",
            "-m", str(model)]


def start_then_wait_for_journal(folder: Path, out: Path, model: Path, log: Path, lines: int = 3):
    """Start a run with two workers and wait until it has journalled `lines` finished articles."""
    proc = subprocess.Popen(command(folder, out, model), stdout=subprocess.DEVNULL, stderr=log.open("wb"))
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        journals = list(out.glob(".staging/*/journal.jsonl"))
        if journals and journals[0].read_bytes().count(b"\n") >= lines:
            break
        time.sleep(0.05)
    assert proc.poll() is None, "the run ended before it could be interrupted"
    workers = children(proc.pid)
    assert len(workers) >= 2
    return proc, workers


@pytest.fixture(scope="module")
def inputs(tmp_path_factory, toy_model) -> tuple[Path, Path]:
    """A folder of articles and the output of an uninterrupted run over it."""
    root = tmp_path_factory.mktemp("signals")
    folder, reference = root / "in", root / "ref"
    articles(folder)
    subprocess.run(command(folder, reference, toy_model, n="1"), check=True, stdout=subprocess.DEVNULL)
    return folder, reference


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_stops_the_run_and_its_workers_and_the_run_resumes(tmp_path, toy_model, inputs, sig):
    (folder, reference), out = inputs, tmp_path / "out"
    proc, workers = start_then_wait_for_journal(folder, out, toy_model, tmp_path / "log")
    proc.send_signal(sig)
    # Generous bounds: the machine running the suite is shared, and a loaded worker may take a
    # few seconds to finish its batch; what is tested is that the run stops, not how fast.
    assert proc.wait(timeout=60) == 128 + sig
    assert gone_within(workers, 20) == []
    said = (tmp_path / "log").read_text("utf-8")
    assert "Traceback" not in said and "run the same run command again to resume" in said
    subprocess.run(command(folder, out, toy_model), check=True, stdout=subprocess.DEVNULL)
    for name in ("records.jsonl", "errors.jsonl"):
        assert without_batch((out / name).read_bytes()) == without_batch((reference / name).read_bytes())
    inputs = json.loads((out / "manifest.json").read_text("utf-8"))["inputs"]
    assert sum(i["via"] == "staged" for i in inputs) >= 3  # what the interrupted run finished is kept


@pytest.mark.slow
def test_workers_end_when_the_run_is_killed(tmp_path, toy_model, inputs):
    folder, out = inputs[0], tmp_path / "out"
    proc, workers = start_then_wait_for_journal(folder, out, toy_model, tmp_path / "log", lines=1)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert gone_within(workers, 20) == []
