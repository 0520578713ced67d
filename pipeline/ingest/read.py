"""Read stage: discover inputs, decode them, attach sidecar metadata, byline and dateline.

Every input article becomes either an `Article` or a `ReadError`; nothing is skipped silently.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.ingest import dateline
from pipeline.record.types import Source

UTF8_BOM = b"\xef\xbb\xbf"
META_SUFFIX = ".meta.json"
DEFAULT_MAX_BYTES = 1_000_000


@dataclass
class Article:
    """One decoded article, ready for the NLP stages."""

    id: str
    text: str
    source: Source
    meta: dict = field(default_factory=dict)  # title, authors, published, outlet, url, encoding
    key_parts: str = ""  # what besides the text decides the record (metadata), for incremental runs


@dataclass
class ReadError:
    """An input that cannot become a record, with a code and a message a person understands."""

    id: str
    source: Source
    error: str
    message: str


class DecodeError(ValueError):
    """Bytes that are not text, with the error code to report."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code


OUTPUT_FILES = ("records.jsonl", "errors.jsonl")


def discover(inputs: list[Path], output: Path | None = None) -> list[tuple[Path, Path]]:
    """Return (root, file) for every .txt and .jsonl input, recursively, in sorted order.

    The run's own output is never read back: its JSONL files, and its whole folder when that lies
    inside an input folder; nor is any other folder the pipeline wrote (an archive).
    """
    found: list[tuple[Path, Path]] = []
    for root in inputs:
        if root.is_file():
            found.append((root.parent, root))
            continue
        files = [p for p in root.rglob("*") if p.suffix in (".txt", ".jsonl") and p.is_file()]
        written = pipeline_folders(root)
        files = [p for p in files if not any(p.is_relative_to(w) for w in written)]
        if output is not None:
            files = [p for p in files if not is_output(p, root, output)]
        found.extend((root, p) for p in sorted(files, key=lambda p: p.relative_to(root).as_posix()))
    return found


def pipeline_folders(root: Path) -> list[Path]:
    """Folders under `root` that the pipeline wrote (archives, and output folders of the release
    before them): never inputs."""
    found = {p.parent for p in root.rglob("archive.json")}
    found |= {p.parent for p in root.rglob("manifest.json") if (p.parent / "records.jsonl").is_file()}
    return sorted(found)


def is_output(path: Path, root: Path, output: Path) -> bool:
    """True for a file the run writes, or any file of an output folder nested in the input root."""
    out, resolved = output.resolve(), path.resolve()
    if resolved.parent == out and path.name in OUTPUT_FILES:
        return True
    return out != root.resolve() and out.is_relative_to(root.resolve()) and resolved.is_relative_to(out)


def decode(data: bytes) -> tuple[str, str]:
    """Decode article bytes: UTF-8 (BOM removed), UTF-16 with BOM, else a legacy single-byte codec.

    Returns (text, encoding name) with line ends normalised to \\n; raises DecodeError for binary data.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return normalise_newlines(data.decode("utf-16")), "utf-16"
        except UnicodeDecodeError as exc:
            raise DecodeError("undecodable", f"invalid UTF-16 text: {exc.reason}") from None
    if b"\x00" in data:
        raise DecodeError("binary", "binary file (contains NUL bytes), not text")
    if data.startswith(UTF8_BOM):
        data = data[len(UTF8_BOM):]
    try:
        return normalise_newlines(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    try:
        text, encoding = data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        text, encoding = data.decode("latin-1"), "latin-1"
    if control_ratio(text) > 0.01:
        raise DecodeError(
            "undecodable",
            f"not UTF-8 ({utf8_error.reason} at byte {utf8_error.start}) and not a legacy text encoding",
        )
    return normalise_newlines(text), encoding


def control_ratio(text: str) -> float:
    """Share of characters that are C0/C1 control characters other than whitespace."""
    if not text:
        return 0.0
    bad = sum(1 for c in text if (ord(c) < 32 and c not in "\n\r\t\f") or 0x7F <= ord(c) < 0xA0)
    return bad / len(text)


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def check_text(text: str) -> tuple[str, str] | None:
    """Return (code, message) when decoded text cannot be an article, else None."""
    if not text.strip():
        return "empty", "the article has no text (empty or only white space)"
    if "\x00" in text:
        return "binary", "the text contains NUL characters: binary data, not an article"
    if any("\ud800" <= c <= "\udfff" for c in text):
        return "bad_text", "the text contains unpaired UTF-16 surrogates, which are not valid Unicode"
    if control_ratio(text) > 0.01:
        return "binary", "more than 1% of the text is control characters: binary data, not an article"
    return None


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_inputs(
    inputs: list[Path], max_bytes: int = DEFAULT_MAX_BYTES, output: Path | None = None
) -> Iterator[Article | ReadError]:
    """Yield every article (or its error) from the input folders and files, in a stable order."""
    for root, path in discover(inputs, output):
        if path.suffix == ".jsonl":
            yield from read_jsonl(root, path, max_bytes)
        elif not path.name.endswith(META_SUFFIX):
            yield read_txt(root, path, max_bytes)


def path_id(root: Path, path: Path) -> str:
    """Default id: the path relative to the input root, without its extension."""
    return path.relative_to(root).with_suffix("").as_posix()


def read_txt(root: Path, path: Path, max_bytes: int) -> Article | ReadError:
    """Read one .txt article and its optional x.meta.json sidecar."""
    default_id = path_id(root, path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        source = Source(path=path.as_posix(), sha256="", bytes=0)
        return ReadError(default_id, source, "unreadable", f"cannot read the file: {exc.strerror}")
    source = Source(path=path.as_posix(), sha256=sha256(data), bytes=len(data))
    sidecar = path.with_name(path.name[: -len(path.suffix)] + META_SUFFIX)
    meta_raw = b""
    meta: dict = {}
    if sidecar.is_file():
        try:
            meta_raw = sidecar.read_bytes()
            meta = json.loads(meta_raw.decode("utf-8-sig"))
            if not isinstance(meta, dict):
                raise ValueError("the sidecar is not a JSON object")
        except (OSError, ValueError) as exc:
            return ReadError(default_id, source, "bad_metadata", f"{sidecar.name}: not valid metadata: {exc}")
    article_id = meta.get("id") if isinstance(meta.get("id"), str) and meta.get("id") else default_id
    if len(data) > max_bytes:
        return ReadError(article_id, source, "too_large", too_large(len(data), max_bytes))
    try:
        text, encoding = decode(data)
    except DecodeError as exc:
        return ReadError(article_id, source, exc.code, str(exc))
    return make_article(article_id, text, source, meta, encoding, meta_raw.decode("utf-8", "replace"))


def read_jsonl(root: Path, path: Path, max_bytes: int) -> Iterator[Article | ReadError]:
    """Read a JSONL dump: one article per non-blank line, {"id", "text", ...metadata}."""
    base = path_id(root, path)
    try:
        handle = path.open("rb")
    except OSError as exc:
        source = Source(path=path.as_posix(), sha256="", bytes=0)
        yield ReadError(base, source, "unreadable", f"cannot read the file: {exc.strerror}")
        return
    with handle:
        for number, raw in enumerate(handle, 1):
            if not raw.strip():
                continue
            yield read_jsonl_line(base, path, number, raw, max_bytes)


def read_jsonl_line(base: str, path: Path, number: int, raw: bytes, max_bytes: int) -> Article | ReadError:
    """Turn one JSONL line into an article or an error."""
    line = raw.rstrip(b"\r\n")
    if number == 1 and line.startswith(UTF8_BOM):
        line = line[len(UTF8_BOM):]
    source = Source(path=path.as_posix(), sha256=sha256(line), bytes=len(line), line=number)
    fallback_id = f"{base}#{number}"
    if len(line) > max_bytes:
        return ReadError(fallback_id, source, "too_large", too_large(len(line), max_bytes))
    try:
        obj = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError as exc:
        return ReadError(fallback_id, source, "undecodable", f"line {number} is not UTF-8: {exc.reason}")
    except ValueError as exc:
        return ReadError(fallback_id, source, "bad_json", f"line {number} is not valid JSON: {exc}")
    if not isinstance(obj, dict):
        return ReadError(fallback_id, source, "bad_json", f"line {number} is not a JSON object")
    raw_id = obj.get("id")
    article_id = str(raw_id) if isinstance(raw_id, str | int) and str(raw_id) else fallback_id
    text = obj.get("text")
    if not isinstance(text, str):
        return ReadError(article_id, source, "no_text", f"line {number} has no \"text\" string")
    meta = {k: v for k, v in obj.items() if k not in ("id", "text")}
    meta_raw = json.dumps(meta, sort_keys=True, ensure_ascii=True)
    return make_article(article_id, normalise_newlines(text.removeprefix("\ufeff")), source, meta, "utf-8",
                        meta_raw)


def too_large(size: int, limit: int) -> str:
    return f"the article is {size:,} bytes, over the {limit:,}-byte limit (--max-bytes)"


def make_article(
    article_id: str, text: str, source: Source, meta: dict, encoding: str, meta_raw: str
) -> Article | ReadError:
    """Validate decoded text and clean the metadata into the Article's meta dict."""
    problem = check_text(text)
    if problem:
        return ReadError(article_id, source, *problem)
    try:
        clean = dateline.clean_metadata(meta)
    except ValueError as exc:
        return ReadError(article_id, source, "bad_metadata", str(exc))
    clean["encoding"] = encoding
    return Article(article_id, text, source, clean, meta_raw)
