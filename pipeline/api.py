"""The Python API, for notebooks and scripts: texts in, format-1 records out (docs/api.md).

    from pipeline import api
    record = api.extract(text, published="2026-02-12", title="...")
    for record in api.extract_many(texts_or_dicts): ...

Both run the command line's own code: the inputs are read as the lines of a `.jsonl` dump are, and
processed by `runner.shard.process_shard`, on the process's one Language (`runner.shard.get_nlp`,
built on first use) and the one record builder (`record.build`). A record from here equals the
record `pipeline run` writes for the same text and metadata, but for its `source`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from itertools import islice
from typing import Any

from pipeline.ingest.read import (
    DEFAULT_MAX_BYTES,
    Article,
    ReadError,
    check_id,
    make_article,
    normalise_text,
    sha256,
)
from pipeline.nlp.loader import DEFAULT_MODEL, check_model
from pipeline.record.build import build_error, encode
from pipeline.record.types import Source
from pipeline.runner.shard import Settings, process_shard

SOURCE_PATH = "<text>"  # source.path of a record made from a text given to this API
BATCH_SIZE = 64


class ExtractError(ValueError):
    """A text that cannot give a record (empty, binary, too large...): `error` is the code of
    errors.jsonl, the message says why."""

    def __init__(self, error: str, message: str):
        super().__init__(message)
        self.error, self.message = error, message


def extract(text: str, *, model: str = DEFAULT_MODEL, with_text: bool = True, **metadata: Any) -> dict:
    """The record of one article text, as a dict.

    metadata: the keys of a `.meta.json` sidecar: `id` (default "text"), `title`, `authors`,
    `published` (the reference date of relative dates), `source` (the outlet), `url`.
    Raises ExtractError when the text cannot give a record, ModelNotFoundError for an unknown model.
    """
    [item] = extract_many([{**metadata, "text": text, "id": metadata.get("id", "text")}],
                          model=model, with_text=with_text)
    if "error" in item:
        raise ExtractError(item["error"], item["message"])
    return item


def extract_many(
    items: Iterable[str | Mapping[str, Any]], *, model: str = DEFAULT_MODEL, with_text: bool = True,
    published: str | None = None, batch_size: int = BATCH_SIZE,
) -> Iterator[dict]:
    """Stream one dict per input, in input order: its record, or its error (as in errors.jsonl, with
    the key `error`) when it cannot give one.

    items: texts, or dicts shaped like the lines of a `.jsonl` dump (`text` and the metadata keys
    of `extract`); an item without an id gets `text#N` (N counts from 1). An id is a non-empty
    string or an integer: any other value (`True`, `1.5`, a list, a lone surrogate) is a `bad_id`
    error, never turned into text. Ids must be unique: a repeated one is a `duplicate_id` error.
    published: reference date (YYYY-MM-DD) for items whose metadata and dateline carry none (the
    command line's --published); the day of the run never decides a record. Articles are processed
    `batch_size` at a time, so any number of them streams in bounded memory.
    """
    check_model(model)
    settings = Settings(model=model, with_text=with_text, published=published,
                        max_bytes=DEFAULT_MAX_BYTES)
    seen: set[str] = set()
    read = (read_item(number, item, seen) for number, item in enumerate(items, 1))
    while batch := list(islice(read, batch_size)):
        articles = [(str(i), item) for i, item in enumerate(batch) if isinstance(item, Article)]
        done = {result.key: result.line for result in process_shard(articles, settings)} if articles else {}
        for i, item in enumerate(batch):
            line = done[str(i)] if isinstance(item, Article) else encode(build_error(item))
            yield json.loads(line)


def read_item(number: int, item: str | Mapping[str, Any], seen: set[str]) -> Article | ReadError:
    """One input as the reader makes a JSONL line: an Article, or a ReadError with its reason."""
    fields = {"text": item} if isinstance(item, str) else dict(item)
    text = fields.pop("text", None)
    given, problem = check_id(fields.pop("id", None), f"item {number}: the id")
    article_id = given or f"text#{number}"
    data = text.encode("utf-8", "surrogatepass") if isinstance(text, str) else b""
    source = Source(path=SOURCE_PATH, sha256=sha256(data), bytes=len(data), line=number)
    if problem:  # true, 1.5, a list, "" or a lone surrogate: refused, as `pipeline run` does
        return ReadError(article_id, source, "bad_id", problem)
    if not isinstance(text, str):
        return ReadError(article_id, source, "no_text", f"item {number} has no \"text\" string")
    if article_id in seen:
        return ReadError(article_id, source, "duplicate_id",
                         f"another item earlier in the stream already has the id {article_id!r}")
    seen.add(article_id)
    if len(data) > DEFAULT_MAX_BYTES:
        return ReadError(article_id, source, "too_large",
                         f"the text is {len(data):,} bytes, over the {DEFAULT_MAX_BYTES:,}-byte limit")
    meta_raw = json.dumps(fields, sort_keys=True, ensure_ascii=True, default=str)
    return make_article(article_id, normalise_text(text.removeprefix("\ufeff")), source, fields, "utf-8",
                        meta_raw)
