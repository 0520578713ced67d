"""The archive: an output folder that grows by batches.

    OUT/archive.json            marker: format name and version
    OUT/batches/<batch>/        committed batches: part files (records-*.jsonl, errors-*.jsonl) and
                                manifest.json, written once (rewritten only by `forget`)
    OUT/index.sqlite            the index (derived: rebuilt from the batches when lost or damaged)
    OUT/records.jsonl, errors.jsonl, manifest.json
                                the last run's view: one line per input of that run, in input order
    OUT/.staging/, OUT/.lock    the batch being built; the lock of the run building it
"""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from pipeline.archive.batch import BATCHES, MANIFEST, STAGING, Entry, finish_commit
from pipeline.archive.copies import Signature
from pipeline.archive.files import ArchiveError, Lock, atomic_write, read_bytes
from pipeline.archive.index import Index, IndexError_, Row

MARKER = "archive.json"
INDEX = "index.sqlite"
FORMAT_NAME = "news-pipeline-archive"
FORMAT_VERSION = 1
VIEW_FILES = ("records.jsonl", "errors.jsonl", "manifest.json")


def warn(message: str) -> None:
    print(f"warning: {message}", file=sys.stderr)


def is_archive(folder: Path) -> bool:
    return (folder / MARKER).is_file()


class Archive:
    """An open archive folder. Writers hold its lock from `open(write=True)` to `close()`."""

    def __init__(self, folder: Path, index: Index, lock: Lock | None):
        self.folder = folder
        self.index = index
        self.lock = lock
        self._handles: dict[tuple[str, str], BinaryIO] = {}

    # -- opening -------------------------------------------------------------------------------
    @classmethod
    def open(cls, folder: Path, write: bool = False, create: bool = False,
             on_warning: Callable[[str], None] = warn) -> Archive:
        """Open (or create) the archive in `folder`: check its format, migrate an output folder of the
        release before the archive, finish a commit a kill interrupted, and make the index whole."""
        if not folder.exists() and not create:
            raise ArchiveError(f"no archive at {folder}")
        if folder.exists() and not folder.is_dir():
            raise ArchiveError(f"{folder} is a file, not an archive folder")
        lock = None
        if folder.exists():
            classify(folder)  # refuse what is not ours before touching anything
        if write or create:
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise ArchiveError(f"cannot create the output folder {folder}: {exc.strerror}") from None
            lock = Lock(folder)
            lock.acquire()
        try:
            check_format(folder, create=write or create, on_warning=on_warning)
            if lock is not None:
                for staged in sorted((folder / STAGING).glob(f"*/{MANIFEST}")):
                    finish_commit(staged.parent)  # killed after its commit point: finish it
            index = open_index(folder, lock is not None, on_warning)
            archive = cls(folder, index, lock)
            if lock is not None:
                from pipeline.archive.forget import resume

                resume(archive)
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        return archive

    def close(self) -> None:
        for fh in self._handles.values():
            fh.close()
        self._handles.clear()
        self.index.close()
        if self.lock is not None:
            self.lock.release()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- batches -------------------------------------------------------------------------------
    def batch_dir(self, batch: str) -> Path:
        return self.folder / BATCHES / batch

    def next_batch_id(self) -> str:
        ids = [int(b) for b in self.index.batch_ids() if b.isdigit()]
        return f"{max(ids, default=0) + 1:06d}"

    def add_batch(self, folder: Path, on_warning: Callable[[str], None] = warn) -> None:
        """Index a committed batch folder."""
        add_to_index(self.index, folder, on_warning)

    # -- reading -------------------------------------------------------------------------------
    def line(self, row: Row) -> bytes:
        """The stored line of a row, checked: a damaged part file is named in the error."""
        if row.part is None:
            raise ArchiveError(f"article {row.id!r} was forgotten")
        handle_key = (row.batch, row.part)
        if handle_key not in self._handles:
            if len(self._handles) > 64:
                for fh in self._handles.values():
                    fh.close()
                self._handles.clear()
            path = self.batch_dir(row.batch) / row.part
            try:
                self._handles[handle_key] = path.open("rb")
            except OSError as exc:
                raise ArchiveError(f"part file {path} is missing: {exc.strerror}") from None
        fh = self._handles[handle_key]
        fh.seek(row.offset)
        return self._checked(fh.read(row.length), row)

    def _checked(self, data: bytes, row: Row) -> bytes:
        """The line of a row as read, or an ArchiveError naming the damaged part file."""
        if len(data) != row.length or not data.endswith(b"\n") or not data.startswith(b"{"):
            raise ArchiveError(f"part file {self.batch_dir(row.batch) / row.part} is damaged at line "
                               f"{row.line + 1}: run `pipeline index --rebuild {self.folder}`")
        return data

    def stream(self, kind: str = "record", batch: str | None = None, since: str | None = None,
               unique: bool = False) -> Iterator[bytes]:
        """Current lines of one kind, each article once, in archive order (batch, then input order);
        with `unique`, syndicated copies of earlier articles are left out."""
        started = {b[0]: b[1] for b in self.index.batches()}
        part, data = None, b""
        for row in self.index.rows(batch=batch, kind=kind, unique=unique):
            if since is not None and started.get(row.batch, "") < since:
                continue
            if (row.batch, row.part) != part:  # a part file is one task's lines: read it whole, once
                part = (row.batch, row.part)
                path = self.batch_dir(row.batch) / row.part
                try:
                    data = read_bytes(path)
                except OSError as exc:
                    raise ArchiveError(f"part file {path} is missing: {exc.strerror}") from None
            yield self._checked(data[row.offset:row.offset + row.length], row)

    # -- the last run's view -------------------------------------------------------------------
    def write_view(self, rows: list[Row], manifest: dict) -> None:
        """records.jsonl, errors.jsonl and manifest.json of the last run, in its input order."""
        for kind, name in (("record", VIEW_FILES[0]), ("error", VIEW_FILES[1])):
            atomic_write(self.folder / name, (self.line(r) for r in rows if r.kind == kind))
        atomic_write(self.folder / VIEW_FILES[2],
                     [json.dumps(manifest, indent=1).encode() + b"\n"])

    def read_view_manifest(self) -> dict | None:
        with contextlib.suppress(OSError, ValueError):
            data = json.loads(read_bytes(self.folder / VIEW_FILES[2]))
            return data if isinstance(data, dict) else None
        return None


def classify(folder: Path) -> str:
    """"archive", "legacy" (an output folder of the release before the archive) or "new" (absent or
    empty); anything else, or an archive of a newer format, is an ArchiveError. Reads only."""
    marker = folder / MARKER
    if marker.is_file() and not marker.is_symlink():
        try:
            info = json.loads(read_bytes(marker))
            name, version = info["format"], int(info["version"])
        except (OSError, ValueError, KeyError, TypeError):
            raise ArchiveError(f"{marker} is damaged: not an archive marker this pipeline wrote") from None
        if name != FORMAT_NAME:
            raise ArchiveError(f"{folder} is not a news-pipeline archive ({marker} names {name!r})")
        if version > FORMAT_VERSION:
            raise ArchiveError(f"{folder} is an archive of format {version}, newer than this pipeline "
                               f"reads ({FORMAT_VERSION}): upgrade the pipeline")
        return "archive"
    from pipeline.archive.migrate import is_legacy

    if is_legacy(folder):
        return "legacy"
    others = sorted(p.name for p in folder.iterdir() if not p.name.startswith(".")) if folder.is_dir() else []
    if others:
        raise ArchiveError(f"{folder} is not an archive and not empty (it holds {others[0]!r}); "
                           "choose a new or empty output folder")
    return "new"


def check_format(folder: Path, create: bool, on_warning: Callable[[str], None]) -> None:
    """Make the folder an archive when it is not one yet (migrating an old output folder)."""
    kind = classify(folder)
    if kind == "archive":
        return
    if not create:
        raise ArchiveError(f"{folder} is an output folder of an earlier release: run `pipeline migrate "
                           f"{folder}` (or any run into it) to make it an archive" if kind == "legacy"
                           else f"{folder} is not an archive")
    if kind == "legacy":
        from pipeline.archive.migrate import migrate

        migrate(folder, on_warning)
    atomic_write(folder / MARKER, [json.dumps({"format": FORMAT_NAME, "version": FORMAT_VERSION}).encode()
                                   + b"\n"])


def open_index(folder: Path, may_write: bool, on_warning: Callable[[str], None]) -> Index:
    """The index, rebuilt when missing or damaged, and brought up to date with the batch folders."""
    path = folder / INDEX
    index = None
    if path.is_file() and not path.is_symlink():
        try:
            index = Index(path, readonly=not may_write)
        except IndexError_ as exc:
            on_warning(f"{exc}; rebuilding it from the batches")
    elif path.exists() or path.is_symlink():
        on_warning(f"{path} is not a regular file; rebuilding the index from the batches")
    if index is not None:
        missing = sorted(set(batch_folders(folder)) - set(index.batch_ids()))
        if not missing:
            return index
        if not may_write:
            index.close()
            raise ArchiveError(f"the index of {folder} is behind its batches: run a command that writes "
                               "(or `pipeline index --rebuild`) while no run is going on")
        for batch in missing:
            add_to_index(index, folder / BATCHES / batch, on_warning)
        return index
    if not may_write:
        raise ArchiveError(f"the index of {folder} is missing or damaged: "
                           f"run `pipeline index --rebuild {folder}`")
    if index is None and not path.exists() and batch_folders(folder):
        on_warning(f"{path} is missing; rebuilding it from the batches")
    return rebuild(folder, on_warning)


def batch_folders(folder: Path) -> list[str]:
    root = folder / BATCHES
    if not root.is_dir():
        return []
    return sorted(p.name for p in root.iterdir() if p.is_dir() and not p.is_symlink() and p.name.isdigit())


def rebuild(folder: Path, on_warning: Callable[[str], None] = warn) -> Index:
    """A new index made from the batch folders alone (written beside, then renamed into place)."""
    tmp = folder / f".{INDEX}.rebuild"
    for stale in (tmp, Path(f"{tmp}-journal")):
        stale.unlink(missing_ok=True)
    index = Index(tmp, create=True)
    for batch in batch_folders(folder):
        add_to_index(index, folder / BATCHES / batch, on_warning)
    index.close()
    for stale in (folder / INDEX, Path(f"{folder / INDEX}-journal")):
        with contextlib.suppress(FileNotFoundError):
            stale.unlink()
    tmp.rename(folder / INDEX)
    return Index(folder / INDEX)


def add_to_index(index: Index, folder: Path, on_warning: Callable[[str], None]) -> None:
    """Index one committed batch from its manifest (or, when that is damaged, from its part files)."""
    try:
        manifest = json.loads(read_bytes(folder / MANIFEST))
        entries = [Entry.from_dict(e) for e in manifest["inputs"]]
        info = batch_info(manifest, folder.name)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        on_warning(f"batch {folder.name}: its manifest cannot be read ({exc}); indexing its part files")
        entries = entries_from_parts(folder)
        info = {"id": folder.name, "started": "", "finished": "", "code": "", "version": "",
                "config_hash": "", "records": sum(e.kind == "record" for e in entries),
                "errors": sum(e.kind == "error" for e in entries)}
    rows = [Row(e.key, e.id, e.content, e.derived, e.kind, folder.name, pos, e.part, e.line, e.offset,
                e.length, e.status, json.dumps(e.source, sort_keys=True), (e.copy or {}).get("of"))
            for pos, e in enumerate(entries)]
    signatures = [(e.key, e.id, folder.name, pos, Signature.from_dict(e.minhash))
                  for pos, e in enumerate(entries) if e.minhash and e.status == "current"]
    index.add_batch(info, rows, file_rows(entries, info.get("config_hash", "")), signatures)


def batch_info(manifest: dict, batch: str) -> dict:
    counts = manifest["counts"]
    return {"id": batch, "started": str(manifest["started"]), "finished": str(manifest["finished"]),
            "records": int(counts["records"]), "errors": int(counts["errors"]),
            "code": str(manifest["config"].get("code", "")), "version": str(manifest["config"]["pipeline"]),
            "config_hash": str(manifest["config_hash"])}


def file_rows(entries: list[Entry], config_hash: str) -> list[tuple]:
    """The unchanged-file cache rows of a batch: each input file's signature and keys."""
    keys: dict[str, tuple[str, list[str]]] = {}
    for e in entries:
        if e.path and e.sig:
            keys.setdefault(e.path, (e.sig, []))[1].append(e.key)
    return [(path, config_hash, sig, ",".join(ks)) for path, (sig, ks) in keys.items()]


def entries_from_parts(folder: Path) -> list[Entry]:
    """Entries recovered from part files alone (a batch whose manifest is lost): each complete line
    that parses is an entry; its key is unknown, so its input is processed again when next given."""
    import msgspec

    entries = []
    for part in sorted(folder.glob("*-t?????.jsonl")):
        kind = "record" if part.name.startswith("records") else "error"
        offset = 0
        for number, raw in enumerate(read_bytes(part).splitlines(keepends=True)):
            with contextlib.suppress(msgspec.DecodeError, AttributeError, KeyError, TypeError):
                obj = msgspec.json.decode(raw)
                if raw.endswith(b"\n") and isinstance(obj.get("id"), str):
                    lost = f"lost:{folder.name}:{part.name}:{number}"
                    entries.append(Entry(lost, obj["id"], lost, False, kind, part.name, offset, len(raw),
                                         obj.get("source") or {}, line=number))
            offset += len(raw)
    return entries
