"""Write stage: records.jsonl, errors.jsonl and manifest.json, atomically and incrementally.

While a run goes on, every finished article is appended to a journal (`.journal`, flushed per
shard). At the end the final files are composed in input order from the journal and from the
previous run's output (for articles whose key did not change), each written to a temporary file
and renamed into place. A killed run leaves the journal behind; the next run reuses what it holds.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from pipeline.runner.shard import Result

RECORDS = "records.jsonl"
ERRORS = "errors.jsonl"
MANIFEST = "manifest.json"
JOURNAL = ".journal"
LOCK = ".lock"


class OutputError(RuntimeError):
    """The output folder cannot be used (not writable, locked by another run)."""


@dataclass(frozen=True)
class Stored:
    """Where a finished line lives: file, byte offset, length, and its kind."""

    path: Path
    offset: int
    length: int
    kind: str

    def read(self, handles: dict[Path, BinaryIO]) -> bytes:
        """The stored line, read through one open handle per file."""
        if self.path not in handles:
            handles[self.path] = self.path.open("rb")
        fh = handles[self.path]
        fh.seek(self.offset)
        return fh.read(self.length)


def line_offsets(path: Path) -> list[tuple[int, int]]:
    """(offset, length) of every complete line of a file."""
    spans: list[tuple[int, int]] = []
    if not path.is_file():
        return spans
    offset = 0
    with path.open("rb") as fh:
        for line in fh:
            if line.endswith(b"\n"):
                spans.append((offset, len(line)))
            offset += len(line)
    return spans


def atomic_write(path: Path, chunks) -> None:
    """Write bytes chunks to a temporary file beside `path`, fsync, and rename it into place."""
    tmp = path.with_name(f".{path.name}.tmp")
    with tmp.open("wb") as fh:
        for chunk in chunks:
            fh.write(chunk)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


class OutputStore:
    """The output folder of one run: lock, previous results, journal, final files."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.journal_path = folder / JOURNAL
        self.journal = None

    # -- lock --------------------------------------------------------------------------------
    def acquire(self) -> None:
        """Create the folder and take its lock; a lock left by a dead process is taken over."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError(f"cannot create the output folder {self.folder}: {exc.strerror}") from None
        if not os.access(self.folder, os.W_OK):
            raise OutputError(f"the output folder {self.folder} is not writable")
        lock = self.folder / LOCK
        for _ in range(2):
            try:
                fd = os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            except FileExistsError:
                pid = read_pid(lock)
                if pid and pid_alive(pid):
                    raise OutputError(
                        f"another run (pid {pid}) is writing to {self.folder}; wait for it to finish"
                    ) from None
                lock.unlink(missing_ok=True)  # stale lock from a dead run
                continue
            except OSError as exc:
                raise OutputError(f"cannot write to {self.folder}: {exc.strerror}") from None
            os.write(fd, str(os.getpid()).encode())
            os.close(fd)
            return
        raise OutputError(f"cannot take the lock {lock}")

    def close_journal(self) -> None:
        if self.journal:
            self.journal.close()
            self.journal = None

    def release(self) -> None:
        self.close_journal()
        (self.folder / LOCK).unlink(missing_ok=True)

    # -- what earlier runs left --------------------------------------------------------------
    def previous(self) -> dict[str, Stored]:
        """Finished lines by key: from the last complete run's files and from a killed run's journal."""
        found: dict[str, Stored] = {}
        manifest = self.read_manifest()
        entries = manifest.get("inputs", []) if manifest else []
        for kind, name in (("record", RECORDS), ("error", ERRORS)):
            keys = [e["key"] for e in entries if e.get("kind") == kind]
            spans = line_offsets(self.folder / name)
            if len(keys) == len(spans):  # files and manifest agree: trust them
                for key, (offset, length) in zip(keys, spans, strict=True):
                    found[key] = Stored(self.folder / name, offset, length, kind)
        found.update(self.journal_entries())
        return found

    def read_manifest(self) -> dict | None:
        try:
            return json.loads((self.folder / MANIFEST).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def journal_entries(self) -> dict[str, Stored]:
        """Complete journal lines ("key\\tkind\\tjson\\n"); a torn last line is ignored."""
        found: dict[str, Stored] = {}
        if not self.journal_path.is_file():
            return found
        offset = 0
        with self.journal_path.open("rb") as fh:
            for line in fh:
                parts = line.split(b"\t", 2)
                if line.endswith(b"\n") and len(parts) == 3 and parts[1] in (b"record", b"error"):
                    head = len(parts[0]) + len(parts[1]) + 2
                    found[parts[0].decode()] = Stored(
                        self.journal_path, offset + head, len(line) - head, parts[1].decode()
                    )
                offset += len(line)
        return found

    # -- this run ----------------------------------------------------------------------------
    def open_journal(self) -> None:
        """Open the journal for appending, cutting a torn last line left by a killed run."""
        valid = sum(length for _, length in line_offsets(self.journal_path))
        if self.journal_path.is_file() and self.journal_path.stat().st_size != valid:
            os.truncate(self.journal_path, valid)
        self.journal = self.journal_path.open("ab")

    def append(self, results: list[Result]) -> dict[str, Stored]:
        """Append finished articles to the journal and make them durable; return where they are."""
        assert self.journal is not None
        stored: dict[str, Stored] = {}
        for result in results:
            head = f"{result.key}\t{result.kind}\t".encode()
            offset = self.journal.tell()
            self.journal.write(head + result.line)
            stored[result.key] = Stored(self.journal_path, offset + len(head), len(result.line), result.kind)
        self.journal.flush()
        os.fsync(self.journal.fileno())
        return stored

    def commit(self, order: list[tuple[str, Stored]], manifest: dict) -> None:
        """Compose the final files in input order, rename them into place, then drop the journal."""
        handles: dict[Path, BinaryIO] = {}
        try:
            for kind, name in (("record", RECORDS), ("error", ERRORS)):
                atomic_write(self.folder / name, (s.read(handles) for _, s in order if s.kind == kind))
        finally:
            for fh in handles.values():
                fh.close()
        atomic_write(
            self.folder / MANIFEST,
            [json.dumps(manifest, indent=1, ensure_ascii=False).encode() + b"\n"],
        )
        self.drop_journal()

    def drop_journal(self) -> None:
        """Close and delete the journal: everything in it is in the final files (or unchanged)."""
        self.close_journal()
        self.journal_path.unlink(missing_ok=True)


def read_pid(lock: Path) -> int | None:
    with contextlib.suppress(OSError, ValueError):
        return int(lock.read_text().strip() or 0) or None
    return None


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
