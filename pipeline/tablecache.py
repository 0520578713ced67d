"""Tables built from data packages, kept on disk between runs (the gazetteer: a second of start-up).

`cached(name, build, sources, packages)` returns `build()` and writes it to
`<cache folder>/<name>-<key>.pickle`; later processes read that file instead (a tenth of the time).
The key hashes the sources (the modules and data files that build the table), the versions of the
packages it reads and of Python: any change makes a new key, and the files of older keys are
removed. A file is trusted only whole: a missing, partial or corrupt one (its checksum is in its
first bytes) is rebuilt and rewritten atomically, and a symlink is never followed. The folder is
`$PIPELINE_CACHE_DIR`, else the user's cache folder (`~/.cache/news-pipeline` on Linux);
`PIPELINE_CACHE_DIR=off`, or a folder that cannot be written, builds in memory every time.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import logging
import os
import pickle
import sys
from collections.abc import Callable, Iterable, Iterator
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import TypeVar

import platformdirs

from pipeline.archive.files import atomic_write, read_bytes

T = TypeVar("T")
ENV = "PIPELINE_CACHE_DIR"
MAGIC = b"news-pipeline table cache 1\n"
DIGEST = hashlib.sha256().digest_size
log = logging.getLogger(__name__)


def cache_dir() -> Path | None:
    """Where tables are kept; None when caching is off."""
    chosen = os.environ.get(ENV, "").strip()
    if chosen.lower() in {"off", "0", "no"}:
        return None
    return Path(chosen or platformdirs.user_cache_dir("news-pipeline"))


def key_of(name: str, sources: Iterable[Path], packages: Iterable[str]) -> str:
    """Hash of what makes the table: its sources' bytes, package versions, Python's version."""
    h = hashlib.sha256(f"{name}\0{sys.version}\0{pickle.HIGHEST_PROTOCOL}".encode())
    for path in sources:
        h.update(path.read_bytes())
    for package in packages:
        try:
            h.update(f"\0{package}={version(package)}".encode())
        except PackageNotFoundError:
            h.update(f"\0{package}=?".encode())
    return h.hexdigest()[:20]


def cache_path(name: str, sources: Iterable[Path], packages: Iterable[str] = ()) -> Path | None:
    """The file of this table under its current key; None when caching is off."""
    folder = cache_dir()
    return None if folder is None else folder / f"{name}-{key_of(name, sources, packages)}.pickle"


def cached(name: str, build: Callable[[], T], sources: Iterable[Path], packages: Iterable[str] = ()) -> T:
    """The table `build()` makes, read from the cache when a trusted copy is there."""
    path = cache_path(name, sources, packages)
    if path is None:
        return build()
    table = _read(path)
    if table is None:
        table = build()
        _write(path, name, table)
    return table


def _read(path: Path):  # noqa: ANN202 - whatever table was stored
    """The stored table, or None when the file is missing, a symlink, partial or corrupt."""
    try:
        data = read_bytes(path)
    except OSError:
        return None
    digest, payload = data[len(MAGIC) : len(MAGIC) + DIGEST], data[len(MAGIC) + DIGEST :]
    if not data.startswith(MAGIC) or hashlib.sha256(payload).digest() != digest:
        log.info("table cache %s cannot be trusted: rebuilt", path.name)
        return None
    with collector_off():  # tens of thousands of new objects: the collector would walk them again and again
        try:
            return pickle.loads(payload)
        except Exception:  # noqa: BLE001 - a file that does not load is rebuilt
            log.info("table cache %s does not load: rebuilt", path.name)
            return None


@contextlib.contextmanager
def collector_off() -> Iterator[None]:
    """Python's cyclic collector off while a large, long-lived structure is built or read."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@contextlib.contextmanager
def long_lived() -> Iterator[None]:
    """The collector off while objects that live as long as the process are made (modules, the
    model, tables), then every object moved out of its generations (`gc.freeze`): neither the
    collections during the work nor the one that would follow it walk them. A few garbage cycles
    of the work stay frozen: never do this per article."""
    with collector_off():
        yield
        gc.freeze()


def _write(path: Path, name: str, table: object) -> None:
    """Write atomically (a temporary file of this process renamed over the name); drop the files of
    older keys. A folder that cannot be written leaves the table in memory only."""
    payload = pickle.dumps(table, protocol=pickle.HIGHEST_PROTOCOL)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, [MAGIC, hashlib.sha256(payload).digest(), payload], tmp)
    except OSError as exc:
        log.debug("table cache %s not written: %s", path, exc)
        with contextlib.suppress(OSError):
            tmp.unlink()
        return
    for old in path.parent.glob(f"{name}-*.pickle"):
        if old != path:
            old.unlink(missing_ok=True)
