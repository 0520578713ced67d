"""One batch of the archive: staged while a run goes on, committed in one rename.

While a run goes on, workers write their lines to part files in `OUT/.staging/<batch>/` (each file
written whole and renamed into place when its task ends) and the run appends one journal line per
finished input (where its line is). The commit writes the batch manifest, the commit point, then
renames the staging folder to `OUT/batches/<batch>/`: a batch is either absent or complete. A run
killed before the manifest leaves the staging folder, which the next run resumes.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from dataclasses import asdict, dataclass, field
from pathlib import Path

import msgspec

from pipeline.archive.files import (
    ArchiveError,
    atomic_write,
    create,
    fsync_dir,
    open_append,
    own_dir,
    read_bytes,
)

STAGING = ".staging"
BATCHES = "batches"
MANIFEST = "manifest.json"
JOURNAL = "journal.jsonl"
BATCH_INFO = "batch.json"
_DECODE = msgspec.json.Decoder()


@dataclass
class Entry:
    """One input a batch finished: its identity, where its line is, and where it came from."""

    key: str
    id: str
    content: str
    derived: bool
    kind: str  # "record" | "error"
    part: str | None
    offset: int | None
    length: int | None
    source: dict
    path: str = ""  # the input file, resolved (for the unchanged-file cache)
    sig: str | None = None  # size and modification times of the file and its sidecar
    line: int | None = None  # line number in its part file
    order: list = field(default_factory=list)  # [input position, line in a JSONL dump]
    status: str = "current"
    minhash: dict | None = None  # the body's MinHash signature (copies.Signature.to_dict)
    copy: dict | None = None  # the earlier article it copies (copies.Copy as a dict)

    @classmethod
    def from_dict(cls, data: dict) -> Entry:
        names = cls.__dataclass_fields__
        if not isinstance(data, dict) or not {"key", "id", "kind", "source"} <= data.keys():
            raise ValueError("not a journal entry")
        return cls(**{k: v for k, v in data.items() if k in names})

    def to_dict(self) -> dict:
        return asdict(self)


class PartWriter:
    """A worker's part files for one task: records and errors, each renamed into place when done."""

    def __init__(self, folder: Path, task: int):
        self.folder = folder
        self.names = {"record": f"records-t{task:05d}.jsonl", "error": f"errors-t{task:05d}.jsonl"}
        self.files: dict[str, object] = {}
        self.sizes = {"record": 0, "error": 0}
        self.lines = {"record": 0, "error": 0}

    def write(self, kind: str, line: bytes) -> tuple[str, int, int, int]:
        """Append a line; return (part name, line number, offset, length)."""
        if kind not in self.files:
            self.files[kind] = os.fdopen(create(self.folder / f".{self.names[kind]}.tmp"), "wb")
        self.files[kind].write(line)
        offset, number = self.sizes[kind], self.lines[kind]
        self.sizes[kind] += len(line)
        self.lines[kind] += 1
        return self.names[kind], number, offset, len(line)

    def close(self) -> dict[str, int]:
        """Make the parts durable and give them their names; return the line count of each."""
        for kind, fh in self.files.items():
            fh.flush()
            os.fsync(fh.fileno())
            fh.close()
            os.replace(self.folder / f".{self.names[kind]}.tmp", self.folder / self.names[kind])
        return {self.names[k]: self.lines[k] for k in self.files}


class Staging:
    """The batch a run is building in OUT/.staging/<batch>/."""

    def __init__(self, archive_dir: Path, batch_id: str, started: str):
        self.root = own_dir(archive_dir / STAGING)
        self.id = batch_id
        self.started = started
        self.folder = self.root / batch_id
        self.journal = None

    @classmethod
    def resume_or_new(cls, archive_dir: Path, next_id: str, started: str, purpose: str = "run") -> Staging:
        """The staging batch a killed run left (its id and start time kept), else a new one. A batch
        staged for another purpose (a run, a reprocess) must be finished by that command first."""
        root = own_dir(archive_dir / STAGING)
        for folder in sorted(p for p in root.iterdir() if p.is_dir() and not p.is_symlink()):
            info = None
            with contextlib.suppress(OSError, ValueError, KeyError, TypeError):
                info = json.loads(read_bytes(folder / BATCH_INFO))
                info = info if info["id"] == folder.name and (folder / JOURNAL).is_file() else None
            if info is None:
                shutil.rmtree(folder, ignore_errors=True)  # nothing finished in it, or not ours
                continue
            if info.get("purpose", "run") != purpose:
                raise ArchiveError(f"an interrupted `pipeline {info.get('purpose', 'run').split(':')[0]}` "
                                   f"left batch {folder.name} half-built in {archive_dir}: run that command "
                                   "again to finish it first")
            return cls(archive_dir, folder.name, str(info["started"]))
        staging = cls(archive_dir, next_id, started)
        own_dir(staging.folder)
        info = {"id": next_id, "started": started, "purpose": purpose}
        atomic_write(staging.folder / BATCH_INFO, [json.dumps(info).encode()])
        return staging

    def entries(self) -> tuple[dict[str, Entry], int]:
        """Journalled entries whose part line is intact, by key, and the number of lines dropped."""
        found: dict[str, Entry] = {}
        dropped = 0
        path = self.folder / JOURNAL
        if not path.is_file():
            return found, 0
        parts: dict[str, bytes] = {}
        for raw in read_bytes(path).split(b"\n"):
            if not raw.strip():
                continue
            try:
                entry = Entry.from_dict(json.loads(raw))
                if entry.part is not None:
                    if entry.part not in parts:
                        parts[entry.part] = read_bytes(self.folder / entry.part)
                    line = parts[entry.part][entry.offset:entry.offset + entry.length]
                    if not line.endswith(b"\n") or _DECODE.decode(line).get("id") != entry.id:
                        raise ValueError("the line it points to is not its record")
                found[entry.key] = entry
            except (ValueError, TypeError, OSError, KeyError, AttributeError, msgspec.DecodeError):
                dropped += 1
        return found, dropped

    def next_task(self) -> int:
        """A task number no part file of this staging batch uses yet."""
        used = [int(p.name.split("-t")[1][:5]) for p in self.folder.glob("*-t?????.jsonl")]
        return max(used, default=-1) + 1

    def append(self, entries: list[Entry]) -> None:
        """Journal finished inputs and make them durable."""
        if self.journal is None:
            self.journal = open_append(self.folder / JOURNAL)
        self.journal.write(b"".join(json.dumps(e.to_dict()).encode() + b"\n"
                                    for e in entries))
        self.journal.flush()
        os.fsync(self.journal.fileno())

    def close(self) -> None:
        if self.journal is not None:
            self.journal.close()
            self.journal = None

    def discard(self) -> None:
        """Drop the staging batch (nothing new to commit)."""
        self.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    def commit(self, entries: list[Entry], manifest: dict) -> Path:
        """Compact parts that hold unreferenced lines, write the manifest (the commit point) and
        rename the batch into `batches/`; return its folder."""
        self.close()
        compact(self.folder, entries)
        for name in {p.name for p in self.folder.glob("*-t?????.jsonl")} - {e.part for e in entries}:
            (self.folder / name).unlink()  # parts of a task whose inputs are not in this batch
        manifest["parts"] = part_list(self.folder, entries)
        manifest["inputs"] = [e.to_dict() for e in entries]
        atomic_write(self.folder / MANIFEST, [json.dumps(manifest, indent=1).encode()])
        return finish_commit(self.folder)


def finish_commit(folder: Path) -> Path:
    """Second half of a commit (also run for a staging batch killed after its manifest)."""
    for name in (JOURNAL, BATCH_INFO):
        (folder / name).unlink(missing_ok=True)
    batches = own_dir(folder.parent.parent / BATCHES)
    target = batches / folder.name
    if target.exists():
        shutil.rmtree(target)  # a half copy cannot exist (rename is atomic); an old empty one can
    os.rename(folder, target)
    fsync_dir(batches)
    return target


def compact(folder: Path, entries: list[Entry]) -> None:
    """Rewrite the rare part files holding lines no entry points to (a duplicate id, an input
    that changed while a killed run was resumed), so that every part line is a live one."""
    by_part: dict[str, list[Entry]] = {}
    for e in entries:
        if e.part is not None:
            by_part.setdefault(e.part, []).append(e)
    for name, refs in by_part.items():
        path = folder / name
        if sum(e.length for e in refs) == path.stat().st_size:  # distinct lines covering the file
            refs.sort(key=lambda e: e.offset)
            for i, e in enumerate(refs):
                e.line = i
            continue
        data = read_bytes(path)
        refs.sort(key=lambda e: e.offset)
        chunks, offset = [], 0
        for i, e in enumerate(refs):
            chunks.append(data[e.offset:e.offset + e.length])
            e.offset, e.line = offset, i
            offset += e.length
        atomic_write(path, chunks)


def part_list(folder: Path, entries: list[Entry]) -> list[dict]:
    """Name, kind, line count and size of every part file, in the order of first use."""
    seen: dict[str, dict] = {}
    for e in entries:
        if e.part is not None and e.part not in seen:
            seen[e.part] = {"name": e.part, "kind": e.kind, "lines": 0,
                            "bytes": (folder / e.part).stat().st_size}
        if e.part is not None:
            seen[e.part]["lines"] += 1
    return list(seen.values())
