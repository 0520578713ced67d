"""A very long article is processed in bounded memory (the model sees one window at a time)."""

import subprocess
import sys
import time
from pathlib import Path

import pytest

SENTENCES = [
    "Mayor {name} said on {day} that the council would spend ${n} million on {n2} new homes.",
    "\"We have waited {n2} years for this,\" said {name}, who chairs the tenants' group.",
    "Prices rose {n}% in {month}, the statistics office said, the fastest rise since {year}.",
    "The {n2}-kilometre line will open in {month} {year}, {name} told reporters in Harwick.",
]
NAMES = ["Ann Lee", "Rustem Kaldor", "Mira Olsen", "Tomas Berg", "Lena Ruiz", "Omar Haddad"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "March", "June", "September", "November"]


def prose(size: int) -> str:
    """Ordinary-looking news prose of about `size` characters, in paragraphs of three sentences."""
    paragraphs, length, i = [], 0, 0
    while length < size:
        sentences = [SENTENCES[(i + k) % 4].format(name=NAMES[(i + k) % 6], day=DAYS[i % 7], n=i % 90 + 2,
                                                   n2=i % 40 + 3, month=MONTHS[i % 5], year=1990 + i % 30)
                     for k in range(3)]
        paragraphs.append(" ".join(sentences))
        length += len(paragraphs[-1]) + 2
        i += 1
    return "\n\n".join(paragraphs)


def peak_rss_mb(command: list[str]) -> float:
    """Run a command; the peak resident memory of its process (VmHWM, read from /proc while it runs:
    unlike getrusage, it does not count the memory of the test process it was forked from), in MB."""
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    status, peak = Path(f"/proc/{proc.pid}/status"), 0
    while proc.poll() is None:
        try:
            line = next(x for x in status.read_text().splitlines() if x.startswith("VmHWM:"))
            peak = max(peak, int(line.split()[1]))
        except (OSError, StopIteration):
            pass
        time.sleep(0.05)
    assert proc.returncode == 0, proc.stderr.read().decode()
    assert peak > 0
    return peak / 1024


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["prose", "weekdays"])
def test_a_long_article_stays_in_bounded_memory(tmp_path, kind):
    """200 KB in one Doc took about 800 MB (a 1 MB article 3.4 GB); in windows it stays near a
    normal run's memory."""
    text = prose(200_000) if kind == "prose" else " ".join(DAYS * 7_000)[:200_000]
    (tmp_path / "long.txt").write_text(text, encoding="utf-8")
    command = [sys.executable, "-m", "pipeline", "run", str(tmp_path / "long.txt"), "-o",
               str(tmp_path / "out")]
    assert peak_rss_mb(command) < 600
    assert (tmp_path / "out" / "records.jsonl").stat().st_size > len(text)
