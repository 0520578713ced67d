"""Migration: an output folder of the release before the archive (records.jsonl, errors.jsonl and
manifest.json, no archive.json) becomes an archive with one batch, `000001`, holding its lines.

Each line gains the `batch` block; the input keys are computed anew where the source file is still
there with the same bytes, so an unchanged input is not processed again; otherwise the key is marked
`legacy:` and the input is processed again (superseding the migrated line) when next given.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import msgspec

from pipeline.archive.batch import BATCHES, MANIFEST, Entry
from pipeline.archive.files import atomic_write, own_dir, read_bytes

OLD_FILES = ("records.jsonl", "errors.jsonl", "manifest.json")


def is_legacy(folder: Path) -> bool:
    """An output folder the release before the archive wrote."""
    if not (folder / "manifest.json").is_file() or (folder / "archive.json").exists():
        return False
    try:
        manifest = json.loads(read_bytes(folder / "manifest.json"))
    except (OSError, ValueError):
        return False
    return (isinstance(manifest, dict) and manifest.get("format") == 1
            and isinstance(manifest.get("inputs"), list))


def migrate(folder: Path, on_warning: Callable[[str], None]) -> None:
    """Write batch 000001 from the old files (the old files stay, as the last run's view)."""
    from pipeline.runner.keys import config_hash_of, legacy_key

    manifest = json.loads(read_bytes(folder / "manifest.json"))
    config = {k: v for k, v in manifest.get("config", {}).items() if k != "code"}
    config_hash = config_hash_of(config)
    started = str(manifest.get("finished") or dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat())
    batch = {"id": "000001", "started": started}
    target = own_dir(folder / BATCHES) / "000001"
    if target.exists():
        return
    staging = own_dir(folder / ".staging" / "migrate-000001")
    lines = {kind: iter(_lines(folder / name)) for kind, name in (("record", "records.jsonl"),
                                                                   ("error", "errors.jsonl"))}
    parts = {"record": "records-t00000.jsonl", "error": "errors-t00000.jsonl"}
    out: dict[str, list[bytes]] = {"record": [], "error": []}
    sizes = {"record": 0, "error": 0}
    entries: list[Entry] = []
    lost = 0
    for item in manifest["inputs"]:
        kind = item.get("kind")
        raw = next(lines.get(kind, iter(())), None)
        if raw is None:
            lost += 1
            continue
        line = _with_batch(raw, batch)
        source = {k: item.get(k) for k in ("path", "sha256", "bytes", "line")}
        key = legacy_key(config_hash, item) or f"legacy:{item.get('key')}"
        entries.append(Entry(key, str(item.get("id")), key, False, kind, parts[kind], sizes[kind], len(line),
                             source, line=len(out[kind]), order=[len(entries), 0]))
        out[kind].append(line)
        sizes[kind] += len(line)
    for kind, name in parts.items():
        if out[kind]:
            atomic_write(staging / name, out[kind])
    counts = {"records": len(out["record"]), "errors": len(out["error"])}
    new_manifest = {
        "format": 1, "batch": "000001", "started": started, "finished": started,
        "config": {**manifest.get("config", {})}, "config_hash": config_hash, "counts": counts,
        "migrated_from": "an output folder of release " + str(manifest.get("config", {}).get("pipeline")),
        "parts": [{"name": parts[k], "kind": k, "lines": len(out[k]), "bytes": sizes[k]}
                  for k in parts if out[k]],
        "inputs": [e.to_dict() for e in entries],
    }
    atomic_write(staging / MANIFEST, [json.dumps(new_manifest, indent=1).encode()])
    staging.rename(target)
    on_warning(f"{folder} was an output folder of an earlier release: it is now an archive whose batch "
               f"000001 holds its {counts['records']} records and {counts['errors']} errors"
               + (f" ({lost} inputs of its manifest had no line and were left out)" if lost else ""))


def _lines(path: Path) -> list[bytes]:
    if not path.is_file():
        return []
    return [line for line in read_bytes(path).splitlines(keepends=True) if line.endswith(b"\n")]


def _with_batch(raw: bytes, batch: dict) -> bytes:
    """The line with the `batch` block added (the rest unchanged)."""
    obj = msgspec.json.decode(raw)
    obj.pop("batch", None)
    obj["batch"] = batch
    return msgspec.json.encode(obj) + b"\n"
