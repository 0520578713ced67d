"""Reading an archive (or a plain output folder) for the commands that work on its records:
`records`, `export`, `report` and `entities`."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import msgspec

from pipeline.archive.files import ArchiveError
from pipeline.archive.migrate import is_legacy
from pipeline.archive.store import Archive, is_archive

FILES = {"record": "records.jsonl", "error": "errors.jsonl"}


class MissingRecordsError(FileNotFoundError):
    """The folder is neither an archive nor the output folder of a run."""


def open_archive(folder: Path) -> Archive:
    """Open an archive for reading; an index that needs repair is repaired under the lock."""
    try:
        return Archive.open(folder)
    except ArchiveError as exc:
        if "index" not in str(exc):
            raise
        return Archive.open(folder, write=True)


def lines(folder: Path, kind: str = "record", batch: str | None = None, since: str | None = None,
          unique: bool = False) -> Iterator[bytes]:
    """Current lines of one kind: every article once, in archive order (with `unique`, no syndicated
    copy of an earlier article). A plain JSONL file, or an output folder of the release before the
    archive, is read as it is."""
    folder = Path(folder)
    if folder.is_file():
        yield from _file_lines(folder)
        return
    if is_archive(folder):
        archive = open_archive(folder)
        try:
            if batch is not None and batch not in archive.index.batch_ids():
                have = ", ".join(archive.index.batch_ids())
                raise ArchiveError(f"{folder} has no batch {batch!r} (it has {have})")
            yield from archive.stream(kind, batch, since, unique)
        finally:
            archive.close()
        return
    if is_legacy(folder) or (folder / FILES["record"]).is_file():
        for line in _file_lines(folder / FILES[kind]):
            if not unique or b'"duplicate_of":"' not in line:
                yield line
        return
    raise MissingRecordsError(f"{folder} holds no records (is it the output folder of a run?)")


def records(folder: Path, kind: str = "record", batch: str | None = None) -> Iterator[dict]:
    """The current records (or errors) as dicts."""
    decoder = msgspec.json.Decoder()
    for line in lines(folder, kind, batch):
        yield decoder.decode(line)


def _file_lines(path: Path) -> Iterator[bytes]:
    if not path.is_file():
        return
    with path.open("rb") as fh:
        for line in fh:
            if line.strip():
                yield line if line.endswith(b"\n") else line + b"\n"


def parts(folder: Path) -> dict[str, str]:
    """The pieces the current records come in, with a signature that changes when one changes:
    the batches of an archive, else the one records file."""
    folder = Path(folder)
    if folder.is_dir() and is_archive(folder):
        archive = open_archive(folder)
        try:
            return archive.index.signatures()
        finally:
            archive.close()
    path = folder if folder.is_file() else folder / FILES["record"]
    if not path.is_file():
        raise MissingRecordsError(f"{folder} holds no records (is it the output folder of a run?)")
    st = path.stat()
    return {"records": f"{st.st_size}:{st.st_mtime_ns}"}
