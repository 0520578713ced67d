"""Read stage: decode the input files, attach sidecar metadata, split JSONL dumps into articles.

Every input article becomes either an `Article` or a `ReadError`; nothing is skipped silently
(`discover.py` finds the files and reports the paths it does not read).
"""

from __future__ import annotations

import errno
import hashlib
import html
import json
import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from pipeline.ingest import dateline
from pipeline.ingest.discover import OUTPUT_FILES as OUTPUT_FILES
from pipeline.ingest.discover import (
    Found,
    bad_name,
    find_inputs,
    link_target,
    open_input,
    open_message,
    open_regular,
    shown,
    valid_utf8,
)
from pipeline.record.types import ErrorCode, Source

UTF8_BOM = b"\xef\xbb\xbf"
META_SUFFIX = ".meta.json"
DEFAULT_MAX_BYTES = 1_000_000
META_MAX_BYTES = 65_536  # size limit of a sidecar (metadata is never that long)
CHUNK = 1 << 20
# C0/C1 control characters other than the white space an article may hold (\t \n \f \r)
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_SURROGATE = re.compile("[\ud800-\udfff]")
# An HTML character reference left in plain text by scraping ("S&#227;o Paulo", "AT&amp;T"), with its ";".
_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# An apostrophe a legacy conversion turned into "¿" ("Blair¿s", "don¿t"): an opening question mark
# never stands between two letters.
_LOST_APOSTROPHE = re.compile(r"(?<=[^\W\d_])\u00bf(?=[^\W\d_])")


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
    error: ErrorCode
    message: str


class DecodeError(ValueError):
    """Bytes that are not text, with the error code to report."""

    def __init__(self, code: ErrorCode, message: str):
        super().__init__(message)
        self.code = code
def decode(data: bytes) -> tuple[str, str]:
    """Decode article bytes: UTF-8 (BOM removed), UTF-16 with BOM, else a legacy single-byte codec.

    Returns (text, encoding name), the text made even by normalise_text; raises DecodeError for binary data.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return normalise_text(data.decode("utf-16")), "utf-16"
        except UnicodeDecodeError as exc:
            raise DecodeError("undecodable", f"invalid UTF-16 text: {exc.reason}") from None
    if b"\x00" in data:
        raise DecodeError("binary", "binary file (contains NUL bytes), not text")
    if data.startswith(UTF8_BOM):
        data = data[len(UTF8_BOM):]
    try:
        return normalise_text(data.decode("utf-8")), "utf-8"
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
    return normalise_text(text), encoding


def control_ratio(text: str) -> float:
    """Share of characters that are C0/C1 control characters other than whitespace."""
    if not text:
        return 0.0
    return len(_CONTROL.findall(text)) / len(text)


def normalise_text(text: str) -> str:
    """Decode HTML character references ("&#233;" is "é"; unknown names stay), restore apostrophes
    lost as "¿" between letters; every line end made \\n."""
    if "&" in text:
        text = _REFERENCE.sub(lambda m: html.unescape(m.group()), text)
    if "\u00bf" in text:
        text = _LOST_APOSTROPHE.sub("'", text)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def check_text(text: str) -> tuple[ErrorCode, str] | None:
    """Return (code, message) when decoded text cannot be an article, else None."""
    if not text.strip():
        return "empty", "the article has no text (empty or only white space)"
    if "\x00" in text:
        return "binary", "the text contains NUL characters: binary data, not an article"
    if _SURROGATE.search(text):
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
    for found in find_inputs(inputs, output):
        yield from read_found(found, max_bytes)


def read_found(found: Found, max_bytes: int) -> Iterator[Article | ReadError]:
    """The articles (or errors) of one path `find_inputs` gave: one error for a path not read."""
    if found.problem:
        yield not_read(found)
    elif found.path.suffix == ".jsonl":
        yield from read_jsonl(found.root, found.path, max_bytes, found.follow)
    elif not found.path.name.endswith(META_SUFFIX):
        yield read_txt(found.root, found.path, max_bytes, found.follow)


def not_read(found: Found) -> ReadError:
    """The error line of a path not read; a folder's id ends in "/"."""
    assert found.problem is not None
    suffix = "/" if found.folder else ""
    return ReadError(path_id(found.root, found.path, strip=not found.folder) + suffix, no_source(found.path),
                     *found.problem)


def discover(inputs: list[Path], output: Path | None = None) -> list[tuple[Path, Path]]:
    """(root, file) of every input file to read, in order, for a caller that reads them itself with
    `read_txt` and `read_jsonl`; the paths not read, with their reasons, come from `find_inputs`."""
    return [(f.root, f.path) for f in find_inputs(inputs, output) if f.problem is None]


def path_id(root: Path, path: Path, strip: bool = True) -> str:
    """Default id: the path relative to the input root, without its extension, as valid UTF-8."""
    relative = path.relative_to(root)
    return shown((relative.with_suffix("") if strip and relative.suffix else relative).as_posix())


def no_source(path: Path) -> Source:
    """The source of a path that was not read."""
    return Source(path=shown(path.as_posix()), sha256="", bytes=0)


def read_txt(root: Path, path: Path, max_bytes: int, follow: bool = False) -> Article | ReadError:
    """Read one .txt article under `root` and its optional x.meta.json sidecar (`follow`: named as an
    input, so a symbolic link is followed wherever it leads)."""
    default_id = path_id(root, path)
    if not valid_utf8(path.name):
        return ReadError(default_id, no_source(path), *bad_name(path.name, "file"))
    try:
        data, digest, size = read_file(open_input(root, path, follow), max_bytes)
    except OSError as exc:
        return ReadError(default_id, no_source(path), *open_message(exc))
    source = Source(path=shown(path.as_posix()), sha256=digest, bytes=size)
    meta_raw, meta, problem = read_sidecar(root, path)
    if problem:
        return ReadError(default_id, source, *problem)
    article_id, problem_message = check_id(meta.get("id"), "the id of the sidecar")
    if problem_message:
        return ReadError(default_id, source, "bad_id", problem_message)
    article_id = article_id or default_id
    if data is None:
        return ReadError(article_id, source, "too_large", too_large(size, max_bytes))
    try:
        text, encoding = decode(data)
    except DecodeError as exc:
        return ReadError(article_id, source, exc.code, str(exc))
    return make_article(article_id, text, source, meta, encoding, meta_raw)


def read_file(fd: int, limit: int) -> tuple[bytes | None, str, int]:
    """(bytes, sha256, size) of an open file; bytes None when over `limit` (hashed, never held)."""
    sha, size, chunks = hashlib.sha256(), 0, []
    with os.fdopen(fd, "rb") as handle:
        while chunk := handle.read(CHUNK):  # never read(limit): the limit may be huge
            sha.update(chunk)
            size += len(chunk)
            if size <= limit:
                chunks.append(chunk)
            else:
                chunks.clear()
    return (b"".join(chunks) if size <= limit else None), sha.hexdigest(), size


def read_sidecar(root: Path, path: Path) -> tuple[str, dict, tuple[ErrorCode, str] | None]:
    """(raw text, metadata, problem) of the article's x.meta.json; ("", {}, None) when it has none.
    A sidecar that is a symbolic link is read only when it leads to a file inside `root`."""
    sidecar = path.with_name(path.name[: len(path.name) - len(path.suffix)] + META_SUFFIX)
    name = shown(sidecar.name)
    try:
        mode = os.lstat(sidecar).st_mode
        target = link_target(sidecar, root) if stat.S_ISLNK(mode) else sidecar
        raw, _, size = read_file(open_regular(target), META_MAX_BYTES)
    except FileNotFoundError as exc:  # no sidecar; or one that is a link to nothing
        if exc.filename is not None and Path(exc.filename) == sidecar:
            return "", {}, None
        return "", {}, ("bad_metadata", f"{name}: a broken symbolic link: not read")
    except OSError as exc:
        if exc.errno == errno.ENAMETOOLONG:
            return "", {}, ("bad_name", (
                f"the file name is {len(os.fsencode(path.name))} bytes: the name of its sidecar "
                f"({META_SUFFIX}) would be longer than the file system allows; shorten it to read it"))
        return "", {}, ("bad_metadata", f"{name}: {open_message(exc)[1]}")
    if raw is None:
        return "", {}, ("too_large", f"the sidecar {name} is {size:,} bytes, over the "
                        f"{META_MAX_BYTES:,}-byte limit for metadata")
    try:
        meta = json.loads(raw.decode("utf-8-sig"))
    except RecursionError:
        return "", {}, ("bad_metadata", f"{name}: JSON nested too deeply to be metadata")
    except ValueError as exc:
        return "", {}, ("bad_metadata", f"{name}: not valid metadata: {exc}")
    if not isinstance(meta, dict):
        return "", {}, ("bad_metadata", f"{name}: not valid metadata: the sidecar is not a JSON object")
    return raw.decode("utf-8", "replace"), meta, None


class Slice:
    """The lines of an open dump that start in the byte range [start, end) (end -1: to the end)."""

    def __init__(self, handle: BinaryIO, start: int, end: int):
        self.handle, self.end = handle, end
        handle.seek(start)

    def readline(self, size: int = -1) -> bytes:
        if self.end >= 0:
            left = self.end - self.handle.tell()
            if left <= 0:
                return b""
            size = left if size < 0 else min(size, left)
        return self.handle.readline(size)


def read_jsonl(root: Path, path: Path, max_bytes: int, follow: bool = False, start: int = 0, end: int = -1,
               first: int = 1) -> Iterator[Article | ReadError]:
    """Read a JSONL dump: one article per non-blank line, {"id", "text", ...metadata}; with a byte
    range, only the lines starting in it, numbered from `first`."""
    base = path_id(root, path)
    if not valid_utf8(path.name):
        if start == 0:
            yield ReadError(base, no_source(path), *bad_name(path.name, "file"))
        return
    try:
        handle = os.fdopen(open_input(root, path, follow), "rb")
    except OSError as exc:
        if start == 0:
            yield ReadError(base, no_source(path), *open_message(exc))
        return
    with handle:
        for number, line, digest, size in jsonl_lines(Slice(handle, start, end), max_bytes):
            number += first - 1
            source = Source(path=shown(path.as_posix()), sha256=digest, bytes=size, line=number)
            if line is None:
                yield ReadError(f"{base}#{number}", source, "too_large", too_large(size, max_bytes))
            else:
                yield parse_jsonl_line(base, source, number, line)


def jsonl_lines(handle: BinaryIO, limit: int) -> Iterator[tuple[int, bytes | None, str, int]]:
    """(number, line, sha256, size) of every non-blank line, without its end (line 1 without a BOM);
    `line` is None for a line over `limit` bytes, which is hashed as it streams, never held."""
    cap = limit + len(UTF8_BOM) + 2
    number = 0
    while raw := handle.readline(cap):
        number += 1
        if len(raw) == cap and not raw.endswith(b"\n"):
            line, digest, size, blank = long_line(handle, raw, number == 1, limit)
        else:
            blank, line = not raw.strip(), raw.rstrip(b"\r\n")
            if number == 1 and line.startswith(UTF8_BOM):
                line = line[len(UTF8_BOM):]
            digest, size = "", len(line)
        if not blank:
            yield number, line, digest or sha256(line), size


def long_line(handle: BinaryIO, head: bytes, first: bool, limit: int) -> tuple[bytes | None, str, int, bool]:
    """Read on to the end of a line that filled the read cap: (line or None, sha256, size, blank)."""
    skip = len(UTF8_BOM) if first and head.startswith(UTF8_BOM) else 0
    sha, size, pending, blank = hashlib.sha256(), 0, 0, not head.strip()
    chunk = head[skip:]
    while chunk:
        body = chunk.rstrip(b"\r\n")
        if body:  # the carriage returns held back were inside the line after all
            for start in range(0, pending, CHUNK):
                sha.update(b"\r" * min(CHUNK, pending - start))
            sha.update(body)
            size += pending + len(body)
            pending = len(chunk) - len(body)
        else:
            pending += len(chunk)
        if chunk.endswith(b"\n"):
            break
        chunk = handle.readline(CHUNK)
        blank = blank and not chunk.strip()
    if size <= limit:  # only a long run of line ends: the line itself fits
        line = head[skip:skip + size]
        return line, sha256(line), size, blank
    return None, sha.hexdigest(), size, blank


def read_jsonl_line(base: str, path: Path, number: int, raw: bytes, max_bytes: int) -> Article | ReadError:
    """Turn one raw JSONL line (its end included) into an article or an error: for a caller that reads
    the dump itself (`read_jsonl` reads it bounded, line by line)."""
    line = raw.rstrip(b"\r\n")
    if number == 1 and line.startswith(UTF8_BOM):
        line = line[len(UTF8_BOM):]
    source = Source(path=shown(path.as_posix()), sha256=sha256(line), bytes=len(line), line=number)
    if len(line) > max_bytes:
        return ReadError(f"{base}#{number}", source, "too_large", too_large(len(line), max_bytes))
    return parse_jsonl_line(base, source, number, line)


def parse_jsonl_line(base: str, source: Source, number: int, line: bytes) -> Article | ReadError:
    """Turn one JSONL line (within the size limit, without its end) into an article or an error."""
    fallback_id = f"{base}#{number}"
    try:
        obj = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError as exc:
        return ReadError(fallback_id, source, "undecodable", f"line {number} is not UTF-8: {exc.reason}")
    except RecursionError:
        return ReadError(fallback_id, source, "bad_json", f"line {number} nests arrays or objects too deeply")
    except ValueError as exc:
        return ReadError(fallback_id, source, "bad_json", f"line {number} is not valid JSON: {exc}")
    if not isinstance(obj, dict):
        return ReadError(fallback_id, source, "bad_json", f"line {number} is not a JSON object")
    article_id, problem = check_id(obj.get("id"), f"line {number}: the id")
    if problem:
        return ReadError(fallback_id, source, "bad_id", problem)
    article_id = article_id or fallback_id
    text = obj.get("text")
    if not isinstance(text, str):
        return ReadError(article_id, source, "no_text", f"line {number} has no \"text\" string")
    meta = {k: v for k, v in obj.items() if k not in ("id", "text")}
    meta_raw = json.dumps(meta, sort_keys=True, ensure_ascii=True)
    return make_article(article_id, normalise_text(text.removeprefix("\ufeff")), source, meta, "utf-8",
                        meta_raw)


def check_id(value: object, what: str) -> tuple[str | None, str | None]:
    """(id, None) for a usable id: a non-empty string of valid Unicode or an integer (None when the
    id is absent or null); (None, message) for any other value, which is never turned into text."""
    if value is None:
        return None, None
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value), None
    if isinstance(value, str):
        if not value.strip():
            return None, f"{what} is empty: give a non-empty string or leave it out"
        if not valid_utf8(value):
            return None, f"{what} {dateline.shape(value)} holds an unpaired UTF-16 surrogate: not text"
        return value, None
    return None, f"{what} is {dateline.shape(value)}: an id must be a string or an integer"


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
