"""Safe file operations for the archive: never write through a symlink, atomic replacement, the lock.

Every file the archive writes is created fresh with O_EXCL | O_NOFOLLOW beside its target and
renamed into place (a rename replaces a symlink itself, never what it points to); folders the
archive owns are checked with lstat and a symlink in their place is removed, not followed.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from collections.abc import Iterable
from pathlib import Path

NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


class ArchiveError(RuntimeError):
    """The archive cannot be used as it is (one line for a person)."""


def own_dir(path: Path) -> Path:
    """Make `path` a real folder of ours: a symlink or file in its place is removed first."""
    with contextlib.suppress(FileNotFoundError):
        st = path.lstat()
        if os.path.stat.S_ISLNK(st.st_mode) or not os.path.stat.S_ISDIR(st.st_mode):
            path.unlink()
    path.mkdir(parents=True, exist_ok=True)
    return path


def fsync_dir(path: Path) -> None:
    """Make a rename or a new file in `path` durable."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def create(path: Path) -> int:
    """Open a new file for writing; a file or symlink already there is removed, never followed."""
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
    return os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | NOFOLLOW, 0o644)


def atomic_write(path: Path, chunks: Iterable[bytes], tmp: Path | None = None) -> None:
    """Write to a temporary file beside `path` (`tmp`, by default `.<name>.tmp`; processes that may
    write the same file at once give each their own), fsync, and rename it into place."""
    tmp = tmp or path.with_name(f".{path.name}.tmp")
    with os.fdopen(create(tmp), "wb") as fh:
        for chunk in chunks:
            fh.write(chunk)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def open_append(path: Path):
    """Open a file of ours for appending without following a symlink (one in its place is removed)."""
    with contextlib.suppress(FileNotFoundError):
        if os.path.islink(path):
            path.unlink()
    return os.fdopen(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND | NOFOLLOW, 0o644), "ab")


def read_bytes(path: Path) -> bytes:
    """Read a file of ours without following a symlink."""
    fd = os.open(path, os.O_RDONLY | NOFOLLOW)
    with os.fdopen(fd, "rb") as fh:
        return fh.read()


class Lock:
    """An exclusive flock on OUT/.lock: atomic, and released by the kernel when the holder dies, so a
    lock left by a killed run never needs taking over. The file itself is never deleted."""

    def __init__(self, folder: Path):
        self.path = folder / ".lock"
        self.fd: int | None = None

    def acquire(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            if os.path.islink(self.path):
                self.path.unlink()
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | NOFOLLOW, 0o644)
        except OSError as exc:
            raise ArchiveError(f"cannot write to {self.path.parent}: {exc.strerror}") from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode(errors="replace").strip()
            os.close(fd)
            who = f" (pid {holder})" if holder.isdigit() else ""
            raise ArchiveError(f"another run{who} is writing to {self.path.parent}; "
                               "wait for it to finish") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        self.fd = fd

    def release(self) -> None:
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None

    def __enter__(self) -> Lock:
        self.acquire()
        return self

    def __exit__(self, *exc) -> None:
        self.release()
