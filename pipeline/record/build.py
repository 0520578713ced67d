"""Build the output records: the one place where an article and its Doc become format-1 data."""

from __future__ import annotations

from collections.abc import Mapping

import msgspec

from pipeline import FORMAT, __version__
from pipeline.ingest.read import Article, ReadError
from pipeline.record.types import (
    BatchInfo,
    Date,
    Dateline,
    Entity,
    ErrorRecord,
    Meta,
    Number,
    PipelineInfo,
    Quote,
    Record,
)

ENCODER = msgspec.json.Encoder()


def build_meta(meta: dict) -> Meta:
    """The record's meta block from the article's (already completed) meta dict."""
    line = meta.get("dateline")
    return Meta(
        title=meta.get("title"),
        authors=list(meta.get("authors") or []),
        published=meta.get("published"),
        published_from=meta.get("published_from", "none"),
        dateline=Dateline(**line) if line else None,
        language=meta.get("language", "en"),
        encoding=meta.get("encoding", "utf-8"),
        url=meta.get("url"),
        outlet=meta.get("outlet"),
        duplicate_of=meta.get("duplicate_of"),
        duplicate_similarity=meta.get("duplicate_similarity"),
        warnings=list(meta.get("warnings") or []),
    )


def batch_info(batch: dict | None) -> BatchInfo | msgspec.UnsetType:
    """The record's `batch` block (left out when the caller has no batch, as in the Python API)."""
    return BatchInfo(id=batch["id"], started=batch["started"]) if batch else msgspec.UNSET


def build_record(article: Article, items: Mapping[str, list[dict] | None], model: str, with_text: bool = True,
                 batch: dict | None = None) -> Record:
    """Assemble the record of one processed article from the stages' plain data (`items`: entities,
    quotes, numbers and dates, as on a processed Doc's `doc._`)."""
    record = Record(
        format=FORMAT,
        id=article.id,
        source=article.source,
        meta=build_meta(article.meta),
        entities=msgspec.convert(items.get("entities") or [], list[Entity]),
        quotes=msgspec.convert(items.get("quotes") or [], list[Quote]),
        numbers=msgspec.convert(items.get("numbers") or [], list[Number]),
        dates=msgspec.convert(items.get("dates") or [], list[Date]),
        pipeline=PipelineInfo(version=__version__, model=model),
        batch=batch_info(batch),
    )
    if with_text:
        record.text = article.text
    return record


def reuse_record(original: dict, article: Article, with_text: bool, batch: dict | None) -> Record:
    """The record of an exact copy: the original's extraction (the same text, read against the same
    reference date, so the same items at the same offsets) under the copy's own id, source and
    metadata."""
    record = msgspec.convert(original, Record)
    record.id, record.source, record.meta = article.id, article.source, build_meta(article.meta)
    record.text = article.text if with_text else msgspec.UNSET
    record.batch = batch_info(batch)
    return record


def build_error(
    item: ReadError | Article, error: str | None = None, message: str | None = None, batch: dict | None = None
) -> ErrorRecord:
    """The errors.jsonl line for an input that produced no record."""
    if isinstance(item, ReadError):
        return ErrorRecord(id=item.id, source=item.source, error=item.error, message=item.message,
                           batch=batch_info(batch))
    return ErrorRecord(id=item.id, source=item.source, error=error or "internal", message=message or "",
                       batch=batch_info(batch))


def encode(item: Record | ErrorRecord) -> bytes:
    """One JSONL line (UTF-8, ending in a newline)."""
    return ENCODER.encode(item) + b"\n"
