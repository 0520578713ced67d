"""The record format (format 1, see shared/record-format.md) as typed structs.

The writer encodes these structs and `pipeline schema` derives the JSON Schema from them, so the
schema and the output can never drift apart.
"""

from __future__ import annotations

from typing import Literal

import msgspec


class Struct(msgspec.Struct, omit_defaults=False, forbid_unknown_fields=False):
    """Base for every record part: fields always written, in declaration order."""


class Span(Struct):
    start: int
    end: int
    text: str


class Source(Struct):
    path: str
    sha256: str
    bytes: int
    line: int | None = None


class Dateline(Struct):
    place: str | None
    date: str | None
    agency: str | None
    start: int
    end: int


class Meta(Struct):
    title: str | None = None
    authors: list[str] = []
    published: str | None = None
    published_from: Literal["metadata", "dateline", "option", "none"] = "none"
    dateline: Dateline | None = None
    language: str = "en"
    encoding: str = "utf-8"
    url: str | None = None
    outlet: str | None = None


class Entity(Struct):
    id: str
    name: str
    label: str
    mentions: list[Span]
    aliases: list[str] = []
    role: str | None = None
    count: int = 0
    salience: float = 0.0


class Speaker(Struct):
    name: str
    entity: str | None
    start: int
    end: int
    text: str


class Cue(Struct):
    start: int
    end: int
    text: str
    lemma: str


class Quote(Struct):
    start: int
    end: int
    text: str
    kind: Literal["direct", "indirect", "mixed"]
    speaker: Speaker | None = None
    cue: Cue | None = None


NumberType = Literal["money", "percent", "quantity", "cardinal", "ordinal"]
Approx = Literal["exact", "about", "more_than", "less_than", "at_least", "at_most", "range"]


class Number(Struct):
    start: int
    end: int
    text: str
    type: NumberType
    value: float | None = None
    low: float | None = None
    high: float | None = None
    approx: Approx = "exact"
    unit: str | None = None
    currency: str | None = None
    object: str | None = None


class Date(Struct):
    start: int
    end: int
    text: str
    type: Literal["DATE", "TIME", "DURATION", "SET"]
    value: str | None
    anchored: bool = False


class PipelineInfo(Struct):
    version: str
    model: str


class Record(Struct, kw_only=True):
    format: int
    id: str
    source: Source
    text: str | msgspec.UnsetType = msgspec.UNSET  # left out with --no-text
    meta: Meta
    entities: list[Entity]
    quotes: list[Quote]
    numbers: list[Number]
    dates: list[Date]
    pipeline: PipelineInfo


# Every code an errors.jsonl line can carry (the README lists them with their meaning).
ErrorCode = Literal[
    "empty", "binary", "undecodable", "bad_text", "bad_json", "no_text", "bad_metadata", "bad_id",
    "bad_name", "too_large", "unreadable", "skipped", "duplicate_id", "timeout", "internal",
]


class ErrorRecord(Struct):
    id: str
    source: Source
    error: ErrorCode
    message: str


def record_schema() -> dict:
    """JSON Schema (draft 2020-12) of one line of records.jsonl."""
    schema = msgspec.json.schema(Record)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "News pipeline article record, format 1"
    return schema
