"""Identity of inputs: the configuration that decides a record, and the keys of one input.

An input's key changes when its bytes, its metadata, its id or the configuration change; the
pipeline's own version is not part of it, so a new release does not redo the archive on the next
daily run (`pipeline reprocess` does, on request). Its content digest leaves the id out: the same
file given through another folder (another derived id) is recognised by it.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
from pathlib import Path

from pipeline import __version__
from pipeline.ingest.read import Article, ReadError, path_id, read_jsonl_line, read_txt
from pipeline.nlp.loader import model_version

IDENTITY = ("model", "model_version", "with_text", "published", "max_bytes")


@functools.lru_cache(maxsize=1)
def code_digest() -> str:
    """Digest of the package's own code and data: which build made a record (for `reprocess`)."""
    package = Path(__file__).parents[1]
    files = sorted(p for p in package.rglob("*") if p.suffix in (".py", ".json", ".html") and p.is_file())
    sha = hashlib.sha256()
    for path in files:
        sha.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    return sha.hexdigest()[:16]


def config_of(settings) -> dict:
    """The run's configuration: what decides records (hashed into every key) and, for the record
    of the run, the pipeline version and code digest (not hashed)."""
    return {
        "pipeline": __version__,
        "code": code_digest(),
        "model": settings.model,
        "model_version": model_version(settings.model),
        "with_text": settings.with_text,
        "published": settings.published,
        "max_bytes": settings.max_bytes,
    }


def config_hash_of(config: dict) -> str:
    return digest(json.dumps({k: config.get(k) for k in IDENTITY}, sort_keys=True))


def digest(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()


def _extra(item: Article | ReadError) -> str:
    return item.key_parts if isinstance(item, Article) else item.error


def article_key(config_hash: str, item: Article | ReadError) -> str:
    """Key of one input: its id, bytes, line, metadata (or error) and the configuration."""
    return digest(config_hash, item.id, item.source.sha256, str(item.source.line), _extra(item))


def content_key(config_hash: str, item: Article | ReadError) -> str:
    """The key without the id: the same input whatever folder it came through."""
    return digest(config_hash, item.source.sha256, _extra(item))


def is_derived(item: Article | ReadError, root: Path, path: Path) -> bool:
    """The id was made from the path (no id in a sidecar or a JSONL line)."""
    base = path_id(root, path)
    return item.id == base or item.id == f"{base}#{item.source.line}"


def path_key(path: Path) -> str:
    """The resolved path as valid UTF-8 text (undecodable bytes escaped), for the file cache."""
    return os.fsencode(path.resolve()).decode("utf-8", "backslashreplace")


def same_file(new_id: str, old_id: str) -> bool:
    """Two derived ids of one file given through nested folders ('2026-12-02/a' and 'a')."""
    return new_id == old_id or new_id.endswith("/" + old_id) or old_id.endswith("/" + new_id)


def legacy_key(config_hash: str, item: dict, max_bytes: int = 1 << 62) -> str | None:
    """The key of an input listed in a pre-archive manifest, when its file is unchanged."""
    path = Path(str(item.get("path") or ""))
    try:
        if path.suffix == ".jsonl":
            number = int(item["line"])
            with path.open("rb") as fh:
                raw = next((r for n, r in enumerate(fh, 1) if n == number), None)
            if raw is None:
                return None
            found = read_jsonl_line("", path, number, raw, max_bytes)
        else:
            found = read_txt(path.parent, path, max_bytes)
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if found.source.sha256 != item.get("sha256"):
        return None
    found.id = str(item.get("id"))
    return article_key(config_hash, found)
