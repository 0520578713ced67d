"""Progress: the inputs are counted before the model runs, so the bar has a total and a time left."""

import io
import json

from pipeline.runner.run import run
from pipeline.runner.shard import Settings

SETTINGS = Settings()


class Recorder:
    def __init__(self):
        self.calls: list[tuple[int, int | None]] = []

    def __call__(self, n: int, total: int | None = None) -> None:
        self.calls.append((n, total))


def inbox(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in (("a", "Oil rose 3% on Monday."), ("b", "Gold fell in London."), ("c", "   ")):
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [json.dumps({"id": f"d{i}", "text": f"Story {i} from Oslo."}) for i in range(2)]
    (folder / "dump.jsonl").write_text("\n".join(lines) + "\n\n", encoding="utf-8")
    return folder


def test_the_total_comes_before_the_model_runs_and_the_counts_add_up(tmp_path):
    folder, out = inbox(tmp_path), tmp_path / "out"
    first = Recorder()
    summary = run([folder], out, SETTINGS, progress=first)
    [(at, total)] = [(k, t) for k, (_, t) in enumerate(first.calls) if t is not None]
    assert total == summary.articles == 5  # 3 files (one empty: an error) and 2 dump lines
    assert first.calls[:at + 1] == [(0, 5)]  # counted before any input was done
    assert sum(n for n, _ in first.calls) == total

    again = Recorder()
    run([folder], out, SETTINGS, progress=again)  # everything known: counted, done at once
    assert again.calls == [(5, 5)]


def test_the_bar_shows_the_total_and_the_time_left_at_the_pace_since_the_count(monkeypatch):
    from pipeline import cli

    clock = iter([100.0, 110.0])  # counted at 100 s; 4 more done 10 s later
    monkeypatch.setattr(cli.time, "monotonic", lambda: next(clock))
    monkeypatch.setattr(cli.sys, "stderr", io.StringIO())
    monkeypatch.setattr(cli.sys.stderr, "isatty", lambda: True)
    with cli.progress_bar() as update:
        task = update.__self__.progress.tasks[0]
        update(1)
        assert (task.description, task.total, task.completed, task.fields["left"]) == \
            ("reading inputs", None, 1, "")
        update(2, total=11)
        assert (task.description, task.total, task.completed, task.fields["left"]) == \
            ("articles", 11, 3, "-:--:-- left")
        update(4)
        assert (task.completed, task.fields["left"]) == (7, "0:00:10 left")  # 4 left at 0.4 a second


def test_time_left_reads_hours_minutes_seconds(monkeypatch):
    from pipeline import cli

    monkeypatch.setattr(cli.time, "monotonic", lambda: 1000.0)
    assert cli.time_left(0.0, 0, 10, 147) == "3:48:20 left"  # 137 left at 100 s each
    assert cli.time_left(0.0, 5, 5, 147) == "-:--:-- left"  # nothing done since the count
