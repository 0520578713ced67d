"""Takedown: `pipeline forget ARCHIVE ID...` removes every line of these articles from the part
files that hold them (rewriting only those parts), from the batch manifests and from the last run's
view, marks them forgotten in the index, and lists them in the manifests' `forgotten`. An input with
a forgotten key is never processed again: it ends as a `forgotten` error.

Idempotent and resumable: `OUT/.forget` names the ids until every step is done, and an archive opened
for writing with that file present finishes the takedown first.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import msgspec

from pipeline.archive.batch import MANIFEST
from pipeline.archive.files import atomic_write, read_bytes
from pipeline.archive.store import VIEW_FILES, Archive, warn

PENDING = ".forget"


def forget(archive: Archive, ids: list[str], when: str, on_warning: Callable[[str], None] = warn) -> dict:
    """Take these articles down; return {"forgotten": [...], "unknown": [...], "parts": n}."""
    rows = archive.index.rows_of(ids)
    found = sorted({r.id for r in rows})
    unknown = [i for i in ids if i not in set(found)]
    if not found:
        return {"forgotten": [], "unknown": unknown, "parts": 0}
    pending = archive.folder / PENDING
    atomic_write(pending, [json.dumps({"ids": found, "when": when}).encode()])
    parts = 0
    for batch in sorted({r.batch for r in rows}):
        parts += forget_in_batch(archive, batch, set(found), when)
    archive.index.drop_signatures(found)
    drop_from_view(archive.folder, set(found))
    pending.unlink()
    return {"forgotten": found, "unknown": unknown, "parts": parts}


def resume(archive: Archive) -> None:
    """Finish a takedown a kill interrupted."""
    pending = archive.folder / PENDING
    if pending.is_file():
        info = json.loads(read_bytes(pending))
        forget(archive, list(info["ids"]), str(info["when"]))


def forget_in_batch(archive: Archive, batch: str, ids: set[str], when: str) -> int:
    """Rewrite the batch's parts without the lines of `ids`, then its manifest, then its index rows."""
    folder = archive.batch_dir(batch)
    manifest = json.loads(read_bytes(folder / MANIFEST))
    entries = manifest["inputs"]
    rewritten = 0
    for part in sorted({e["part"] for e in entries if e.get("part") and e["id"] in ids}):
        rewritten += rewrite_part(folder / part, ids)
        kept = sorted((e for e in entries if e.get("part") == part and e["id"] not in ids),
                      key=lambda e: e["offset"])
        lengths = [len(line) for line in read_bytes(folder / part).splitlines(keepends=True)]
        offset = 0
        for number, (entry, length) in enumerate(zip(kept, lengths, strict=True)):
            entry.update(line=number, offset=offset, length=length)
            offset += length
    for entry in entries:
        if entry["id"] in ids:
            entry.update(part=None, line=None, offset=None, length=None, status="forgotten", minhash=None)
    here = sorted(ids & {e["id"] for e in entries})
    manifest["forgotten"] = sorted(set(manifest.get("forgotten", [])) | set(here))
    manifest.setdefault("takedowns", []).append({"ids": here, "when": when})
    manifest["parts"] = [p for p in manifest.get("parts", []) if (folder / p["name"]).is_file()]
    for p in manifest["parts"]:
        lines = [e for e in entries if e.get("part") == p["name"]]
        p.update(lines=len(lines), bytes=(folder / p["name"]).stat().st_size)
    atomic_write(folder / MANIFEST, [json.dumps(manifest, indent=1).encode()])
    archive.index.set_places(batch, [(pos, e.get("part"), e.get("line"), e.get("offset"), e.get("length"),
                                      e.get("status", "current")) for pos, e in enumerate(entries)])
    return rewritten


def rewrite_part(path: Path, ids: set[str], keep_empty: bool = False) -> int:
    """Rewrite a file of lines without the lines of these ids (removed when none is left)."""
    lines = read_bytes(path).splitlines(keepends=True)
    kept = [line for line in lines if _id(line) not in ids]
    if len(kept) == len(lines):
        return 0
    if kept or keep_empty:
        atomic_write(path, kept)
    else:
        path.unlink()
    return 1


def drop_from_view(folder: Path, ids: set[str]) -> None:
    """The last run's records.jsonl and errors.jsonl without these articles."""
    for name in VIEW_FILES[:2]:
        if (folder / name).is_file():
            rewrite_part(folder / name, ids, keep_empty=True)


def _id(line: bytes) -> str | None:
    try:
        return msgspec.json.decode(line).get("id")
    except (msgspec.DecodeError, AttributeError):
        return None
